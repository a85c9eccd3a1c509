INSERT INTO public.event (id, kind, amount, big, ok, day, at, clock, region, payload, seq_value) VALUES (1, 'text', 24.6800, 9007199254740993, true, '2024-02-29', '2024-02-29 13:14:15', '13:14:15', 'US', 'it''s <xml> & "quoted"', NULL);

INSERT INTO public.event (id, kind, amount, big, ok, day, at, clock, region, payload, seq_value) VALUES (2, 'computed', -150.0000, NULL, true, '2024-05-05', '2024-01-02 12:00:00', NULL, 'US', 'updated', 500);

INSERT INTO public.product (id, name, price, active, added, note, category) VALUES (1, 'Apple; red', 1.25, true, '2024-01-02 00:00:00', 'plain', 'fruit');

INSERT INTO public.product (id, name, price, active, added, note, category) VALUES (2, 'Banana', 0.50, false, '2024-01-03 10:11:12', 'with "quotes"', 'fruit');

INSERT INTO public.product (id, name, price, active, added, note, category) VALUES (3, 'Carrot', 0.10, true, '2024-02-29 00:00:00', NULL, 'vegetable');

INSERT INTO public.product (id, name, price, active, added, note, category) VALUES (4, 'Dürüm', 7.00, false, '2024-03-01 00:00:00', 'ünïcödé', 'misc');

INSERT INTO public.region (code, label, rank) VALUES ('AS', 'Asia', 3);

INSERT INTO public.region (code, label, rank) VALUES ('EU', 'Europa', 10);

INSERT INTO public.region (code, label, rank) VALUES ('US', 'United States', 2);

SELECT pg_catalog.setval('public.event_id_seq', 3, true);

SELECT pg_catalog.setval('public.event_seq', 500, true);
