package org.concordat.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.concordat.plan.PartnershipPlan;

/** Reads and writes plans in one format; every failure to understand a document becomes a {@link PlanFormatException}. */
final class PlanCodec {
    /** The JSON codec. */
    public static final PlanCodec JSON = new PlanCodec(Mappers.json(), "<json>");

    /** The YAML codec. */
    public static final PlanCodec YAML = new PlanCodec(Mappers.yaml(), "<yaml>");

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final String defaultSource;

    private PlanCodec(ObjectMapper mapper, String defaultSource) {
        this.mapper = mapper;
        this.reader = mapper.readerFor(PartnershipPlan.class);
        this.writer = mapper.writerFor(PlanDocument.class);
        this.defaultSource = defaultSource;
    }

    /** The name used in messages when no file name is given. */
    public String defaultSource() {
        return defaultSource;
    }

    /** Reads a plan from text. */
    public PartnershipPlan read(String text, String source) {
        return read(new StringReader(text), source);
    }

    /** Reads a plan from a byte stream (UTF-8, or as the format detects); does not close it. */
    public PartnershipPlan read(InputStream in, String source) {
        try (JsonParser p = mapper.createParser(in)) {
            return read(p, source);
        } catch (CharConversionException e) {
            // Found while detecting the encoding (e.g. an unsupported UCS-4 order): the bytes' fault.
            throw new PlanFormatException(source, 1, 1, "", "not valid text: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /** Reads a plan from characters; does not close the reader. */
    public PartnershipPlan read(Reader in, String source) {
        try (JsonParser p = mapper.createParser(in)) {
            return read(p, source);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private PartnershipPlan read(JsonParser p, String source) throws IOException {
        SchemaVersion.Seen seen = new SchemaVersion.Seen();
        PartnershipPlan plan;
        try {
            plan = reader.withAttribute(SchemaVersion.ATTRIBUTE, seen).readValue(p);
        } catch (InvalidDefinitionException e) {
            // Not the document's fault: the types or the module's opens are wrong.
            throw new IllegalStateException("cannot read plans: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw Errors.translate(source, e, p);
        } catch (CharConversionException e) {
            // Bytes that are not text in the detected encoding (e.g. a broken UTF-32 sequence): the
            // document's fault, so a located refusal like any other, not an I/O failure.
            throw atParser(source, p, "not valid text: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jackson wraps what deserializers throw; this is a last guard, never expected.
            throw atParser(source, p, String.valueOf(e.getMessage()), new IOException(e));
        }
        if (plan == null) {
            throw new PlanFormatException(source, 1, 1, "", "the document is empty", new IOException("empty"));
        }
        if (!seen.seen) {
            throw new PlanFormatException(
                    source,
                    1,
                    1,
                    "",
                    "missing field \"" + SchemaVersion.FIELD + "\"; expected " + SchemaVersion.FIELD + ": "
                            + SchemaVersion.CURRENT,
                    new IOException("missing schemaVersion"));
        }
        return plan;
    }

    /** The plan as text, {@code schemaVersion} first, fields in a fixed order. */
    public String write(PartnershipPlan plan) {
        try {
            return writer.writeValueAsString(new PlanDocument(plan));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing plan " + plan.partnership().id(), e);
        }
    }

    /**
     * Institutions as a plan fragment, {@code institutions:} with the list in plan-format field
     * order, for pasting into a plan.
     */
    public String writeInstitutions(java.util.List<org.concordat.school.Institution> institutions) {
        try {
            return mapper.writeValueAsString(java.util.Map.of("institutions", institutions));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing institutions", e);
        }
    }

    /** Writes the plan to {@code out}; does not close it. */
    public void write(PartnershipPlan plan, OutputStream out) {
        try {
            writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, new PlanDocument(plan));
        } catch (IOException e) {
            throw new UncheckedIOException("writing plan " + plan.partnership().id(), e);
        }
    }

    /** A refusal located where the parser stands (line and column at least 1). */
    private static PlanFormatException atParser(String source, JsonParser p, String detail, IOException cause) {
        JsonLocation at = p.currentLocation();
        return new PlanFormatException(
                source,
                Math.max(at.getLineNr(), 1),
                Math.max(at.getColumnNr(), 1),
                p.getParsingContext().pathAsPointer().toString(),
                detail,
                cause);
    }
}
