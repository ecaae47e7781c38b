package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;

/**
 * The schema oracle itself: it must reject what the vendor does not allow, or the check after every test
 * (SandboxTestBase) would prove nothing.
 */
class SandboxSchemaTest extends SandboxTestBase {

    @Test
    void realAnswersOfEveryEndpointConform() {
        String id = client.pay(1_000);
        Reply status = client.status(id);
        assertThat(VendorSchema.problems(status)).isEmpty();
        Reply created = client.postSigned("/api/v1/merchant/availability-info/task", SandboxTriggersTest.availabilityBody(1_005));
        assertThat(VendorSchema.problems(created)).isEmpty();
        assertThat(VendorSchema.problems(client.get(created.location()))).isEmpty();
    }

    @Test
    void theOracleRejectsAnUnknownStatusAWrongTypeAndAnUnknownField() {
        assertThat(VendorSchema.problems(fake(200, "/api/v1/merchant/transaction/status",
                "{\"requestId\":\"r\",\"transactionId\":\"t\",\"status\":\"paid\",\"paymentGroup\":\"SBP\",\"paymentProvider\":\"SBP\"}")))
                .contains("paid");
        assertThat(VendorSchema.problems(fake(201, "/api/v1/merchant/availability-info/task",
                "{\"availabilityInfoId\":\"a\",\"timeout\":\"soon\"}"))).isNotEmpty();
        assertThat(VendorSchema.problems(fake(422, "/api/v1/merchant/checkout",
                "{\"code\":\"UNKNOWN_SESSION_ID\",\"detail\":\"typo\"}"))).contains("detail");
        assertThat(VendorSchema.problems(fake(422, "/api/v1/merchant/checkout", "{\"code\":\"NO_SUCH_CODE\"}")))
                .contains("NO_SUCH_CODE");
    }

    private static Reply fake(int status, String path, String body) {
        return new Reply("POST", path, status, null, body.getBytes(StandardCharsets.UTF_8));
    }
}
