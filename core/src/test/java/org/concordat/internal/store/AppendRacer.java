package org.concordat.internal.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.VersionConflictException;

/**
 * A second process for {@link FileRecordStoreRaceTest}: opens the store in the directory given
 * <em>without its lock</em>, prints {@code ready}, waits for a line on standard input, then appends
 * COUNT versions of one record as fast as it can, printing {@code ok VERSION SEQ} for each append
 * the store acknowledged and {@code conflict ACTUAL} for each it refused.
 *
 * <p>Arguments: directory, writer name, count.
 */
public final class AppendRacer {
    static final RecordKey KEY = RecordKey.of("plan", "race");

    private AppendRacer() {}

    /** The draft writer {@code writer} appends as its {@code seq}-th version. */
    static RecordDraft draft(String writer, int seq) {
        byte[] payload = (writer + " " + seq + " ").repeat(500).getBytes(StandardCharsets.UTF_8);
        return RecordDraft.of(1, "text/plain", payload, Set.of(), writer, Instant.EPOCH);
    }

    public static void main(String[] args) throws Exception {
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        try (FileRecordStore store = FileRecordStore.openUnlocked(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            long version = store.latest(KEY).map(r -> r.version()).orElse(0L);
            StringBuilder out = new StringBuilder();
            for (int seq = 0; seq < count; ) {
                try {
                    version = store.append(KEY, version, draft(writer, seq));
                    out.append("ok ").append(version).append(' ').append(seq).append('\n');
                    seq++;
                } catch (VersionConflictException e) {
                    out.append("conflict ").append(e.actualVersion()).append('\n');
                    version = e.actualVersion();
                }
            }
            System.out.print(out);
            System.out.flush();
        }
    }
}
