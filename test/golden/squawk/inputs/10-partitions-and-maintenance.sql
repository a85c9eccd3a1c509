-- Partitions and maintenance.
ALTER TABLE measurement DETACH PARTITION measurement_2023;
ALTER TABLE measurement DETACH PARTITION measurement_2022 CONCURRENTLY;
VACUUM FULL measurement_2021;
CLUSTER measurement_2020 USING idx_measurement_2020_taken_at;
