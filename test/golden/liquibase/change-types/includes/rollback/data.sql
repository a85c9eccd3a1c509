INSERT INTO public.inc_root_v1 (id, origin) VALUES (13, 'raw/01-raw.sql');
