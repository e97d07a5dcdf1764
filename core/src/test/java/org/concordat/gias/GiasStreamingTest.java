package org.concordat.gias;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national extract (about 50,000 rows, 60 MB) must stream: a generated file of that size is
 * read in a forked JVM whose heap (64 MB) is about the size of the file.
 */
class GiasStreamingTest {
    private static final int ROWS = 50_000;

    @Test
    void a_national_sized_extract_streams_in_a_64_mb_heap(@TempDir Path dir) throws Exception {
        byte[] sample = GiasTest.resource("gias-2019-layout-cp1252.csv");
        List<String> lines = new String(sample, GiasTest.CP1252).lines().toList();
        String header = lines.get(0);
        // A real row (Penistone), padded with a long address so the file reaches national size.
        String row = lines.get(1).replace("\"Huddersfield Road\"", "\"" + "Huddersfield Road ".repeat(40) + "\"");
        Path file = dir.resolve("edubasealldata-generated.csv");
        Charset cp1252 = Charset.forName("windows-1252");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((header + "\r\n").getBytes(cp1252));
            for (int i = 0; i < ROWS; i++) {
                String urn = Integer.toString(100000 + i);
                out.write((urn + row.substring(row.indexOf(','))).getBytes(cp1252));
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        assertThat(Files.size(file)).isGreaterThan(60L * 1024 * 1024);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        GiasCount.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo(ROWS + " 0");
    }
}
