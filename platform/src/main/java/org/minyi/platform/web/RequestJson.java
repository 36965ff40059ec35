package org.minyi.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How request bodies are read, the same in every service:
 * <ul>
 *   <li>a property the request type does not have is refused (400 naming it), so a misspelt optional field
 *   is never silently dropped;</li>
 *   <li>text with a NUL character is refused (400 naming the field): PostgreSQL cannot store it, and no
 *   person types it.</li>
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
                .addModule(new SimpleModule("minyi-request-text").addDeserializer(String.class, new NulFreeText()));
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

    /** Carries no part of the text: it may be personal. */
    static final class NulInText extends InvalidFormatException {
        NulInText(JsonParser p) {
            super(p, "text contains a NUL character", null, String.class);
        }
    }
}
