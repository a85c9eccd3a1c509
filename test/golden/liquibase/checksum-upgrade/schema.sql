ALTER TABLE ONLY public.upgraded
    ADD CONSTRAINT upgraded_pkey PRIMARY KEY (id);

CREATE FUNCTION public.upgraded_count() RETURNS bigint
    LANGUAGE sql
    AS $$ SELECT count(*) FROM upgraded $$;

CREATE TABLE public.upgraded (
    id integer NOT NULL,
    name character varying(50) DEFAULT 'x'::character varying
);

CREATE TABLE public.upgraded_mod (
    id integer
);

CREATE VIEW public.upgraded_ids AS
 SELECT upgraded.id
   FROM public.upgraded;

CREATE VIEW public.upgraded_names AS
 SELECT upgraded.name
   FROM public.upgraded;
