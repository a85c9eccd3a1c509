ALTER TABLE ONLY public."compoundIndexTest"
    ADD CONSTRAINT "compoundIndexTest_pkey" PRIMARY KEY (id);

ALTER TABLE ONLY public."dataTypeTest"
    ADD CONSTRAINT "dataTypeTest_pkey" PRIMARY KEY (id);

ALTER TABLE ONLY public.add_column_test_table
    ADD CONSTRAINT uq_addcoltest1 UNIQUE (a_new_column);

ALTER TABLE ONLY public.commatest
    ADD CONSTRAINT commatest_pkey PRIMARY KEY (id);

COMMENT ON TABLE public.commatest IS 'Some ''ing remarks go here';

CREATE INDEX idx_compoundtest ON public."compoundIndexTest" USING btree (firstname, lastname);

CREATE TABLE public."compoundIndexTest" (
    id integer NOT NULL,
    firstname character varying(10),
    lastname character varying(10)
);

CREATE TABLE public."contextsTest" (
    id character varying(255)
);

CREATE TABLE public."dataTypeTest" (
    id integer NOT NULL,
    "dateCol" date,
    "timeCol" time without time zone,
    "dateTimeCol" timestamp without time zone,
    bigintcol bigint
);

CREATE TABLE public."defaultValueTest" (
    id integer,
    "intA" integer DEFAULT 1,
    "textA" character varying(5) DEFAULT 'a'::character varying,
    "booleanA" boolean DEFAULT true,
    "dateA" date DEFAULT '2007-08-09'::date,
    "timeA" time without time zone DEFAULT '14:15:16'::time without time zone,
    "datetimeA" timestamp without time zone DEFAULT '2007-08-09 10:11:12'::timestamp without time zone,
    "datetimeB" timestamp without time zone DEFAULT '2007-08-09 10:11:12'::timestamp without time zone,
    "computedDate" timestamp without time zone DEFAULT now()
);

CREATE TABLE public."defaultValueTest2" (
    id integer,
    "intA" integer DEFAULT 1,
    "textA" character varying(5) DEFAULT 'a'::character varying,
    "booleanA" boolean DEFAULT true,
    "dateA" date DEFAULT '2007-08-09'::date,
    "timeA" time without time zone DEFAULT '14:15:16'::time without time zone,
    "datetimeA" timestamp without time zone DEFAULT '2007-08-09 10:11:12'::timestamp without time zone,
    "datetimeB" timestamp without time zone DEFAULT '2007-08-09 10:11:12'::timestamp without time zone
);

CREATE TABLE public."movedFromTest" (
    id integer
);

CREATE TABLE public."replacedTest" (
    id integer
);

CREATE TABLE public.add_column_test_table (
    id integer,
    a_new_column integer DEFAULT 1 NOT NULL
);

CREATE TABLE public.commatest (
    id integer NOT NULL
);

CREATE TABLE public.commenttest (
    id integer
);

CREATE TABLE public.csvdata (
    name character varying(50),
    username character varying(50),
    security_level integer,
    last_login timestamp without time zone,
    locked boolean
);

CREATE TABLE public.relpathinclude1 (
    id integer
);

CREATE TABLE public.relpathinclude2 (
    id integer
);

CREATE TABLE public.shouldnotexist (
    id integer
);

CREATE TABLE public.sqlfilerollback (
    id integer
);

CREATE TABLE public.sqlfilerollback2 (
    id integer
);
