package org.concordat.internal.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.CRC32;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionInfo;

/**
 * The bytes of one record version on disk: a magic number and format version, the key and version,
 * the draft's parts, the payload, and a CRC-32 of everything before it. The checksum catches a file
 * damaged after it was written (a torn write cannot happen: files are renamed into place whole).
 *
 * <pre>
 * int     magic 0x43435244 ("CCRD")
 * short   format version (1)
 * string  key type, string key id, long version
 * int     schema version, string media type, string author
 * long    time: epoch seconds, int nanoseconds
 * int     n, then n × (string name, string value): index terms
 * int     payload length, then the payload bytes
 * int     CRC-32 of all bytes above
 * </pre>
 *
 * A string is an int byte length followed by UTF-8 bytes; all numbers are big-endian.
 */
final class RecordFileFormat {
    static final int MAGIC = 0x43435244;
    static final short FORMAT_VERSION = 1;

    private RecordFileFormat() {}

    static byte[] encode(StoredRecord record) {
        try {
            ByteArrayOutputStream bytes =
                    new ByteArrayOutputStream(256 + record.content().payloadSize());
            DataOutputStream out = new DataOutputStream(bytes);
            RecordDraft draft = record.content();
            out.writeInt(MAGIC);
            out.writeShort(FORMAT_VERSION);
            writeString(out, record.key().type());
            writeString(out, record.key().id());
            out.writeLong(record.version());
            out.writeInt(draft.schemaVersion());
            writeString(out, draft.mediaType());
            writeString(out, draft.author());
            Instant time = draft.time();
            out.writeLong(time.getEpochSecond());
            out.writeInt(time.getNano()); // the nanosecond within that second: together, the instant
            out.writeInt(draft.indexTerms().size());
            for (IndexTerm term : draft.indexTerms()) {
                writeString(out, term.name());
                writeString(out, term.value());
            }
            byte[] payload = draft.payload();
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError("writing to memory cannot fail", e);
        }
    }

    /**
     * Reads a record file's bytes.
     *
     * @throws IOException naming what is wrong when the bytes are not a whole, valid record
     */
    static StoredRecord decode(byte[] bytes) throws IOException {
        if (bytes.length < 10) {
            throw new IOException("too short to be a record (" + bytes.length + " bytes)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Concordat record file (bad magic number)");
        }
        short format = in.readShort();
        if (format != FORMAT_VERSION) {
            throw new IOException("record file format " + format + " is not supported (expected " + FORMAT_VERSION
                    + "); open it with the Concordat version that wrote it");
        }
        int stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
        if (stored != (int) crc.getValue()) {
            throw new IOException("checksum mismatch: the file is damaged");
        }
        try {
            RecordKey key = RecordKey.of(readString(in), readString(in));
            long version = in.readLong();
            int schemaVersion = in.readInt();
            String mediaType = readString(in);
            String author = readString(in);
            Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
            int termCount = in.readInt();
            Set<IndexTerm> terms = new LinkedHashSet<>();
            for (int i = 0; i < termCount; i++) {
                terms.add(IndexTerm.fromStored(readString(in), readString(in)));
            }
            int length = in.readInt();
            if (length < 0 || length > bytes.length) {
                throw new IOException("payload length " + length + " is impossible");
            }
            byte[] payload = in.readNBytes(length);
            return StoredRecord.of(
                    key, version, RecordDraft.of(schemaVersion, mediaType, payload, terms, author, time));
        } catch (IllegalArgumentException e) {
            throw new IOException("holds an invalid value: " + e.getMessage(), e);
        }
    }

    /** Reads and decodes a record file, naming the file in any error. */
    static StoredRecord decodeChecked(java.nio.file.Path file, long expectedVersion) throws IOException {
        StoredRecord record;
        try {
            record = decode(java.nio.file.Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException("record file " + file + " " + e.getMessage(), e);
        }
        if (record.version() != expectedVersion) {
            throw new IOException("record file " + file + " holds version " + record.version());
        }
        return record;
    }

    /**
     * Reads the metadata at the head of a record file without reading its payload, so listing many
     * versions reads a few hundred bytes of each. The checksum covers the payload too, so it is not
     * checked here; {@link #decodeChecked} checks it whenever a version is read whole.
     *
     * @throws IOException naming the file when its head is not a valid record's
     */
    static VersionInfo decodeInfo(Path file, long expectedVersion) throws IOException {
        long fileSize = Files.size(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1024))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a Concordat record file (bad magic number)");
            }
            short format = in.readShort();
            if (format != FORMAT_VERSION) {
                throw new IOException(
                        "record file format " + format + " is not supported (expected " + FORMAT_VERSION + ")");
            }
            RecordKey key = RecordKey.of(readString(in), readString(in));
            long version = in.readLong();
            if (version != expectedVersion) {
                throw new IOException("holds version " + version);
            }
            int schemaVersion = in.readInt();
            String mediaType = readString(in);
            String author = readString(in);
            Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
            int termCount = in.readInt();
            for (int i = 0; i < termCount; i++) {
                readString(in);
                readString(in);
            }
            int length = in.readInt();
            if (length < 0 || length > fileSize) {
                throw new IOException("payload length " + length + " is impossible");
            }
            return new VersionInfo(key, version, schemaVersion, mediaType, length, author, time);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("record file " + file + " " + e.getMessage(), e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("string length " + length + " is impossible");
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new IOException("ends inside a string");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
