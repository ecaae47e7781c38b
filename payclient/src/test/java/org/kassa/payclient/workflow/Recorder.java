package org.kassa.payclient.workflow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;

/** Records workflow events and outgoing calls (with the time each call was announced) for assertions. */
final class Recorder<S extends Enum<S>> implements WorkflowListener<S>, CallListener {

    record Call(String step, OutgoingCall call, int attempt, long nanos) {
    }

    final List<WorkflowEvent<S>> events = new CopyOnWriteArrayList<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(WorkflowEvent<S> event) {
        events.add(event);
    }

    @Override
    public void beforeCall(String step, OutgoingCall call, int attempt) {
        calls.add(new Call(step, call, attempt, System.nanoTime()));
    }

    List<S> states() {
        return events.stream().map(WorkflowEvent::state).distinct().toList();
    }

    List<String> steps() {
        return calls.stream().map(Call::step).toList();
    }
}
