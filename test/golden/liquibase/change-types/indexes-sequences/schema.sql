ALTER TABLE ONLY public.item
    ADD CONSTRAINT item_pkey PRIMARY KEY (id);

CREATE INDEX ix_item_price_created ON public.item USING btree (price DESC, created);

CREATE SEQUENCE public.seq_full
    START WITH 1000
    INCREMENT BY 20
    MINVALUE 10
    MAXVALUE 9999999
    CACHE 10;

CREATE SEQUENCE public.seq_renamed
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE public.item (
    id integer NOT NULL,
    sku character varying(40),
    name character varying(100),
    price numeric(12,2),
    created timestamp without time zone
);

CREATE UNIQUE INDEX ix_item_sku ON public.item USING btree (sku);
