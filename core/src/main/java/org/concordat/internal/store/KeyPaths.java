package org.concordat.internal.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.concordat.spi.RecordKey;

/**
 * Where a record lives in a file store: {@code records/<type>/<encoded id>/<version>.rec}. The id
 * is untrusted text, so it never reaches the file system as given: every byte of its UTF-8 form
 * other than a lowercase ASCII letter, digit, {@code -} or {@code _} becomes {@code ~xx} (two hex
 * digits). That leaves no {@code /}, {@code \}, {@code .}, {@code ..}, drive letter or reserved
 * device name ({@code i-} prefixes every name), and no two ids that differ only in case collide on
 * a case-insensitive file system. An encoded name longer than {@value #MAX_NAME} characters is
 * replaced by {@code h-} and the SHA-256 of the id; the record file holds the key itself, so
 * nothing is lost.
 */
final class KeyPaths {
    static final String RECORDS = "records";
    static final String RECORD_SUFFIX = ".rec";
    static final String TEMP_SUFFIX = ".tmp";
    static final int MAX_NAME = 200;

    private KeyPaths() {}

    static Path keyDirectory(Path root, RecordKey key) {
        return root.resolve(RECORDS).resolve(key.type()).resolve(encodeId(key.id()));
    }

    static String fileName(long version) {
        return String.format(Locale.ROOT, "%019d", version) + RECORD_SUFFIX;
    }

    /** The version a record file's name stands for, or -1 when the name is not a record file's. */
    static long versionOf(String fileName) {
        if (!fileName.endsWith(RECORD_SUFFIX) || fileName.length() != 19 + RECORD_SUFFIX.length()) {
            return -1;
        }
        String digits = fileName.substring(0, 19);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(digits);
    }

    /**
     * The name of a temporary file for {@code version} written by process {@code pid}: {@code
     * <version>.rec.<pid>-<token>.tmp}. The pid lets a later open tell a temporary file another live
     * process may still be writing from one left by a process that is gone.
     */
    static String tempName(long version, long pid, String token) {
        return fileName(version) + "." + pid + "-" + token + TEMP_SUFFIX;
    }

    /**
     * The process id in a temporary file's name, or -1 when the name carries none (written before
     * names carried one) or is not a temporary file's name.
     */
    static long ownerOf(String tempName) {
        if (!tempName.endsWith(TEMP_SUFFIX) || tempName.length() < 19 + RECORD_SUFFIX.length() + 1) {
            return -1;
        }
        String rest = tempName.substring(19 + RECORD_SUFFIX.length() + 1, tempName.length() - TEMP_SUFFIX.length());
        int dash = rest.indexOf('-');
        if (dash < 1 || dash > 18) {
            return -1;
        }
        for (int i = 0; i < dash; i++) {
            if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(rest.substring(0, dash));
    }

    static String encodeId(String id) {
        StringBuilder name = new StringBuilder("i-");
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                name.append(c);
            } else {
                name.append('~').append(HexFormat.of().toHexDigits(b));
            }
        }
        if (name.length() <= MAX_NAME) {
            return name.toString();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "h-" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }
}
