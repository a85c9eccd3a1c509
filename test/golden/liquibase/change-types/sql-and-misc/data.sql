INSERT INTO public.note (id, body, extra) VALUES (1, 'seeded', NULL);

INSERT INTO public.note (id, body, extra) VALUES (2, 'semi; colon', NULL);

INSERT INTO public.note (id, body, extra) VALUES (3, 'café latin-1', NULL);
