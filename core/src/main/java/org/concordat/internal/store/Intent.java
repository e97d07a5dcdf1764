package org.concordat.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The bytes of a file store's intent: the temporary files of an append of several records, which
 * become versions together. Text, one path (relative to the store, already encoded by {@link
 * KeyPaths}, so ASCII) a line, after a header line and before a line holding the CRC-32 of all lines
 * above it, so a damaged intent is refused instead of half applied.
 */
final class Intent {
    private static final String HEADER = "concordat-intent 1";

    private Intent() {}

    static byte[] encode(List<String> temps) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        temps.forEach(t -> text.append(t).append('\n'));
        byte[] body = text.toString().getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(body);
        String tail = "crc " + HexFormat.of().toHexDigits((int) crc.getValue()) + "\n";
        byte[] out = new byte[body.length + tail.length()];
        System.arraycopy(body, 0, out, 0, body.length);
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, out, body.length, tail.length());
        return out;
    }

    /**
     * Reads an intent file.
     *
     * @throws IOException naming the file when it is not a whole, valid intent
     */
    static List<String> decode(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        int lastLine = text.lastIndexOf("crc ");
        if (!text.startsWith(HEADER + "\n") || lastLine < 0 || !text.endsWith("\n")) {
            throw new IOException("intent file " + file + " is not a whole intent");
        }
        CRC32 crc = new CRC32();
        crc.update(text.substring(0, lastLine).getBytes(StandardCharsets.US_ASCII));
        String stored = text.substring(lastLine + 4, text.length() - 1);
        if (!stored.equals(HexFormat.of().toHexDigits((int) crc.getValue()))) {
            throw new IOException("intent file " + file + ": checksum mismatch, the file is damaged");
        }
        List<String> temps = new ArrayList<>();
        for (String line : text.substring(HEADER.length() + 1, lastLine).lines().toList()) {
            if (line.isEmpty() || line.contains("..") || line.startsWith("/")) {
                throw new IOException(
                        "intent file " + file + " names \"" + line + "\", not a temporary file of the store");
            }
            temps.add(line);
        }
        return temps;
    }
}
