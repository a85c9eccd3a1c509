ALTER TABLE ONLY public.test1
    ADD CONSTRAINT test1_pkey PRIMARY KEY (id);

CREATE TABLE public.bar_id (
    id integer
);

CREATE TABLE public.camel_context (
    id integer
);

CREATE TABLE public.foo_id (
    id integer
);

CREATE TABLE public.hyphen_context (
    id integer
);

CREATE TABLE public.test1 (
    id integer NOT NULL,
    name character varying(255)
);
