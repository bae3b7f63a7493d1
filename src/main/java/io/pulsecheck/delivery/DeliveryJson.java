package io.pulsecheck.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain JSON for outbox columns, independent of the REST layer's mapper settings. */
final class DeliveryJson {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private DeliveryJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Outbox value cannot be written as JSON", e);
        }
    }
}
