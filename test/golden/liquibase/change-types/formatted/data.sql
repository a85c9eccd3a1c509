INSERT INTO public.fs_item (id, name, note) VALUES (1, 'one', NULL);

INSERT INTO public.fs_item (id, name, note) VALUES (2, 'two; with a semicolon', NULL);

INSERT INTO public.fs_item (id, name, note) VALUES (99, 'from-a-property', NULL);
