package org.kassa.till.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A report as JSON (stored with a closed shift, printed by {@code kassa report}) and back. */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ReportJson() {
    }

    public static String write(ShiftReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON: " + e.getMessage(), e);
        }
    }

    public static ShiftReport read(String json) {
        try {
            return MAPPER.readValue(json, ShiftReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
