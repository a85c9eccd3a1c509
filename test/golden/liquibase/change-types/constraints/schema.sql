ALTER SEQUENCE public.order_line_line_no_seq OWNED BY public.order_line.line_no;

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT fk_customer_state FOREIGN KEY (state) REFERENCES public.state(code);

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT pk_customer PRIMARY KEY (id);

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT uq_customer_code_region UNIQUE (code, region);

ALTER TABLE ONLY public.order_line ALTER COLUMN line_no SET DEFAULT nextval('public.order_line_line_no_seq'::regclass);

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON UPDATE RESTRICT ON DELETE CASCADE;

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);

ALTER TABLE ONLY public.state
    ADD CONSTRAINT state_pkey PRIMARY KEY (code);

CREATE SEQUENCE public.order_line_line_no_seq
    START WITH 10
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE public.customer (
    id integer NOT NULL,
    code character varying(20),
    region character varying(20),
    state character varying(2),
    full_name character varying(101)
);

CREATE TABLE public.order_line (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    qty integer
);

CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer,
    customer_code character varying(20),
    customer_region character varying(20)
);

CREATE TABLE public.state (
    code character varying(2) NOT NULL
);
