package org.brainbudget.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deterministic JSON: keys in insertion order, NaN written as null, two-space indent, trailing newline. */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** A finite number, or null for NaN and infinities (JSON has no such numbers). */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
    }
}
