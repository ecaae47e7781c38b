package org.kassa.sandbox.internal.pay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The payment-method lists, synchronous and the deprecated 201 + Location polling. */
final class AvailabilityTasks {

    static final int FIRST_POLL_AFTER_MILLIS = 350;
    static final int POLLING_TIMEOUT_MILLIS = 250;
    static final int INCOMPLETE_POLLS = 2;

    private final Map<String, Task> tasks = new ConcurrentHashMap<>();

    /** The synchronous answer for an invoice of this amount. */
    static ObjectNode list(long totalAmount) {
        ObjectNode node = RequestJson.MAPPER.createObjectNode();
        node.put("koshelekPayIsDefault", true);
        ArrayNode list = node.putArray("paymentTypeAvailabilityInfoList");
        list.addObject().put("paymentType", "SBP").put("available", true).put("message", "");
        boolean dolyame = Triggers.ending(totalAmount) != Triggers.DOLYAME_UNAVAILABLE;
        list.addObject().put("paymentType", "DOLYAME").put("available", dolyame)
                .put("message", dolyame ? "" : "Unavailable due to low credit rating (sandbox trigger: ending 04)");
        return node;
    }

    /** Starts an asynchronous task; the answer of the 201. */
    ObjectNode start(long totalAmount) {
        String id = Ids.guid();
        tasks.put(id, new Task(list(totalAmount), new AtomicInteger()));
        ObjectNode node = RequestJson.MAPPER.createObjectNode();
        node.put("availabilityInfoId", id);
        node.put("timeout", FIRST_POLL_AFTER_MILLIS);
        return node;
    }

    /** One poll: incomplete for the first {@value #INCOMPLETE_POLLS} polls, then the list. */
    ObjectNode poll(String id) {
        Task task = tasks.get(id);
        if (task == null) {
            throw new PayError("UNKNOWN_TRANSACTION_ID", "availabilityInfoId " + id + " is not known to the sandbox");
        }
        boolean complete = task.polls.incrementAndGet() > INCOMPLETE_POLLS;
        ObjectNode node = RequestJson.MAPPER.createObjectNode();
        node.put("availabilityInfoId", id);
        node.put("computationComplete", complete);
        node.put("pollingTimeout", POLLING_TIMEOUT_MILLIS);
        node.setAll(task.result);
        return node;
    }

    private record Task(ObjectNode result, AtomicInteger polls) {
    }
}
