INSERT INTO public.jv_thing (id, price, ratio, big, sci, negative, active, born, label) VALUES (7, 2.50, 0.125, 12345678901234567, 1500, -3, false, '1999-12-31', '123');

SELECT pg_catalog.setval('public.jv_thing_id_seq', 7, true);
