INSERT INTO public.test1 (id, name) VALUES (1, 'name 1');

INSERT INTO public.test1 (id, name) VALUES (2, 'name 2');
