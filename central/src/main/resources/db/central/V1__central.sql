-- The central store's own tables (docs/decisions/0170). The central database first gets the till's migrations
-- (classpath:db/migration, history in flyway_schema_history: the same sale, payment, refund, shift, product
-- tables, filled by every till), then these, with their own history table central_schema_history.

-- How far each till's outbox has been taken in: a till's records are applied in its order, each once.
CREATE TABLE central_till (
    till_id       VARCHAR(64) NOT NULL PRIMARY KEY,
    last_seq      BIGINT      NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Refunded quantity reserved centrally before a refund is sent, so that two tills cannot refund the same line
-- twice. state: RESERVED (refund under way), DONE (refund accepted), RELEASED (refund failed, quantity free).
CREATE TABLE refund_reservation (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    refund_id   VARCHAR(36)   NOT NULL,
    sale_id     VARCHAR(36)   NOT NULL,
    line_no     INTEGER       NOT NULL,
    quantity    NUMERIC(18,3) NOT NULL,
    till_id     VARCHAR(64)   NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX refund_reservation_line ON refund_reservation (sale_id, line_no);
CREATE INDEX refund_reservation_refund ON refund_reservation (refund_id);
