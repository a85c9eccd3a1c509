-- Identifiers over 63 bytes.
CREATE TABLE customer_subscription_billing_address_history_with_a_very_long_name (id bigint PRIMARY KEY);
CREATE INDEX idx_customer_subscription_billing_address_postal_code_country_region ON customer_subscription (billing_postal_code);
