COMMENT ON TABLE public.inc_root_v1 IS 'root-only in-test root';

CREATE TABLE public."Inc_Quoted" (
    "Id" integer
);

CREATE TABLE public.inc_long_name_number_four_abcdefghijklmnopqrstuvwxyz (
    id integer
);

CREATE TABLE public.inc_long_name_number_one_abcdefghijklmnopqrstuvwxyz (
    id integer
);

CREATE TABLE public.inc_long_name_number_three_abcdefghijklmnopqrstuvwxyz (
    id integer
);

CREATE TABLE public.inc_long_name_number_two_abcdefghijklmnopqrstuvwxyz (
    id integer
);

CREATE TABLE public.inc_root_v1 (
    id integer,
    origin character varying(100)
);
