INSERT INTO public.inc_root_v1 (id, origin) VALUES (1, 'plain.xml saw inc.local=${inc.local}');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (10, 'all/01-first.json');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (11, 'all/01-first.yaml');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (12, 'all/02-second.xml');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (13, 'raw/01-raw.sql');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (14, 'all/nested/01-nested.xml');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (2, 'relative.yaml');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (20, 'more/a-formatted.sql');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (3, 'logical.xml');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (4, 'own logicalFilePath');

INSERT INTO public.inc_root_v1 (id, origin) VALUES (5, 'formatted-logical.sql');
