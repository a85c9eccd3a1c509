INSERT INTO public.yv_thing (id, price, ratio, big, sci, quoted_number, active, born, updated, label, code, empty_text, parent_id, score) VALUES (1, 2.50, 0.125, 12345678901234567, 1500, 42, true, '1999-12-31', '2024-02-29 13:14:15', '123', 'true', '', NULL, 0);

SELECT pg_catalog.setval('public.yv_seq', 10, false);

SELECT pg_catalog.setval('public.yv_thing_id_seq', 100, false);
