ALTER TABLE ONLY public.note
    ADD CONSTRAINT note_pkey PRIMARY KEY (id);

COMMENT ON FUNCTION public.note_count() IS 'counts notes';

COMMENT ON TABLE public.note IS 'notes; with a semicolon';

CREATE FUNCTION public.note_count() RETURNS bigint
    LANGUAGE sql
    AS $$ SELECT count(*) FROM note $$;

CREATE TABLE public.modified (
    id bigint,
    label character varying(10)
)
WITH (fillfactor='90');

CREATE TABLE public.note (
    id integer NOT NULL,
    body character varying(200),
    extra integer
);
