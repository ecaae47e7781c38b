package org.kassa.payclient.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;

/**
 * The vendor's OpenAPI file as an oracle for what goes over the wire. Two deliberate relaxations, both
 * documented in docs/decisions/0016: the v1.0 file's {@code terminalId} says min and max length 256 (the
 * vendor's own examples are 16 characters), so the minimum is lowered to 1; the Item schema gains the v1.2.1
 * fields (docs/contracts.md#pay-api-calls: {@code currency}, {@code measure}, {@code
 * taxAmount}, and {@code subTotalAmount}, which the v1.0 file spells {@code subtotalAmount}), the Invoice and
 * the refund request gain {@code currency}. Nothing else is relaxed; the validator refuses any other unknown
 * field.
 */
public final class OpenApiContract {

    /** Item fields of v1.2.1 that the v1.0 file lacks; v1.2.1 spells subTotalAmount with a capital T. */
    private static final String V121_ITEM_FIELDS = """
                    subTotalAmount:
                      type: number
                    currency:
                      type: string
                      enum: [RUB]
                    measure:
                      type: string
                    taxAmount:
                      type: number
            """;

    private final OpenApiInteractionValidator validator;

    public OpenApiContract() {
        String spec = RepositoryFiles.openApi();
        spec = spec.replace("minLength: 256", "minLength: 1");
        spec = addAfterOnce(spec, "        taxAmount:\n          type: number\n",
                "        currency:\n          type: string\n          enum: [RUB]\n");
        spec = addAfterOnce(spec, "                refundAmount:\n                  type: number\n",
                "                currency:\n                  type: string\n                  enum: [RUB]\n");
        spec = addAfterOnce(spec, "        subtotalAmount:\n          type: number\n", V121_ITEM_FIELDS);
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec).build();
    }

    private static String addAfterOnce(String spec, String marker, String addition) {
        if (spec.indexOf(marker) < 0 || spec.indexOf(marker) != spec.lastIndexOf(marker)) {
            throw new IllegalStateException("the OpenAPI file changed near '" + marker.strip() + "'; revisit OpenApiContract");
        }
        return spec.replace(marker, marker + addition);
    }

    /** Problems of one recorded request (empty when it conforms). */
    public List<String> problems(ScriptedServer.Received r) {
        return problems(r.method(), r.path(), r.text(), r.header("token"));
    }

    public List<String> problems(String method, String path, String body, String token) {
        SimpleRequest.Builder b = "GET".equals(method) ? SimpleRequest.Builder.get(path)
                : SimpleRequest.Builder.post(path).withContentType("application/json").withBody(body);
        if (token != null) {
            b.withHeader("token", token);
        }
        return messages(validator.validateRequest(b.build()));
    }

    /** Problems of a response to a request on {@code path}. */
    public List<String> responseProblems(String method, String path, int status, String body) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
        if (body != null && !body.isEmpty()) {
            b.withContentType("application/json").withBody(body);
        }
        return messages(validator.validateResponse(path, "GET".equals(method) ? Request.Method.GET : Request.Method.POST,
                b.build()));
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
