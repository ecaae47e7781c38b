package org.kassa.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The vendor's OpenAPI file (Pay API v1.0, unchanged in src/test/resources/openapi) plus, in this one place,
 * what Pay API v1.2.1 and docs/contracts.md add. Everything else, including "no unknown fields", is checked
 * as the vendor wrote it.
 */
final class VendorSchema {

    private static final String STATUS = "/api/v1/merchant/transaction/status";
    private static final String CHECKOUT = "/api/v1/merchant/checkout";
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createFor(withV121Additions(load())).build();

    private VendorSchema() {
    }

    /** The validator's messages for one answer; empty when it conforms. */
    static String problems(SandboxClient.Reply reply) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        if (reply.body().length > 0) {
            response.withContentType("application/json").withBody(new String(reply.body(), StandardCharsets.UTF_8));
        }
        if (reply.location() != null) {
            response.withHeader("Location", reply.location());
        }
        ValidationReport report = VALIDATOR.validateResponse(reply.path(), Request.Method.valueOf(reply.method()),
                response.build());
        return report.hasErrors() ? report.getMessages().toString() : "";
    }

    private static OpenAPI load() {
        URL file = Objects.requireNonNull(VendorSchema.class.getResource("/openapi/koshelek-pay-api.openapi.yaml"));
        return new OpenAPIV3Parser().read(file.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static OpenAPI withV121Additions(OpenAPI api) {
        // v1.2.1: every amount has a currency; slips of SBP carry qrcId and kzo (docs/contracts.md#pay-api-slip),
        // DOLYAME slips have no qrcId (the v1.2.1 examples), refunds name their refundTransactionId.
        Schema slip = api.getComponents().getSchemas().get("Slip");
        slip.addProperty("currency", new StringSchema());
        slip.addProperty("kzo", new StringSchema());
        slip.getRequired().remove("qrcId");
        Schema item = api.getComponents().getSchemas().get("Item");
        item.addProperty("currency", new StringSchema());
        item.addProperty("measure", new StringSchema());
        api.getComponents().getSchemas().get("Invoice").addProperty("taxAmount", new NumberSchema());

        // docs/contracts.md#pay-api-error-catalog: these codes come as HTTP 422
        // (docs/sandbox.md#data-triggers), INVALID_TOKEN is ours.
        Schema error = api.getComponents().getResponses().get("422").getContent().get("application/json").getSchema();
        addEnum((Schema) error.getProperties().get("code"),
                "TOTAL_AMOUNT_IS_TOO_SMALL", "NOT_ENOUGH_LIMIT_TO_PAY", "INVALID_TOKEN");

        // The status answer: "refunded" is one of the vendor's statuses (docs/contracts.md#pay-api-statuses); the
        // rejection codes of docs/contracts.md#pay-api-error-catalog; an SBP payment names SBP as its provider.
        Schema status = okSchema(api, STATUS);
        addEnum((Schema) status.getProperties().get("status"), "refunded");
        addEnum((Schema) status.getProperties().get("paymentProvider"), "SBP");
        addEnum((Schema) status.getProperties().get("errorCode"), "PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER",
                "SUBSCRIPTION_IS_NOT_FOUND", "PAYMENT_ORDER_IS_NOT_FOUND", "CANCEL_REFUNDING_BY_BANK");

        // HTTP 200 with errorCode on checkout (docs/contracts.md#pay-api-statuses: some business outcomes
        // come as HTTP 200).
        okSchema(api, CHECKOUT).addProperty("errorCode", new StringSchema()._enum(List.of("EXTERNAL_PROVIDER_ERROR")));
        return api;
    }

    @SuppressWarnings("rawtypes")
    private static Schema okSchema(OpenAPI api, String path) {
        return api.getPaths().get(path).getPost().getResponses().get("200").getContent().get("application/json").getSchema();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addEnum(Schema schema, String... values) {
        for (String value : values) {
            schema.addEnumItemObject(value);
        }
    }
}
