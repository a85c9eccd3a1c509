ALTER TABLE ONLY public.article
    ADD CONSTRAINT article_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.article
    ADD CONSTRAINT fk_article_publication FOREIGN KEY (publication_id) REFERENCES public.publication(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.isbn
    ADD CONSTRAINT isbn_pkey PRIMARY KEY (code);

ALTER TABLE ONLY public.page
    ADD CONSTRAINT pk_page PRIMARY KEY (id);

ALTER TABLE ONLY public.publication
    ADD CONSTRAINT fk_publication_isbn FOREIGN KEY (isbn) REFERENCES public.isbn(code);

ALTER TABLE ONLY public.publication
    ADD CONSTRAINT magazine_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.publication
    ADD CONSTRAINT uq_publication_title UNIQUE (title);

CREATE INDEX idx_magazine_sku ON public.publication USING btree (isbn);

CREATE SEQUENCE public.seq_publication_id
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE public.article (
    id integer NOT NULL,
    title character varying(255),
    publication_id integer
);

CREATE TABLE public.isbn (
    code character varying(50) NOT NULL
);

CREATE TABLE public.page (
    id integer NOT NULL,
    text text,
    magazine_id integer
);

CREATE TABLE public.publication (
    id integer NOT NULL,
    title character varying(50) NOT NULL,
    isbn character varying(50) DEFAULT '0000-0000'::character varying NOT NULL,
    pages integer
);

CREATE VIEW public.v_publication AS
 SELECT publication.title,
    publication.isbn
   FROM public.publication;
