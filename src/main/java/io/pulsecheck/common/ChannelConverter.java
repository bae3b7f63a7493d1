package io.pulsecheck.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ChannelConverter implements AttributeConverter<Channel, String> {

    @Override
    public String convertToDatabaseColumn(Channel channel) {
        return channel == null ? null : channel.wireName();
    }

    @Override
    public Channel convertToEntityAttribute(String name) {
        return name == null ? null : Channel.fromWireName(name);
    }
}
