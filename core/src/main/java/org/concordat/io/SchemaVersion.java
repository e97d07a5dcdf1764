package org.concordat.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads the top-level {@code schemaVersion} field, which is part of the document, not of the
 * plan: the plan's deserializer reports it as unknown, and this handler claims it when it sits
 * at the top level, refusing any version but the current one and noting that it was seen.
 */
final class SchemaVersion extends DeserializationProblemHandler {
    /** The field's name. */
    static final String FIELD = "schemaVersion";

    /** The only schema version this code reads and writes. */
    static final int CURRENT = 1;

    /** The context attribute under which a {@link Seen} records the field. */
    static final Object ATTRIBUTE = Seen.class;

    /** Per-read record of whether the field was present. */
    static final class Seen {
        boolean seen;
    }

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            JsonDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName)
            throws IOException {
        JsonToken t = p.currentToken();
        JsonStreamContext object = p.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            object = object.getParent();
        }
        boolean topLevel = object.inObject()
                && object.getParent() != null
                && object.getParent().inRoot();
        if (!FIELD.equals(propertyName) || !topLevel) {
            return false;
        }
        if (t != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != CURRENT) {
            String text = t != null && t.isScalarValue() ? p.getText() : String.valueOf(t);
            throw InvalidFormatException.from(
                    p,
                    FIELD + " \"" + text + "\": this version of Concordat reads schema version " + CURRENT,
                    text,
                    Integer.class);
        }
        Object seen = ctxt.getAttribute(ATTRIBUTE);
        if (seen instanceof Seen s) {
            s.seen = true;
        }
        return true;
    }
}
