package org.concordat.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import org.concordat.plan.MeasureValues;

/**
 * Reads every decimal in a plan (baseline and target values) through {@link MeasureValues#parse}:
 * from the number's text as written, checked for length, digits and exponent before it is used, so
 * {@code 1e-999999999} is refused at its line and column with its JSON Pointer instead of
 * exhausting memory later. Only number tokens are read: quoted text is refused as before.
 */
final class MeasureValueReader extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    MeasureValueReader() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
        String text = p.getText();
        try {
            return MeasureValues.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidFormatException.from(p, String.valueOf(e.getMessage()), text, BigDecimal.class);
        }
    }
}
