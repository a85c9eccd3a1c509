ALTER TABLE ONLY public.item
    ADD CONSTRAINT item_pkey PRIMARY KEY (id);

COMMENT ON VIEW public.bargain_items IS 'Items under ten';

CREATE PROCEDURE public.bump_price(IN amount numeric)
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- a comment inside the body; with a semicolon
    UPDATE item SET price = price + amount;
END;
$$;

CREATE TABLE public.item (
    id integer NOT NULL,
    sku character varying(40),
    name character varying(100),
    price numeric(12,2) DEFAULT 0
);

CREATE VIEW public.active_items AS
 SELECT item.id,
    item.sku,
    item.name
   FROM public.item
  WHERE (item.price > (0)::numeric);

CREATE VIEW public.bargain_items AS
 SELECT item.id,
    item.name
   FROM public.item
  WHERE (item.price < (10)::numeric);

CREATE VIEW public.item_names AS
 SELECT item.name,
    item.sku
   FROM public.item;
