COMMENT ON TABLE public.inc_root_v1 IS 'root-only in-test root';

CREATE TABLE public.inc_root_v1 (
    id integer,
    origin character varying(100)
);
