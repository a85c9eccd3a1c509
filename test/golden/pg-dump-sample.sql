--
-- PostgreSQL database dump
--

\restrict AbeArtsYMrDXjVoyzhM4O4d4Fl6F51eMiJKdVplQsoxXsozhBBAGPlVyEvPrw7f

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA other;


--
-- Name: mood; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.mood AS ENUM (
    'sad',
    'ok; fine',
    'happy'
);


--
-- Name: add1(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.add1(i integer) RETURNS integer
    LANGUAGE sql
    AS $_$ SELECT $1 + 1; $_$;


--
-- Name: touch(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- a comment; with a semicolon

  NEW.name := 'x;y';
  RETURN NEW; /* block; comment */
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Quoted;Table; Type: TABLE; Schema: other; Owner: -
--

CREATE TABLE other."Quoted;Table" (
    "semi;col" integer,
    id integer
);


--
-- Name: seq; Type: SEQUENCE; Schema: other; Owner: -
--

CREATE SEQUENCE other.seq
    START WITH 5
    INCREMENT BY 3
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: databasechangelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL
);


--
-- Name: databasechangelog_archive; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog_archive (
    id integer
);


--
-- Name: databasechangeloglock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangeloglock (
    id integer NOT NULL,
    locked boolean NOT NULL
);


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id integer NOT NULL,
    name character varying(50) DEFAULT 'a;b--c'::character varying NOT NULL,
    note text DEFAULT 'it''s; -- not a comment'::text,
    mood public.mood
);


--
-- Name: TABLE person; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.person IS 'People; with -- dashes and ''quotes''';


--
-- Name: COLUMN person.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.person.name IS 'multi
line; comment';


--
-- Name: person_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.person_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: person_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.person_id_seq OWNED BY public.person.id;


--
-- Name: person_names; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.person_names AS
 SELECT person.name
   FROM public.person
  WHERE ((person.name)::text <> ';'::text);


--
-- Name: person id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person ALTER COLUMN id SET DEFAULT nextval('public.person_id_seq'::regclass);


--
-- Name: databasechangeloglock databasechangeloglock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.databasechangeloglock
    ADD CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: person_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_name_idx ON public.person USING btree (name DESC, id);


--
-- Name: person person_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER person_touch BEFORE INSERT ON public.person FOR EACH ROW EXECUTE FUNCTION public.touch();


--
-- Name: Quoted;Table Quoted;Table_id_fkey; Type: FK CONSTRAINT; Schema: other; Owner: -
--

ALTER TABLE ONLY other."Quoted;Table"
    ADD CONSTRAINT "Quoted;Table_id_fkey" FOREIGN KEY (id) REFERENCES public.person(id);


--
-- PostgreSQL database dump complete
--

\unrestrict AbeArtsYMrDXjVoyzhM4O4d4Fl6F51eMiJKdVplQsoxXsozhBBAGPlVyEvPrw7f

