package org.kassa.sandbox.internal.pay;

import java.util.Map;
import org.kassa.sandbox.internal.http.Answer;

/**
 * A vendor error: HTTP 422 {@code {"code", "details"}}. As the vendor does, details start in Russian (the
 * vendor's wording from its OpenAPI file), so clients meet real Cyrillic UTF-8; what to do follows in English.
 */
public final class PayError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> VENDOR_WORDING = Map.ofEntries(
            Map.entry("UNKNOWN_SESSION_ID", "cardSession не существует или не прошёл валидацию"),
            Map.entry("UNKNOWN_TRANSACTION_ID", "transactionId не найден"),
            Map.entry("UNKNOWN_PARTNER_ID", "merchant не найден"),
            Map.entry("WRONG_TRANSACTION_STATE_CHANGE", "Невозможен перевод транзакции в ожидаемое состояние"),
            Map.entry("PAYMENT_TRANSACTION_IS_NOT_PAID", "Нет оплаты по транзакции оплаты"),
            Map.entry("TRANSACTION_FOR_SESSION_ID_ALREADY_EXISTS", "Транзакция уже существует"),
            Map.entry("TRANSACTION_FOR_SESSION_ID_ALREADY_PAYED", "Транзакция уже обработана"),
            Map.entry("TRANSACTION_IN_PROCESSING", "Транзакция в обработке"),
            Map.entry("NOT_ENOUGH_LIMIT_TO_PAY", "Превышен лимит для совершения операции"),
            Map.entry("TOTAL_AMOUNT_IS_TOO_SMALL", "Сумма покупки ниже установленного лимита (4 рубля)"),
            Map.entry("INVALID_TOKEN", "Токен не соответствует запросу"));

    private final String code;

    public PayError(String code, String details) {
        super(details, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Answer toAnswer() {
        String wording = VENDOR_WORDING.get(code);
        return Answer.error(422, code, wording == null ? getMessage() : wording + " — " + getMessage());
    }
}
