package org.kassa.app.till.drill;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.TillRecords;
import org.kassa.till.sale.Sale;
import org.kassa.till.tender.PaymentRecord;

/**
 * The till's records with a {@link CrashDrill} told of every commit, after it returned (so it is durable).
 * A dynamic proxy rather than a hand-written decorator: every other method of {@link TillRecords}, including
 * ones added later, passes straight through, so the drill never lags behind the port.
 */
final class DrillRecords implements InvocationHandler {

    private final TillRecords records;
    private final CrashDrill drill;

    private DrillRecords(TillRecords records, CrashDrill drill) {
        this.records = records;
        this.drill = drill;
    }

    static TillRecords wrap(TillRecords records, CrashDrill drill) {
        return (TillRecords) Proxy.newProxyInstance(TillRecords.class.getClassLoader(),
                new Class<?>[] {TillRecords.class}, new DrillRecords(records, drill));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "DrillRecords[" + records + "]";
            };
        }
        Object result;
        try {
            result = method.invoke(records, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        switch (method.getName()) {
            case "saveSale" -> drill.committed("sale", ((Sale) args[0]).status().name());
            case "savePayment" -> drill.committed("payment", ((PaymentRecord) args[0]).state());
            case "savePrintJob" -> drill.committed("print", (String) args[1]);
            case "journal" -> result = journal((CallListener) result);
            default -> { }
        }
        return result;
    }

    private CallListener journal(CallListener journal) {
        return new CallListener() {
            @Override
            public void beforeCall(String step, OutgoingCall call, int attempt) {
                journal.beforeCall(step, call, attempt);
                drill.committed("before", call.operation().name());
            }

            @Override
            public void answered(String step, OutgoingCall call, int attempt, int httpStatus, byte[] rawBody) {
                journal.answered(step, call, attempt, httpStatus, rawBody);
                drill.committed("answered", call.operation().name());
            }
        };
    }
}
