package org.kassa.payclient.callback;

/**
 * A Koshelek Pay postback (same body as the {@code /transaction/status} answer) that passed HTTP Basic auth.
 * Only a hint: the payment changes state only after a confirming status call
 * (docs/contracts.md#pay-api-postback). Fields are null when absent; {@code paymentTransactionId} is the
 * answer's {@code transactionId}, to pass to {@code PaymentWorkflow.postbackReceived}; {@code rawBody} is the
 * body exactly as received.
 */
public record PostbackHint(String requestId, String paymentTransactionId, String refTransactionId, String status,
                           String refStatus, String errorCode, byte[] rawBody) {

    public PostbackHint {
        rawBody = rawBody.clone();
    }

    @Override
    public byte[] rawBody() {
        return rawBody.clone();
    }

    @Override
    public String toString() {
        return "PostbackHint[requestId=" + requestId + ", paymentTransactionId=" + paymentTransactionId
                + ", refTransactionId=" + refTransactionId + ", status=" + status + ", refStatus=" + refStatus
                + ", errorCode=" + errorCode + ", rawBody=" + rawBody.length + " bytes]";
    }
}
