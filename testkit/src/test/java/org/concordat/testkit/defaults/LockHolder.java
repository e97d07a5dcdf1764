package org.concordat.testkit.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;

/**
 * A second process for the file store tests: opens the store in the directory given, appends when
 * asked, prints {@code ready} and holds the store open until its standard input ends.
 *
 * <p>Arguments: directory, then optionally {@code write N} to append, N times until killed or done,
 * one version of one record and then one version of each of the {@link #GROUP} records together
 * (printing both version numbers), or {@code try} to try to open the store
 * once and print {@code opened} or {@code refused: MESSAGE}.
 */
public final class LockHolder {
    /** The records the writer appends to together, all or nothing, after each single append. */
    static final List<RecordKey> GROUP = List.of(
            RecordKey.of("plan", "group"),
            RecordKey.of("notification", "group-1"),
            RecordKey.of("notification", "group-2"));

    private LockHolder() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 1 && args[1].equals("try")) {
            try (RecordStore store = Defaults.store("file", Map.of("directory", args[0]))) {
                System.out.println("opened " + store);
            } catch (UncheckedIOException e) {
                System.out.println("refused: " + e.getMessage());
            }
            return;
        }
        try (RecordStore store = Defaults.store("file", Map.of("directory", args[0]))) {
            if (args.length > 2 && args[1].equals("write")) {
                int count = Integer.parseInt(args[2]);
                RecordKey key = RecordKey.of("plan", "crash");
                long version = store.latest(key).map(r -> r.version()).orElse(0L);
                long group = store.latest(GROUP.get(0)).map(r -> r.version()).orElse(0L);
                System.out.println("ready " + version + " " + group);
                System.out.flush();
                for (int i = 0; i < count; i++) {
                    version = store.append(key, version, FileRecordStoreTest.payload(version + 1));
                    long expected = group;
                    List<Long> versions = store.appendAll(GROUP.stream()
                            .map(k -> RecordAppend.of(k, expected, FileRecordStoreTest.payload(expected + 1)))
                            .toList());
                    group = versions.get(0);
                    System.out.println(version + " " + group);
                    System.out.flush();
                }
                return;
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the lock until the parent closes our standard input.
            }
        }
    }
}
