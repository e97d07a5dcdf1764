package org.concordat.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's exceptions into {@link PlanFormatException}s with a location, a pointer and a plain message. */
final class Errors {
    // Immutables' builders say this when a required attribute is missing.
    private static final Pattern MISSING =
            Pattern.compile(".*required attributes are not set \\[(.*)\\].*", Pattern.DOTALL);

    private static final Pattern WRONG_SHAPE = Pattern.compile(
            "Cannot deserialize value of type `([^`]*)` from ([A-Za-z-]+) value \\(token `JsonToken\\.[A-Z_]+`\\)");
    private static final Pattern YAML_MARK = Pattern.compile(" in 'reader', line (\\d+), column (\\d+):");
    private static final Pattern JSON_SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern BACKTICKED = Pattern.compile("`[^`]*`");
    private static final Pattern JAVA_TYPE = Pattern.compile("\\b([a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

    private Errors() {}

    static PlanFormatException translate(String source, JsonProcessingException e, JsonParser p) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        if (e instanceof UnrecognizedPropertyException) {
            // Jackson reports the end of the unknown field's value; its start is nearer the name.
            at = p.currentTokenLocation();
        }
        String pointer;
        // A parser's refusal (an alias, a tag, malformed text) wrapped while databind moved to the
        // next value carries only the path up to the object; the parser knows the field itself.
        if (e instanceof JsonMappingException m
                && !m.getPath().isEmpty()
                && !(m.getCause() instanceof StreamReadException)) {
            pointer = pointer(m.getPath());
        } else {
            pointer = p.getParsingContext().pathAsPointer().toString();
        }
        // Jackson says column 0 at the very start (an empty document) and -1 when it has no
        // position; every refusal still names a place, the document's start at worst.
        int line = Math.max(at.getLineNr(), 1);
        int column = Math.max(at.getColumnNr(), 1);
        String detail = detail(e);
        // SnakeYAML's own message marks the problem more precisely than Jackson's location.
        Matcher mark = YAML_MARK.matcher(detail);
        while (mark.find()) {
            line = Integer.parseInt(mark.group(1));
            column = Integer.parseInt(mark.group(2));
        }
        return new PlanFormatException(source, line, column, pointer, tidy(detail), e);
    }

    /** One line: SnakeYAML's snippet and Jackson's source descriptions left out. */
    private static String tidy(String detail) {
        StringBuilder out = new StringBuilder();
        for (String line : detail.split("\\R", -1)) {
            if (line.startsWith(" in 'reader'")) {
                break;
            }
            if (!line.isBlank()) {
                out.append(out.length() == 0 ? "" : "; ").append(line.strip());
            }
        }
        return JSON_SOURCE.matcher(out).replaceAll("line $1, column $2");
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            b.append('/');
            if (r.getFieldName() != null) {
                b.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                b.append(Math.max(r.getIndex(), 0));
            }
        }
        return b.toString();
    }

    private static String detail(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            TreeSet<String> known = new TreeSet<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            }
            return "unknown field \"" + u.getPropertyName() + "\""
                    + (known.isEmpty() ? "" : "; expected one of " + known);
        }
        if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            StringJoiner names = new StringJoiner(", ");
            for (Object constant : f.getTargetType().getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return field(f.getPath()) + " \"" + f.getValue() + "\": expected one of " + names;
        }
        if (e instanceof InvalidFormatException) {
            return String.valueOf(e.getOriginalMessage());
        }
        Throwable domain = domainCause(e);
        if (domain != null) {
            String message = String.valueOf(domain.getMessage());
            Matcher m = MISSING.matcher(message);
            if (m.matches()) {
                return "missing required field: " + m.group(1);
            }
            if (domain instanceof NullPointerException) {
                return "null where a value is needed: " + message;
            }
            return message;
        }
        // Jackson names Java types in backticks; the simple name is what a plan's author can use.
        String original = String.valueOf(e.getOriginalMessage());
        Matcher shape = WRONG_SHAPE.matcher(original);
        if (shape.matches()) {
            return "expected " + expected(shape.group(1)) + ", found " + found(shape.group(2));
        }
        original = original.replace(" (but might if coercion using `CoercionConfig` was enabled)", "");
        Matcher quoted = BACKTICKED.matcher(original);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(
                    out,
                    Matcher.quoteReplacement(JAVA_TYPE.matcher(quoted.group()).replaceAll("$2")));
        }
        return quoted.appendTail(out).toString();
    }

    private static String expected(String javaType) {
        String simple = JAVA_TYPE.matcher(javaType).replaceAll("$2");
        if (simple.endsWith("$Json")) {
            return "an object";
        }
        if (simple.matches("(ArrayList|List|LinkedHashSet|Set)<.*")) {
            return "a list";
        }
        if (simple.equals("String")) {
            return "text";
        }
        return "a " + simple + " value";
    }

    private static String found(String jacksonShape) {
        switch (jacksonShape) {
            case "Array":
                return "a list";
            case "Object":
                return "an object";
            case "String":
                return "text";
            case "Integer":
                return "a whole number";
            case "Floating-point":
                return "a number";
            case "Boolean":
                return "true or false";
            default:
                return jacksonShape.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static String field(List<JsonMappingException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return "value";
    }

    /** The innermost cause thrown by domain code (a value's check or builder), if any. */
    private static Throwable domainCause(Throwable e) {
        Throwable found = null;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof RuntimeException) {
                found = t;
            }
        }
        return found;
    }
}
