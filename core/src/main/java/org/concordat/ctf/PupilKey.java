package org.concordat.ctf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.concordat.school.Upn;

/**
 * The secret that turns a UPN into a pupil pseudonym: HMAC-SHA256 of the UPN under this key, its
 * first 80 bits written in lower-case RFC 4648 base32 (16 characters from {@code a-z} and {@code
 * 2-7}, safe in URLs and file names). The same key gives a pupil the same pseudonym in every file
 * and year, so records can be linked; a different key gives unrelated pseudonyms; without the key,
 * nobody can tell which UPN a pseudonym stands for, even by trying every UPN.
 *
 * <p>A key is at least {@value #MIN_BYTES} random bytes, made once per partnership with {@link
 * #create} ({@code concordat key new FILE}) and kept like a password: whoever holds it and a list
 * of UPNs can re-identify pupils. The key is never printed: {@link #toString()} gives its length
 * only.
 */
public final class PupilKey {
    /** The fewest bytes a key may have: 256 bits, the size of the HMAC-SHA256 output. */
    public static final int MIN_BYTES = 32;

    /** The most bytes a key file may hold; anything larger is not a key file. */
    public static final int MAX_BYTES = 1024;

    /** The length of a pseudonym in characters (80 bits in base32). */
    public static final int PSEUDONYM_LENGTH = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final SecretKeySpec key;
    private final int length;

    private PupilKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.length = bytes.length;
    }

    /**
     * A key of these bytes (copied).
     *
     * @throws IllegalArgumentException when there are fewer than {@value #MIN_BYTES} or more than
     *     {@value #MAX_BYTES}
     */
    public static PupilKey of(byte[] bytes) {
        if (bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("pupil key: " + bytes.length + " bytes: must be " + MIN_BYTES + " to "
                    + MAX_BYTES + " (make one with 'concordat key new FILE')");
        }
        return new PupilKey(bytes.clone());
    }

    /**
     * Reads the key in {@code file}: all its bytes are the key.
     *
     * @throws IllegalArgumentException naming the file when it holds fewer than {@value #MIN_BYTES}
     *     or more than {@value #MAX_BYTES} bytes
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static PupilKey read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException(file + ": " + size + " bytes: not a pupil key (a key file holds "
                        + MIN_BYTES + " to " + MAX_BYTES + " bytes; make one with 'concordat key new FILE')");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pupil key " + file + ": " + e.getMessage(), e);
        }
        try {
            if (bytes.length < MIN_BYTES) {
                throw new IllegalArgumentException(file + ": " + bytes.length + " bytes: not a pupil key (a key file"
                        + " holds at least " + MIN_BYTES + " random bytes; make one with 'concordat key new FILE')");
            }
            return new PupilKey(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Makes a new file holding {@value #MIN_BYTES} bytes from {@code random}, readable and
     * writable by its owner only (POSIX mode 600, set as the file is created, so it is never
     * readable by others, not even for an instant). An existing file is never replaced: the
     * pseudonyms made with its key would be lost.
     *
     * @throws UncheckedIOException wrapping a {@link FileAlreadyExistsException} when {@code file}
     *     exists, even as a dangling link; wrapping another {@link java.io.IOException} when the file
     *     cannot be written, and then nothing is left behind
     */
    public static void create(Path file, SecureRandom random) {
        byte[] bytes = new byte[MIN_BYTES];
        random.nextBytes(bytes);
        boolean created = false;
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(file.toString(), null, "a key file is never overwritten");
            }
            Path dir = file.toAbsolutePath().getParent();
            boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(ownerOnly)}
                    : new FileAttribute<?>[0];
            try (FileChannel channel = FileChannel.open(
                    file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
                created = true;
                if (posix) {
                    // The umask can only take permissions away; set them anyway so the mode is exact.
                    Files.setPosixFilePermissions(file, ownerOnly);
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            if (created) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // The write failed; that is the failure to report.
                }
            }
            throw new UncheckedIOException(
                    file + ": "
                            + (e instanceof FileAlreadyExistsException
                                    ? "exists: a key file is never overwritten (pseudonyms made with it would be lost)"
                                    : "cannot write: " + e.getMessage()),
                    e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The pupil's pseudonym under this key: 16 characters of lower-case base32. Deterministic; a
     * different key gives a different pseudonym.
     */
    public String pseudonym(Upn upn) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(upn.toString().getBytes(StandardCharsets.US_ASCII));
            return base32(digest, PSEUDONYM_LENGTH * 5 / 8);
        } catch (GeneralSecurityException e) {
            // Every Java platform must provide HmacSHA256.
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }

    /**
     * The first {@code length} bytes in lower-case base32 (RFC 4648 alphabet), without padding: 5
     * bits a character, most significant first.
     */
    private static String base32(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder((length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(BASE32[(buffer >>> bits) & 31]);
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    /** The key's length only; never its bytes. */
    @Override
    public String toString() {
        return "PupilKey[" + length + " bytes]";
    }
}
