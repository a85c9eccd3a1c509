-- addColumn on tables that already exist.
ALTER TABLE account ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
ALTER TABLE account ADD COLUMN created_at timestamptz DEFAULT now();
ALTER TABLE account ADD COLUMN status text NOT NULL;
ALTER TABLE account ADD COLUMN region text NOT NULL DEFAULT 'eu';
ALTER TABLE account ADD COLUMN seq serial;
ALTER TABLE account ADD COLUMN total numeric GENERATED ALWAYS AS (price * quantity) STORED;
ALTER TABLE account ADD COLUMN owner_id integer REFERENCES person (id);
ALTER TABLE account ADD COLUMN code smallint;
