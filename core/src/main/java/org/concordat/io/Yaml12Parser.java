package org.concordat.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Jackson's YAML parser made to read plain scalars by the YAML 1.2 core schema and to refuse what
 * a plan must not rely on.
 *
 * <p>Jackson's parser follows YAML 1.1: {@code 010} is octal 8, {@code 0x1F} is 31, {@code 1_000}
 * is 1000, {@code yes} and {@code on} are true, and an alias {@code *n} is handed over as the text
 * {@code "n"}. Here a plain scalar is
 *
 * <ul>
 *   <li>null for {@code null}, {@code Null}, {@code NULL}, {@code ~} (and the empty scalar);
 *   <li>a boolean for {@code true}, {@code True}, {@code TRUE}, {@code false}, {@code False},
 *       {@code FALSE};
 *   <li>a whole number for decimal digits with an optional sign, leading zeros ignored: {@code 010}
 *       is ten;
 *   <li>a decimal number for {@code [-+]?(.digits|digits[.digits])([eE][-+]?digits)?};
 *   <li>text for anything else: {@code 0x1F}, {@code 0o17}, {@code 0b101}, {@code 1_000}, {@code
 *       1:30}, {@code .inf}, {@code yes}, {@code on}. A numeric field then refuses it; a text
 *       field reads it as written.
 * </ul>
 *
 * A scalar's text is always kept as written, so {@code 010} in a text field is the text {@code
 * "010"}. Anchors ({@code &n}) and aliases ({@code *n}) are refused at their line ("YAML aliases
 * are not supported"), as are tags other than {@code !!str}: a plan is a tree, written out in full.
 */
final class Yaml12Parser extends YAMLParser {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL", "~");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");

    Yaml12Parser(
            IOContext ctxt,
            int parserFeatures,
            int formatFeatures,
            LoaderOptions loaderOptions,
            ObjectCodec codec,
            Reader reader) {
        super(ctxt, parserFeatures, formatFeatures, loaderOptions, codec, reader);
    }

    @Override
    protected Event getEvent() throws IOException {
        Event event = super.getEvent();
        if (event instanceof AliasEvent) {
            throw refusal(
                    event,
                    "YAML aliases are not supported (*" + ((AliasEvent) event).getAnchor()
                            + "): write the value out in full");
        }
        if (event instanceof NodeEvent && ((NodeEvent) event).getAnchor() != null) {
            throw refusal(
                    event,
                    "YAML anchors are not supported (&" + ((NodeEvent) event).getAnchor()
                            + "): write the value out in full");
        }
        return event;
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
        String value = scalar.getValue();
        _textValue = value;
        _cleanedTextValue = null;
        String tag = scalar.getTag();
        if (tag != null && !tag.equals("!")) {
            if (tag.equals(Tag.STR.getValue())) {
                return JsonToken.VALUE_STRING;
            }
            throw refusal(scalar, "YAML tag " + tag + " is not supported: write the value without a tag");
        }
        // Quoted and block scalars are text; only plain ones are resolved.
        if (tag != null || !scalar.getImplicit().canOmitTagInPlainScalar()) {
            return JsonToken.VALUE_STRING;
        }
        if (value.isEmpty()) {
            return _cfgEmptyStringsToNull ? JsonToken.VALUE_NULL : JsonToken.VALUE_STRING;
        }
        if (NULLS.contains(value)) {
            return JsonToken.VALUE_NULL;
        }
        if (TRUES.contains(value)) {
            return JsonToken.VALUE_TRUE;
        }
        if (FALSES.contains(value)) {
            return JsonToken.VALUE_FALSE;
        }
        if (INTEGER.matcher(value).matches()) {
            return decimalInteger(value);
        }
        if (DECIMAL.matcher(value).matches()) {
            _numTypesValid = NR_UNKNOWN;
            _cleanedTextValue = value.startsWith("+") ? value.substring(1) : value;
            return JsonToken.VALUE_NUMBER_FLOAT;
        }
        return JsonToken.VALUE_STRING;
    }

    /** Base ten whatever the leading zeros; the number is parsed on demand from the cleaned text. */
    private JsonToken decimalInteger(String value) {
        int i = 0;
        _numberNegative = value.charAt(0) == '-';
        if (value.charAt(0) == '-' || value.charAt(0) == '+') {
            i = 1;
        }
        while (i < value.length() - 1 && value.charAt(i) == '0') {
            i++;
        }
        String digits = value.substring(i);
        _numberNegative = _numberNegative && !digits.equals("0");
        _numTypesValid = NR_UNKNOWN;
        _cleanedTextValue = _numberNegative ? "-" + digits : digits;
        return JsonToken.VALUE_NUMBER_INT;
    }

    private JsonParseException refusal(Event event, String message) {
        return new JsonParseException(this, message, _locationFor(event.getStartMark()));
    }
}
