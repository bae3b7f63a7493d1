package io.pulsecheck.questions;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class QuestionTypeConverter implements AttributeConverter<QuestionType, String> {

    @Override
    public String convertToDatabaseColumn(QuestionType type) {
        return type == null ? null : type.wireName();
    }

    @Override
    public QuestionType convertToEntityAttribute(String name) {
        return name == null ? null : QuestionType.fromWireName(name);
    }
}
