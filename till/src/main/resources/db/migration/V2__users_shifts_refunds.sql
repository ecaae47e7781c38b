-- Users, shifts, refunds and the audit trail (docs/decisions/0130-0134). Portable SQL: H2 2.3 and PostgreSQL 15.

-- A person who works the till. PINs and supervisor cards are kept only as Argon2id hashes (PHC strings).
CREATE TABLE till_user (
    login            VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name     VARCHAR(128) NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    pin_hash         VARCHAR(256) NOT NULL,
    card_hash        VARCHAR(256),
    failed_attempts  INTEGER      NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who did what and when (approvals, refusals, user changes, shifts), with the sale it concerned.
CREATE TABLE audit_event (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    till_id    VARCHAR(64)   NOT NULL,
    actor      VARCHAR(64)   NOT NULL,
    action     VARCHAR(64)   NOT NULL,
    sale_id    VARCHAR(36),
    detail     VARCHAR(1000)
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_sale ON audit_event (sale_id);

-- A shift of one till. open_till_id is the till id while the shift is open and NULL once closed: its unique
-- constraint allows one open shift per till on both databases (no partial indexes needed).
CREATE TABLE shift (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    till_id             VARCHAR(64) NOT NULL,
    shift_no            INTEGER     NOT NULL,
    open_till_id        VARCHAR(64),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           VARCHAR(64) NOT NULL,
    starting_cash       BIGINT      NOT NULL,
    training            BOOLEAN     NOT NULL,
    closed_at           TIMESTAMP WITH TIME ZONE,
    closed_by           VARCHAR(64),
    counted_cash        BIGINT,
    expected_cash       BIGINT,
    cash_difference     BIGINT,
    z_report_json       VARCHAR(10000000),
    CONSTRAINT shift_number_unique UNIQUE (till_id, shift_no),
    CONSTRAINT shift_one_open_per_till UNIQUE (open_till_id)
);

ALTER TABLE sale ADD COLUMN shift_id VARCHAR(36);
CREATE INDEX sale_shift ON sale (shift_id);

-- A cancel or refund of (part of) a paid sale, as the till sees it: which shift paid the money back, which
-- supervisor approved it, and the lines. A Koshelek one also has the payment_operation row with the same id.
CREATE TABLE refund (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    sale_id          VARCHAR(36)  NOT NULL REFERENCES sale (id),
    payment_id       VARCHAR(36)  NOT NULL REFERENCES payment (id),
    shift_id         VARCHAR(36)  NOT NULL REFERENCES shift (id),
    kind             VARCHAR(16)  NOT NULL,
    tender           VARCHAR(16)  NOT NULL,
    amount_kopecks   BIGINT       NOT NULL,
    state            VARCHAR(32)  NOT NULL,
    final_state      BOOLEAN      NOT NULL,
    counts           BOOLEAN      NOT NULL,
    supervisor       VARCHAR(64)  NOT NULL,
    tip_code         VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX refund_sale ON refund (sale_id);
CREATE INDEX refund_shift ON refund (shift_id);

-- A slip's QR (the transaction id) finds its payment.
CREATE INDEX payment_transaction ON payment (transaction_id);
CREATE INDEX payment_slip_transaction ON payment (payment_transaction_id);

-- The returned quantity of each line; a line's refunded total never exceeds what was sold.
CREATE TABLE refund_line (
    refund_id       VARCHAR(36)   NOT NULL REFERENCES refund (id),
    line_no         INTEGER       NOT NULL,
    quantity        NUMERIC(18,3) NOT NULL,
    amount_kopecks  BIGINT        NOT NULL,
    PRIMARY KEY (refund_id, line_no)
);
