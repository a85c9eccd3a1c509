-- Constraints added to existing tables, safe and unsafe forms.
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
ALTER TABLE orders ADD CONSTRAINT fk_orders_product FOREIGN KEY (product_id) REFERENCES product (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT ck_orders_quantity CHECK (quantity > 0);
ALTER TABLE orders ADD CONSTRAINT ck_orders_price CHECK (price >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_price;
ALTER TABLE orders ADD CONSTRAINT uk_orders_number UNIQUE (number);
ALTER TABLE orders ADD CONSTRAINT uk_orders_ref UNIQUE USING INDEX uk_orders_ref;
ALTER TABLE legacy_item ADD PRIMARY KEY (id);
ALTER TABLE legacy_thing ADD COLUMN id bigserial PRIMARY KEY;
