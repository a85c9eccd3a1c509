CREATE SEQUENCE public.numbered_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE public.numbered (
    n bigint
);
