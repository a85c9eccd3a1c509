ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);

COMMENT ON TABLE public.person IS 'people';

CREATE INDEX ix_person_name ON public.person USING btree (name);

CREATE TABLE public.person (
    id integer NOT NULL,
    name character varying(50),
    email character varying(255)
);
