package io.pulsecheck.delivery;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MessageKind} as its wire name. */
@Converter(autoApply = true)
public class MessageKindConverter implements AttributeConverter<MessageKind, String> {

    @Override
    public String convertToDatabaseColumn(MessageKind kind) {
        return kind == null ? null : kind.wireName();
    }

    @Override
    public MessageKind convertToEntityAttribute(String name) {
        return name == null ? null : MessageKind.fromWireName(name);
    }
}
