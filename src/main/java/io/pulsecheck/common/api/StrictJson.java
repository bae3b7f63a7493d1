package io.pulsecheck.common.api;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The REST mapper reads admin API bodies strictly: {@code {"name": 5}} is a 400 naming {@code name}, not a team called
 * "5", and {@code "threshold": "5"} or {@code 5.7} is refused rather than guessed. Unknown fields are refused by
 * {@code quarkus.jackson.fail-on-unknown-properties}. Webhooks do not use this mapper: platforms add fields at will.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @SuppressWarnings("deprecation") // ObjectMapper#configure(MapperFeature): the customizer gets a built mapper.
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
    }
}
