package io.pulsecheck.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PlatformIdConverter implements AttributeConverter<PlatformId, String> {

    @Override
    public String convertToDatabaseColumn(PlatformId channel) {
        return channel == null ? null : channel.wireName();
    }

    @Override
    public PlatformId convertToEntityAttribute(String name) {
        return name == null ? null : PlatformId.fromWireName(name);
    }
}
