package org.kassa.sandbox.craftgate;

import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;

/** One tokenization session of the sandbox; guarded by the sandbox's lock. */
final class SandboxSession {

    final String id;
    final ApmType apmType;
    CardTokenizationData data;
    boolean finished;

    SandboxSession(String id, ApmType apmType, CardTokenizationData data) {
        this.id = id;
        this.apmType = apmType;
        this.data = data;
    }
}
