-- Index changes on existing tables.
CREATE INDEX idx_orders_created_at ON orders (created_at);
CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);
DROP INDEX idx_orders_legacy;
DROP INDEX CONCURRENTLY idx_orders_old;
REINDEX TABLE orders;
REINDEX INDEX CONCURRENTLY idx_orders_status;
