ALTER TABLE ONLY public.pre_child
    ADD CONSTRAINT fk_pre_child_parent FOREIGN KEY (parent_id) REFERENCES public.pre_parent(id);

ALTER TABLE ONLY public.pre_parent
    ADD CONSTRAINT pk_pre_parent PRIMARY KEY (id);

ALTER TABLE ONLY public.pre_parent
    ADD CONSTRAINT uq_pre_parent_code UNIQUE (code);

CREATE INDEX ix_pre_child_parent ON public.pre_child USING btree (parent_id);

CREATE SEQUENCE public.pre_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE public.pre_child (
    id integer,
    parent_id integer
);

CREATE TABLE public.pre_empty (
    id integer
);

CREATE TABLE public.pre_modified (
    id integer
);

CREATE TABLE public.pre_parent (
    id integer NOT NULL,
    code character varying(10)
);

CREATE TABLE public.pre_passed (
    id integer
);

CREATE TABLE public.pre_warned (
    id integer
);

CREATE VIEW public.pre_view AS
 SELECT pre_parent.id
   FROM public.pre_parent;
