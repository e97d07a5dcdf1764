package org.concordat.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordat.spi.Erasure;
import org.concordat.spi.RecordKey;

/**
 * The bytes of an erasure's trace in a file store: UTF-8 lines {@code concordat-erasure 1}, then
 * {@code versions=1,2}, {@code at=}, {@code by=}, {@code reason=}. Every value is one line (the
 * {@link Erasure} refuses control characters), so no value can forge another line.
 */
final class ErasureTrace {
    private static final String HEADER = "concordat-erasure 1";

    private ErasureTrace() {}

    static byte[] encode(Erasure erasure) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("versions=");
        for (int i = 0; i < erasure.versions().size(); i++) {
            text.append(i == 0 ? "" : ",").append(erasure.versions().get(i));
        }
        text.append("\nat=").append(erasure.at()).append('\n');
        text.append("by=").append(erasure.by()).append('\n');
        text.append("reason=").append(erasure.reason()).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Erasure decode(Path file, RecordKey key) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException("erasure trace " + file + " is not one");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        try {
            List<Long> versions = new ArrayList<>();
            for (String v : fields.getOrDefault("versions", "").split(",", -1)) {
                versions.add(Long.parseLong(v));
            }
            return new Erasure(key, versions, fields.get("by"), Instant.parse(fields.get("at")), fields.get("reason"));
        } catch (RuntimeException e) {
            throw new IOException("erasure trace " + file + " is damaged: " + e.getMessage(), e);
        }
    }
}
