package org.concordat.ctf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Random;
import org.concordat.school.Upn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PupilKey}: pseudonyms that are stable under one key and unrelated under two. */
class CtfPupilKeyTest {

    @TempDir
    Path dir;

    /** A valid permanent UPN built from a seed (LA 820, so the LA code is known). */
    static Upn upn(long seed) {
        Random r = new Random(seed);
        StringBuilder body = new StringBuilder("820");
        for (int i = 0; i < 9; i++) {
            body.append(r.nextInt(10));
        }
        return Upn.parse(Upn.computeCheckLetter(body) + body.toString());
    }

    static PupilKey key(long seed) {
        byte[] b = new byte[32 + (int) Math.floorMod(seed, 33L)];
        new Random(seed).nextBytes(b);
        return PupilKey.of(b);
    }

    @Test
    void the_same_key_gives_the_same_pseudonym_every_time() {
        qt().forAll(longs().all(), longs().all()).checkAssert((k, u) -> {
            Upn upn = upn(u);
            String once = key(k).pseudonym(upn);
            assertThat(key(k).pseudonym(Upn.parse(upn.toString().toLowerCase(java.util.Locale.ROOT))))
                    .isEqualTo(once);
            assertThat(once).hasSize(16).matches("[a-z2-7]{16}");
        });
    }

    @Test
    void a_different_key_or_pupil_gives_a_different_pseudonym() {
        qt().forAll(longs().all(), longs().all(), longs().all())
                .assuming((k1, k2, u) -> !k1.equals(k2))
                .checkAssert((k1, k2, u) -> {
                    Upn upn = upn(u);
                    assertThat(key(k1).pseudonym(upn)).isNotEqualTo(key(k2).pseudonym(upn));
                    Upn other = upn(u + 1);
                    if (!other.equals(upn)) {
                        assertThat(key(k1).pseudonym(other)).isNotEqualTo(key(k1).pseudonym(upn));
                    }
                });
    }

    /**
     * RFC 4648 base32 of 10 bytes, worked out another way: the 80 bits as one number written in
     * base 32 (digits 0-9a-v), each digit then mapped to the RFC alphabet.
     */
    private static String base32Of80Bits(byte[] tenBytes) {
        String digits = new java.math.BigInteger(1, tenBytes).toString(32);
        String padded = "0".repeat(16 - digits.length()) + digits;
        StringBuilder out = new StringBuilder();
        for (char c : padded.toCharArray()) {
            out.append("abcdefghijklmnopqrstuvwxyz234567".charAt(Character.digit(c, 32)));
        }
        return out.toString();
    }

    private static String expected(byte[] k, String upn) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(k, "HmacSHA256"));
        byte[] digest = mac.doFinal(upn.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return base32Of80Bits(java.util.Arrays.copyOf(digest, 10));
    }

    @Test
    void matches_hmac_sha256_truncated_to_80_bits_in_base32() throws Exception {
        byte[] k = new byte[32];
        assertThat(PupilKey.of(k).pseudonym(Upn.parse("B801200005001"))).isEqualTo(expected(k, "B801200005001"));
        // RFC 4648's test vector, through the same oracle: "fooba" is MZXW6YTB.
        assertThat(base32Of80Bits("foobafooba".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo("mzxw6ytbmzxw6ytb");
    }

    @Test
    void every_pseudonym_is_the_truncated_hmac_in_base32() {
        qt().withExamples(500)
                .forAll(integers().all(), longs().between(0, 999_999))
                .checkAssert((seed, u) -> {
                    byte[] k = new byte[32];
                    new java.util.Random(seed).nextBytes(k);
                    Upn upn = upn(u);
                    try {
                        assertThat(PupilKey.of(k).pseudonym(upn)).isEqualTo(expected(k, upn.toString()));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void refuses_a_short_key_and_never_prints_one() {
        assertThatThrownBy(() -> PupilKey.of(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31 bytes: must be 32 to 1024");
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) 'k');
        assertThat(PupilKey.of(k)).hasToString("PupilKey[32 bytes]");
    }

    @Test
    void creates_a_key_file_of_32_random_bytes_with_mode_600_and_never_overwrites() throws IOException {
        Path file = dir.resolve("partnership.key");
        PupilKey.create(file, new SecureRandom());

        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        byte[] first = Files.readAllBytes(file);
        assertThatThrownBy(() -> PupilKey.create(file, new SecureRandom()))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("exists: a key file is never overwritten");
        assertThat(Files.readAllBytes(file)).isEqualTo(first);

        Path other = dir.resolve("other.key");
        PupilKey.create(other, new SecureRandom());
        assertThat(Files.readAllBytes(other)).isNotEqualTo(first);
        assertThat(PupilKey.read(file).pseudonym(upn(1)))
                .isNotEqualTo(PupilKey.read(other).pseudonym(upn(1)));
    }

    @Test
    void refuses_a_key_file_that_is_too_short_or_too_long() throws IOException {
        Path shortKey = Files.write(dir.resolve("short.key"), new byte[16]);
        assertThatThrownBy(() -> PupilKey.read(shortKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("short.key: 16 bytes: not a pupil key");
        Path longKey = Files.write(dir.resolve("long.key"), new byte[4096]);
        assertThatThrownBy(() -> PupilKey.read(longKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("long.key: 4096 bytes: not a pupil key");
        qt().forAll(integers().between(32, 1024))
                .checkAssert(n -> assertThat(PupilKey.of(new byte[n])).isNotNull());
    }
}
