package org.concordat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.ReportDocument;
import org.concordat.testkit.ReportDocuments;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReportRenderer} promises. Extend it and implement {@link #renderer()};
 * the tests render an empty document, a sample report, a document of nothing but hostile text and
 * hundreds of generated documents ({@link ReportDocuments}), and check that rendering never
 * fails, writes valid UTF-8 (for text formats), is deterministic and thread-safe, flushes but never
 * closes the stream, and reports a failing stream as an {@link IOException}.
 *
 * <p>Format-specific checks hook in through {@link #assertWellFormed(byte[], ReportDocument)}
 * (parse the output) and {@link #mustNotAppearVerbatim()} (markup the format would interpret).
 */
public abstract class ReportRendererContract {
    /** The renderer under test; called as often as the tests like. */
    protected abstract ReportRenderer renderer();

    /**
     * Strings that must never appear in the output of {@link ReportDocuments#hostileDocument()},
     * compared ignoring case: for a markup format, the raw tags of the hostile texts (e.g. {@code
     * <script}). The default is none, right for formats that interpret no markup.
     */
    protected List<String> mustNotAppearVerbatim() {
        return List.of();
    }

    /** Whether the output is text that must be valid UTF-8; override for a binary format. */
    protected boolean isUtf8Text() {
        return true;
    }

    /** Checks one rendering in the format's own terms (e.g. parse it); the default checks nothing. */
    protected void assertWellFormed(byte[] output, ReportDocument document) {}

    /** Renders {@code document} to bytes. */
    protected final byte[] render(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer().render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void check(ReportDocument document) {
        byte[] output = render(document);
        if (isUtf8Text()) {
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(output));
            } catch (CharacterCodingException e) {
                throw new AssertionError("output is not valid UTF-8: " + e, e);
            }
        }
        assertWellFormed(output, document);
    }

    @Test
    void names_its_format_media_type_and_extension() {
        ReportRenderer r = renderer();
        assertThat(r.format()).matches("[a-z][a-z0-9-]*");
        assertThat(r.mediaType()).matches("[a-z]+/[a-z0-9.+-]+(;.*)?");
        assertThat(r.fileExtension()).matches("[a-z0-9]+");
    }

    @Test
    void renders_an_empty_document() {
        check(ReportDocument.builder("").build());
    }

    @Test
    void renders_a_sample_report() {
        check(ReportDocuments.sampleDocument());
    }

    @Test
    void renders_hostile_text_harmlessly() {
        ReportDocument hostile = ReportDocuments.hostileDocument();
        check(hostile);
        String output = new String(render(hostile), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String forbidden : mustNotAppearVerbatim()) {
            assertThat(output)
                    .as("output holds %s verbatim", forbidden)
                    .doesNotContain(forbidden.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void renders_any_generated_document() {
        Seeds.forEach("renders any generated document", 300, c -> check(ReportDocuments.document(c)));
    }

    @Test
    void renders_the_same_bytes_every_time() {
        Seeds.forEach("renders the same bytes every time", 30, c -> {
            ReportDocument doc = ReportDocuments.document(c);
            assertThat(render(doc)).isEqualTo(render(doc));
        });
    }

    @Test
    void renders_from_several_threads_at_once_with_the_same_result() throws Exception {
        ReportDocument doc = ReportDocuments.hostileDocument();
        byte[] expected = render(doc);
        List<byte[]> results = Concurrently.run(t -> {
            byte[] last = new byte[0];
            for (int i = 0; i < 5; i++) {
                last = render(doc);
            }
            return last;
        });
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void flushes_but_never_closes_the_stream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(sink) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        renderer().render(ReportDocuments.sampleDocument(), out);
        assertThat(closed[0]).as("stream closed").isFalse();
        assertThat(sink.toByteArray()).isEqualTo(render(ReportDocuments.sampleDocument()));
    }

    @Test
    void reports_a_failing_stream_as_an_io_exception() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> renderer().render(ReportDocuments.hostileDocument(), failing))
                .isInstanceOf(IOException.class);
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> renderer().render(null, new ByteArrayOutputStream()))
                .isInstanceOf(NullPointerException.class);
    }
}
