ALTER TABLE ONLY public.fs_item
    ADD CONSTRAINT fs_item_pkey PRIMARY KEY (id);

COMMENT ON COLUMN public.fs_item.name IS 'the name';

COMMENT ON TABLE public.fs_item IS 'items';

CREATE FUNCTION public.fs_count() RETURNS bigint
    LANGUAGE plpgsql
    AS $$
BEGIN
  RETURN (SELECT count(*) FROM fs_item);
END;
$$;

CREATE INDEX ix_fs_item_name ON public.fs_item USING btree (name);

CREATE TABLE public.fs_item (
    id integer NOT NULL,
    name character varying(50),
    note text
);

CREATE VIEW public.fs_view AS
 SELECT fs_item.id
   FROM public.fs_item;
