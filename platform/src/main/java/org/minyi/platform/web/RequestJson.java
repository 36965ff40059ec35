package org.minyi.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How request bodies are read, the same in every service:
 * <ul>
 *   <li>a property the request type does not have is refused (400 naming it), so a misspelt optional field
 *   is never silently dropped;</li>
 *   <li>text with a NUL character is refused (400 naming the field): PostgreSQL cannot store it, and no
 *   person types it;</li>
 *   <li>a date is {@code yyyy-MM-dd} with a year from 1900 to 2999: Java takes {@code -0001-01-01}, the event
 *   contract's {@code date} format does not, and an event that breaks the contract stops its publisher.</li>
 * </ul>
 * Public events are read with their own lenient mappers, so these rules never touch the event contract's
 * forward compatibility.
 */
public final class RequestJson {

    private RequestJson() {
    }

    static JsonMapperBuilderCustomizer customizer() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new SimpleModule("minyi-request-text")
                        .addDeserializer(String.class, new NulFreeText())
                        .addDeserializer(LocalDate.class, new CalendarDate()));
    }

    /** True when a refusal of a body's value is the NUL rule's. */
    static boolean isNulRefusal(Throwable e) {
        return e instanceof NulInText;
    }

    static final class NulFreeText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new NulInText(p);
            }
            return text;
        }
    }

    static final class CalendarDate extends StdScalarDeserializer<LocalDate> {
        private static final int FIRST_YEAR = 1900;
        private static final int LAST_YEAR = 2999;

        CalendarDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "not a calendar date (yyyy-MM-dd)", text, LocalDate.class);
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw InvalidFormatException.from(p, "a year from 1900 to 2999", text, LocalDate.class);
            }
            return date;
        }
    }

    /** Carries no part of the text: it may be personal. */
    static final class NulInText extends InvalidFormatException {
        NulInText(JsonParser p) {
            super(p, "text contains a NUL character", null, String.class);
        }
    }
}
