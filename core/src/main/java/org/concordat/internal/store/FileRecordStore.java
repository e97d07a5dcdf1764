package org.concordat.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoreArguments;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import org.concordat.spi.VersionInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RecordStore} in one directory, one file per record version (layout in {@link KeyPaths},
 * bytes in {@link RecordFileFormat}).
 *
 * <p><b>One store per directory.</b> An exclusive lock on {@code concordat-store.lock} keeps a
 * second store, in another process, out of the directory while this one is open, and a JVM-wide
 * registry of the directories this JVM holds keeps a second store in this JVM out without ever
 * touching the lock file: on Linux the lock belongs to the process, and closing <em>any</em> channel
 * to the file would release it. Because no one else writes, the latest version of every record is
 * cached in memory and reads of the latest need no disk access.
 *
 * <p><b>Appending never replaces a version.</b> Each version is written to a temporary file in the
 * record's directory and forced to disk; the version's own name is then created exclusively, as a
 * hard link to the temporary file (which is then removed), and the directory is forced too. Creating
 * the name fails when the version exists, so even two writers that both got past the lock cannot
 * overwrite each other: the second gets a {@link VersionConflictException} and its cache is brought
 * up to date from the disk. After a crash a version is either whole or absent. Where the file system
 * has no hard links, a move that refuses an existing target is used instead (its check and rename are
 * two steps, so there the lock alone keeps writers apart).
 *
 * <p><b>Temporary files.</b> A temporary file's name carries the writer's process id ({@code
 * <version>.rec.<pid>-<random>.tmp}). Opening the store removes temporary files left by processes
 * that are gone (and by this process, and those from before names carried a pid, whose writers held
 * the lock this store now holds); one whose process is alive is left alone, since that process may
 * still be writing it.
 */
public final class FileRecordStore implements RecordStore {
    static final String LOCK_FILE = "concordat-store.lock";
    static final String PENDING = "pending";
    static final String ERASURE_PREFIX = "erasure-";
    static final String INTENT_SUFFIX = ".intent";

    private static final Logger LOG = LoggerFactory.getLogger(FileRecordStore.class);
    private static final long PID = ProcessHandle.current().pid();

    // The real paths of the directories a store in this JVM holds (or is acquiring). Checked before
    // the lock file is opened, so a refused second open never opens, let alone closes, a channel to
    // a lock file this process holds.
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    // Channels to lock files locked by other code in this JVM: closing them would release that
    // code's lock too, so they stay open.
    private static final List<FileChannel> KEPT_OPEN = new CopyOnWriteArrayList<>();

    private final Path root;
    private final Optional<DirectoryLock> directoryLock;
    private final LatestRecords latest = new LatestRecords();
    private final Map<RecordKey, ReentrantLock> keyLocks = new ConcurrentHashMap<>();
    // Operations hold the read lock for their whole run; close takes the write lock, so it waits
    // for appends in flight instead of releasing the directory lock under them.
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;
    private volatile boolean directorySyncSupported = true;
    private volatile boolean hardLinksSupported = true;

    private FileRecordStore(Path root, Optional<DirectoryLock> directoryLock) {
        this.root = root;
        this.directoryLock = directoryLock;
    }

    /**
     * Opens the store in {@code directory}, creating it when missing, and loads the latest version of
     * every record.
     *
     * @throws UncheckedIOException when the directory is in use by another open store, in this JVM or
     *     another process (the message names the directory and, where it can, the holder's process
     *     id), cannot be created, or holds a damaged record file
     */
    public static FileRecordStore open(Path directory) {
        Path root = createDirectory(directory);
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open record store directory " + root + ": " + e, e);
        }
        if (!HELD.add(real)) {
            throw locked(root, "by another FileRecordStore in this JVM (pid=" + PID + ")");
        }
        DirectoryLock held = null;
        try {
            held = DirectoryLock.acquire(root, real);
            FileRecordStore store = new FileRecordStore(root, Optional.of(held));
            store.load();
            return store;
        } catch (IOException e) {
            release(held, real);
            throw new UncheckedIOException("cannot open record store directory " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            release(held, real);
            throw e;
        }
    }

    /**
     * Opens the store in {@code directory} without its lock and without registering it, so that
     * several stores, in this JVM or in several processes, write one directory at once. For tests
     * only: it proves that appends never overwrite each other even when the lock is bypassed.
     */
    static FileRecordStore openUnlocked(Path directory) {
        FileRecordStore store = new FileRecordStore(createDirectory(directory), Optional.empty());
        try {
            store.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open record store directory " + store.root + ": " + e, e);
        }
        return store;
    }

    /** The directory this store keeps its records in. */
    public Path directory() {
        return root;
    }

    @Override
    public long append(RecordKey key, long expectedVersion, RecordDraft draft) {
        StoreArguments.key(key);
        Objects.requireNonNull(draft, "draft");
        StoreArguments.expectedVersion(expectedVersion);
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            ReentrantLock keyLock = keyLocks.computeIfAbsent(key, k -> new ReentrantLock());
            keyLock.lock();
            try {
                StoredRecord current = latest.get(key);
                long currentVersion = current == null ? NO_VERSION : current.version();
                if (currentVersion != expectedVersion) {
                    throw new VersionConflictException(key, expectedVersion, currentVersion);
                }
                StoredRecord record = StoredRecord.of(key, expectedVersion + 1, draft);
                if (!write(record)) {
                    // Another writer bypassed the lock (or the directory was changed by hand): its
                    // version stays, and this store learns what the disk holds.
                    throw new VersionConflictException(key, expectedVersion, refresh(key));
                }
                latest.put(record);
                return record.version();
            } finally {
                keyLock.unlock();
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Appends to several records all or nothing, crash-safely. Every version is first written to a
     * forced temporary file beside its place; then a list of them (an intent, in {@value
     * #PENDING}) is written, forced and renamed into place, which is the moment of commit; then each
     * temporary file gets its version's name, and the intent is removed. A crash before the rename
     * leaves temporary files that the next open removes (none of the versions); a crash after it
     * leaves an intent that the next open finishes (all of them).
     */
    @Override
    public List<Long> appendAll(List<RecordAppend> appends) {
        List<RecordAppend> checked = StoreArguments.appends(appends);
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            // Locks taken in key order, so two groups sharing records cannot deadlock.
            List<ReentrantLock> held = new ArrayList<>();
            try {
                for (RecordKey key :
                        checked.stream().map(RecordAppend::key).sorted().toList()) {
                    ReentrantLock keyLock = keyLocks.computeIfAbsent(key, k -> new ReentrantLock());
                    keyLock.lock();
                    held.add(keyLock);
                }
                for (RecordAppend a : checked) {
                    StoredRecord current = latest.get(a.key());
                    long currentVersion = current == null ? NO_VERSION : current.version();
                    if (currentVersion != a.expectedVersion()) {
                        throw new VersionConflictException(a.key(), a.expectedVersion(), currentVersion);
                    }
                }
                List<StoredRecord> records = checked.stream()
                        .map(a -> StoredRecord.of(a.key(), a.expectedVersion() + 1, a.draft()))
                        .toList();
                writeAll(records);
                List<Long> versions = new ArrayList<>();
                for (StoredRecord r : records) {
                    latest.put(r);
                    versions.add(r.version());
                }
                return List.copyOf(versions);
            } finally {
                for (ReentrantLock keyLock : held) {
                    keyLock.unlock();
                }
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void writeAll(List<StoredRecord> records) {
        List<Path> temps = new ArrayList<>();
        List<String> intent = new ArrayList<>();
        Path pending = root.resolve(PENDING);
        Path intentFile;
        try {
            for (StoredRecord record : records) {
                Path dir = KeyPaths.keyDirectory(root, record.key());
                ensureDirectory(dir);
                Path temp = dir.resolve(KeyPaths.tempName(
                        record.version(),
                        PID,
                        Long.toHexString(ThreadLocalRandom.current().nextLong())));
                temps.add(temp);
                writeForced(temp, RecordFileFormat.encode(record));
                intent.add(root.relativize(temp).toString().replace('\\', '/'));
            }
            for (Path temp : temps) {
                syncDirectory(temp.getParent());
            }
            ensureDirectory(pending);
            String token =
                    PID + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
            Path intentTemp = pending.resolve(token + INTENT_SUFFIX + KeyPaths.TEMP_SUFFIX);
            intentFile = pending.resolve(token + INTENT_SUFFIX);
            writeForced(intentTemp, Intent.encode(intent));
            Files.move(intentTemp, intentFile, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(pending);
        } catch (IOException | RuntimeException e) {
            temps.forEach(FileRecordStore::deleteQuietly);
            throw new UncheckedIOException(
                    "cannot append " + records.size() + " records together to " + root + "; none was appended: " + e,
                    e instanceof IOException io ? io : new IOException(e));
        }
        // Committed: from here every version is appended, now or by the next open.
        try {
            finish(intentFile, intent);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "appended " + records.size() + " records together to " + root
                            + " but could not give every version its name (" + e + "); the next open of the store"
                            + " finishes it",
                    e);
        }
    }

    /** Gives each temporary file of a committed intent its version's name, then removes the intent. */
    private void finish(Path intentFile, List<String> intent) throws IOException {
        for (String relative : intent) {
            Path temp = root.resolve(relative);
            String name = temp.getFileName().toString();
            Path target = temp.resolveSibling(
                    name.substring(0, name.indexOf(KeyPaths.RECORD_SUFFIX)) + KeyPaths.RECORD_SUFFIX);
            if (Files.exists(temp)) {
                if (Files.exists(target) && Files.isSameFile(temp, target)) {
                    // A crash between hard-linking the version into place and removing its temporary
                    // name (found by the outbox kill test): the version is named; drop the extra name.
                    Files.delete(temp);
                } else if (!commit(temp, target)) {
                    throw new IOException(target + " exists already: another writer bypassed the directory lock");
                }
            } else if (!Files.exists(target)) {
                throw new IOException("neither " + temp + " nor " + target + " exists: a version of an intent is lost");
            }
            syncDirectory(target.getParent());
        }
        Files.delete(intentFile);
        syncDirectory(intentFile.getParent());
    }

    private static void writeForced(Path file, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
    }

    /** Finishes the intents a crashed writer committed and removes those it never committed. */
    private void recoverPending() throws IOException {
        Path pending = root.resolve(PENDING);
        if (!Files.isDirectory(pending)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pending)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(INTENT_SUFFIX)) {
                    finish(file, Intent.decode(file));
                    LOG.info("finished {}, an append of several records that a crash interrupted", file);
                } else if (name.endsWith(KeyPaths.TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Replaces each named version's file whole: the redacted version is written to a forced temporary
     * file and renamed over the old one, so no file holds the old content afterwards (the file
     * system may keep the freed blocks until reused: encrypt the disk for more). The trace is then
     * written as {@code erasure-<n>.txt} in the record's directory.
     */
    @Override
    public void erase(RecordKey key, Map<Long, RecordDraft> redacted, Erasure erasure) {
        StoreArguments.erasure(key, redacted, erasure);
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            ReentrantLock keyLock = keyLocks.computeIfAbsent(key, k -> new ReentrantLock());
            keyLock.lock();
            try {
                StoredRecord newest = latest.get(key);
                long count = newest == null ? 0 : newest.version();
                for (Map.Entry<Long, RecordDraft> e : redacted.entrySet()) {
                    long v = e.getKey();
                    if (v < 1 || v > count) {
                        throw new NoSuchElementException(
                                "record " + key + " has no version " + v + " to erase (it has " + count + ")");
                    }
                    VersionInfo info = v == count ? VersionInfo.of(newest) : info(key, v);
                    if (!info.time().equals(e.getValue().time())) {
                        StoreArguments.redaction(
                                StoredRecord.of(
                                        key,
                                        v,
                                        RecordDraft.of(1, "text/plain", new byte[0], Set.of(), "x", info.time())),
                                e.getValue());
                    }
                }
                Path dir = KeyPaths.keyDirectory(root, key);
                for (Map.Entry<Long, RecordDraft> e : new java.util.TreeMap<>(redacted).entrySet()) {
                    StoredRecord record = StoredRecord.of(key, e.getKey(), e.getValue());
                    replace(
                            dir,
                            KeyPaths.fileName(record.version()),
                            record.version(),
                            RecordFileFormat.encode(record));
                    if (record.version() == count) {
                        latest.put(record);
                    }
                }
                long next = erasureFiles(dir).size() + 1L;
                replace(
                        dir,
                        ERASURE_PREFIX + String.format(java.util.Locale.ROOT, "%019d", next) + ".txt",
                        0,
                        ErasureTrace.encode(erasure));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot erase from " + key + " in " + root + ": " + e
                                + "; run the erasure again, it replaces whatever it had not",
                        e);
            } finally {
                keyLock.unlock();
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public List<Erasure> erasures(RecordKey key) {
        StoreArguments.key(key);
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            if (!latest.contains(key)) {
                return List.of();
            }
            List<Erasure> out = new ArrayList<>();
            for (Path file : erasureFiles(KeyPaths.keyDirectory(root, key))) {
                out.add(ErasureTrace.decode(file, key));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the erasures of " + key + " in " + root + ": " + e, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private static List<Path> erasureFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, ERASURE_PREFIX + "*.txt")) {
            all.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** Writes {@code bytes} as {@code name} in {@code dir} whole, replacing any file of that name. */
    private void replace(Path dir, String name, long version, byte[] bytes) throws IOException {
        Path temp = dir.resolve(KeyPaths.tempName(
                version, PID, Long.toHexString(ThreadLocalRandom.current().nextLong())));
        try {
            writeForced(temp, bytes);
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(temp);
        }
        syncDirectory(dir);
    }

    @Override
    public Optional<StoredRecord> latest(RecordKey key) {
        Objects.requireNonNull(key, "key");
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return Optional.ofNullable(latest.get(key));
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public List<StoredRecord> history(RecordKey key) {
        Objects.requireNonNull(key, "key");
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            StoredRecord newest = latest.get(key);
            if (newest == null) {
                return List.of();
            }
            Path dir = KeyPaths.keyDirectory(root, key);
            List<StoredRecord> history = new ArrayList<>();
            for (long v = 1; v < newest.version(); v++) {
                history.add(read(dir.resolve(KeyPaths.fileName(v)), key, v));
            }
            history.add(newest);
            return List.copyOf(history);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Reads the one file of that version (the latest from the cache), never the others. */
    @Override
    public Optional<StoredRecord> version(RecordKey key, long version) {
        StoreArguments.key(key);
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            StoredRecord newest = latest.get(key);
            if (newest == null || version < 1 || version > newest.version()) {
                return Optional.empty();
            }
            if (version == newest.version()) {
                return Optional.of(newest);
            }
            return Optional.of(
                    read(KeyPaths.keyDirectory(root, key).resolve(KeyPaths.fileName(version)), key, version));
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Reads the head of each listed version's file, never its payload. */
    @Override
    public List<VersionInfo> versions(RecordKey key, long after, int limit) {
        StoreArguments.key(key);
        StoreArguments.page(after, limit);
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            StoredRecord newest = latest.get(key);
            if (newest == null) {
                return List.of();
            }
            List<VersionInfo> page = new ArrayList<>();
            for (long v = after + 1; v <= newest.version() && page.size() < limit; v++) {
                page.add(v == newest.version() ? VersionInfo.of(newest) : info(key, v));
            }
            return List.copyOf(page);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Reads heads of files from the newest down until one is old enough, then that one file whole. */
    @Override
    public Optional<StoredRecord> asOf(RecordKey key, Instant instant) {
        StoreArguments.key(key);
        Objects.requireNonNull(instant, "instant");
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            StoredRecord newest = latest.get(key);
            if (newest == null) {
                return Optional.empty();
            }
            if (!newest.content().time().isAfter(instant)) {
                return Optional.of(newest);
            }
            Path dir = KeyPaths.keyDirectory(root, key);
            for (long v = newest.version() - 1; v >= 1; v--) {
                if (!info(key, v).time().isAfter(instant)) {
                    return Optional.of(read(dir.resolve(KeyPaths.fileName(v)), key, v));
                }
            }
            return Optional.empty();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private VersionInfo info(RecordKey key, long version) {
        Path file = KeyPaths.keyDirectory(root, key).resolve(KeyPaths.fileName(version));
        VersionInfo info;
        try {
            info = RecordFileFormat.decodeInfo(file, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        if (!info.key().equals(key)) {
            throw new UncheckedIOException(
                    new IOException("record file " + file + " holds " + info.key() + " but its place says " + key));
        }
        return info;
    }

    @Override
    public List<StoredRecord> find(String type, IndexTerm term) {
        RecordKey.checkType(type);
        Objects.requireNonNull(term, "term");
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return latest.find(type, term);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public List<RecordKey> keys(String type) {
        RecordKey.checkType(type);
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return latest.keys(type);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            latest.clear();
            directoryLock.ifPresent(held -> release(held, held.realRoot()));
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "FileRecordStore[" + root + (closed ? ", closed" : "") + "]";
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("record store " + root + " is closed");
        }
    }

    /**
     * Writes {@code record} under its version's name, never replacing a file already there.
     *
     * @return false when that version already exists (nothing was written)
     */
    private boolean write(StoredRecord record) {
        Path dir = KeyPaths.keyDirectory(root, record.key());
        Path target = dir.resolve(KeyPaths.fileName(record.version()));
        String token = Long.toHexString(ThreadLocalRandom.current().nextLong());
        Path temp = dir.resolve(KeyPaths.tempName(record.version(), PID, token));
        try {
            ensureDirectory(dir);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(RecordFileFormat.encode(record));
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            boolean committed = commit(temp, target);
            syncDirectory(dir);
            return committed;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(
                    "cannot write " + record.key() + " version " + record.version() + " to " + root + ": " + e, e);
        }
    }

    /**
     * Gives the whole, forced {@code temp} the name {@code target} unless that name exists.
     *
     * @return false when {@code target} exists; {@code temp} is gone either way
     */
    private boolean commit(Path temp, Path target) throws IOException {
        if (hardLinksSupported) {
            try {
                Files.createLink(target, temp);
                Files.delete(temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                Files.delete(temp);
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                LOG.debug("cannot hard-link in {} ({}); trying a move that refuses an existing file", root, e);
            }
        }
        try {
            // Without REPLACE_EXISTING (and without ATOMIC_MOVE, which would replace) the move refuses
            // an existing target; the rename itself is still atomic within one directory.
            Files.move(temp, target);
        } catch (FileAlreadyExistsException e) {
            Files.delete(temp);
            return false;
        }
        if (hardLinksSupported) {
            hardLinksSupported = false;
            LOG.warn("file system of {} has no hard links: relying on its lock alone to keep writers apart", root);
        }
        return true;
    }

    /** Reads the newest version of {@code key} from the disk into the cache; returns its number. */
    private long refresh(RecordKey key) {
        Path dir = KeyPaths.keyDirectory(root, key);
        long newest = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                newest = Math.max(newest, KeyPaths.versionOf(file.getFileName().toString()));
            }
            if (newest > 0) {
                latest.put(RecordFileFormat.decodeChecked(dir.resolve(KeyPaths.fileName(newest)), newest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e, e);
        }
        return newest;
    }

    private static StoredRecord read(Path file, RecordKey expectedKey, long expectedVersion) {
        StoredRecord record;
        try {
            record = RecordFileFormat.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("record file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (!record.key().equals(expectedKey) || record.version() != expectedVersion) {
            throw new UncheckedIOException(new IOException("record file " + file + " holds " + record.key()
                    + " version " + record.version() + " but its place says " + expectedKey + " version "
                    + expectedVersion));
        }
        return record;
    }

    private void load() throws IOException {
        recoverPending();
        Path records = root.resolve(KeyPaths.RECORDS);
        if (!Files.isDirectory(records)) {
            return;
        }
        try (DirectoryStream<Path> types = Files.newDirectoryStream(records)) {
            for (Path typeDir : types) {
                if (Files.isDirectory(typeDir)) {
                    loadType(typeDir);
                }
            }
        }
        LOG.debug("opened record store {} with {} records", root, latest.size());
    }

    private void loadType(Path typeDir) throws IOException {
        try (DirectoryStream<Path> keys = Files.newDirectoryStream(typeDir)) {
            for (Path keyDir : keys) {
                if (Files.isDirectory(keyDir)) {
                    loadKey(keyDir);
                }
            }
        }
    }

    private void loadKey(Path keyDir) throws IOException {
        long newest = 0;
        int count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(keyDir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(KeyPaths.TEMP_SUFFIX)) {
                    removeIfAbandoned(file, name);
                    continue;
                }
                long version = KeyPaths.versionOf(name);
                if (version > 0) {
                    newest = Math.max(newest, version);
                    count++;
                }
            }
        }
        if (newest == 0) {
            return;
        }
        if (count != newest) {
            throw new IOException("record directory " + keyDir + " holds " + count + " versions but its newest is "
                    + newest + "; versions are missing");
        }
        StoredRecord record = RecordFileFormat.decodeChecked(keyDir.resolve(KeyPaths.fileName(newest)), newest);
        if (!keyDir.equals(KeyPaths.keyDirectory(root, record.key()))) {
            throw new IOException("record file in " + keyDir + " holds " + record.key() + ", which belongs elsewhere");
        }
        latest.put(record);
    }

    private void ensureDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        ensureDirectory(parent);
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        // The new directory's entry lives in its parent: force the parent so it survives a crash.
        syncDirectory(parent);
    }

    private void syncDirectory(Path dir) {
        if (!directorySyncSupported) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; renames there are journaled instead.
            directorySyncSupported = false;
            LOG.warn("cannot force directory {} to disk on this platform ({}); relying on the file system", dir, e);
        }
    }

    /**
     * Removes a temporary file whose writer is gone: it belonged to a write that did not finish, so
     * its version was never appended. A file whose writer is alive may still be being written.
     */
    private static void removeIfAbandoned(Path file, String name) throws IOException {
        long owner = KeyPaths.ownerOf(name);
        if (owner >= 0
                && owner != PID
                && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
            LOG.debug("left {} alone: process {} that writes it is alive", file, owner);
            return;
        }
        Files.deleteIfExists(file);
        LOG.info("removed {}, left by a write that did not finish", file);
    }

    private static Path createDirectory(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create record store directory " + root + ": " + e, e);
        }
        return root;
    }

    private static void release(@Nullable DirectoryLock held, Path real) {
        if (held != null) {
            held.release();
        }
        HELD.remove(real);
    }

    private static UncheckedIOException locked(Path root, String byWhom) {
        String reason =
                "record store directory is in use " + byWhom + "; close that store first, or open another directory";
        return new UncheckedIOException(
                "cannot open record store directory " + root + ": " + reason,
                new FileSystemException(root.toString(), null, reason));
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing {} failed", channel, e);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("could not delete {}", file, e);
        }
    }

    /** The lock on a directory's {@value #LOCK_FILE}, held by this process. */
    private record DirectoryLock(Path realRoot, FileChannel channel, FileLock lock) {
        /**
         * Locks the directory's lock file and records this process in it.
         *
         * @throws UncheckedIOException naming the directory, and the holder where it can, when another
         *     process holds the lock
         */
        static DirectoryLock acquire(Path root, Path realRoot) throws IOException {
            Path lockPath = realRoot.resolve(LOCK_FILE);
            FileChannel channel = FileChannel.open(
                    lockPath, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // Code outside this class locked the file in this JVM; closing this channel would
                // release that lock, so the channel stays open.
                KEPT_OPEN.add(channel);
                throw locked(root, "by other code in this JVM (pid=" + PID + ")");
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
                throw e;
            }
            if (lock == null) {
                String holder = holder(channel);
                // This JVM holds no lock on the file (HELD said so), so closing releases nothing.
                closeQuietly(channel);
                throw locked(root, "by another process" + holder);
            }
            DirectoryLock held = new DirectoryLock(realRoot, channel, lock);
            try {
                String text = "pid=" + PID + " opened=" + Instant.now() + "\n";
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
            } catch (IOException | RuntimeException e) {
                held.release();
                throw e;
            }
            return held;
        }

        void release() {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("could not release the lock on {}: {}", realRoot, e.toString());
            }
            closeQuietly(channel);
        }

        /** Who holds the lock, as the holder wrote it in the file, read through {@code channel}. */
        private static String holder(FileChannel channel) {
            try {
                ByteBuffer buffer = ByteBuffer.allocate(256);
                int n = channel.read(buffer, 0);
                if (n <= 0) {
                    return "";
                }
                String text = new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
                // The file is the holder's to write; show it only when it is what a store writes.
                return text.matches("pid=\\d+ opened=[0-9TZ:.+-]+") ? " (" + text + ")" : "";
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
    }
}
