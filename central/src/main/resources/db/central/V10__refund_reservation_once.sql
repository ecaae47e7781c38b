-- A refund reserves each of its lines once (docs/decisions/0174): a retried reservation of the same refund is
-- recognised instead of counted twice.
CREATE UNIQUE INDEX refund_reservation_refund_line ON refund_reservation (refund_id, line_no);
CREATE INDEX refund_reservation_till_state ON refund_reservation (till_id, state);
