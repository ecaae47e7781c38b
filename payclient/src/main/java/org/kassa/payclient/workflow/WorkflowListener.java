package org.kassa.payclient.workflow;

/**
 * Observes a workflow's state changes. Called on the workflow's own thread, in order; keep it quick (hand
 * over to the UI thread). An exception thrown here is logged and does not stop the workflow.
 */
@FunctionalInterface
public interface WorkflowListener<S extends Enum<S>> {

    void onEvent(WorkflowEvent<S> event);
}
