-- A new table with its indexes, the way a createTable + createIndex changeset generates it.
CREATE TABLE person (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  job_title text,
  team_id integer,
  legacy_code char(4),
  nickname varchar(40),
  created_at timestamp DEFAULT now()
);
CREATE INDEX idx_person_job_title ON person (job_title);
CREATE UNIQUE INDEX uk_person_email ON person (email);
ALTER TABLE person ADD CONSTRAINT fk_person_team FOREIGN KEY (team_id) REFERENCES team (id);
