--liquibase formatted sql

--changeset demo:6-order-status
--comment: Orders get a status, checked by the database
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
ALTER TABLE purchase_order ADD COLUMN status order_status NOT NULL DEFAULT 'new';
--rollback ALTER TABLE purchase_order DROP COLUMN status;
--rollback DROP TYPE order_status;

--changeset demo:7-order-total-function splitStatements:false
--comment: A function body with semicolons inside dollar quotes
CREATE FUNCTION order_total(p_person bigint) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  total bigint;
BEGIN
  SELECT coalesce(sum(total_cents), 0) INTO total FROM purchase_order WHERE person_id = p_person;
  IF total < 0 THEN
    RAISE EXCEPTION 'negative total';
  END IF;
  RETURN total;
END;
$$;
--rollback DROP FUNCTION order_total(bigint);
