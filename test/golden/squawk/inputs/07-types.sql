-- Column types.
CREATE TABLE measurement (
  id serial PRIMARY KEY,
  sensor_id int,
  reading smallint,
  small_id smallserial,
  big_id bigserial,
  taken_at timestamp(3),
  taken_tz timestamptz,
  label varchar(255),
  free_text varchar,
  code char(2),
  flags integer[]
);
ALTER TABLE measurement_archive ALTER COLUMN sensor_id TYPE integer;
