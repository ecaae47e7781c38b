package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.sandbox.SandboxClient.checkoutBody;
import static org.kassa.sandbox.SandboxClient.newCardSession;
import static org.kassa.sandbox.SandboxClient.newRequestId;

import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;

/** Triggers that answer what a newer Pay API might: unknown codes, statuses and fields (off-schema on purpose). */
class SandboxForwardCompatibilityTest extends SandboxTestBase {

    @Override
    boolean answersAreWellFormed() {
        return false;
    }

    @Test
    void ending12AnswersAnErrorCodeNoCatalogKnows() {
        Reply reply = client.checkout(checkoutBody(newRequestId(), newCardSession(), 1_012, "SBP"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("SANDBOX_FUTURE_ERROR_CODE");
        assertThat(VendorSchema.problems(reply)).contains("SANDBOX_FUTURE_ERROR_CODE");
    }

    @Test
    void ending13AnswersAnUnknownStatusAndFieldUntilAccepted() {
        String id = client.pay(1_013);
        Reply undecided = client.status(id);
        assertThat(undecided.text("status")).isEqualTo("on_hold");
        assertThat(undecided.text("futureField")).isNotNull();
        assertThat(VendorSchema.problems(undecided)).isNotEmpty();
        after(ACCEPT);
        assertThat(client.status(id).text("status")).isEqualTo("accepted");
    }
}
