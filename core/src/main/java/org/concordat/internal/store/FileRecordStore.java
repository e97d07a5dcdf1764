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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RecordStore} in one directory, one file per record version (layout in {@link KeyPaths},
 * bytes in {@link RecordFileFormat}).
 *
 * <p>Each version is written to a temporary file in the record's directory, forced to disk, renamed
 * into place atomically and the directory forced too, so after a crash a version is either whole
 * or absent; leftover temporary files are deleted on the next open. An exclusive lock on {@code
 * concordat-store.lock} keeps a second store, in this JVM or another process, out of the directory
 * while this one is open; because no one else can write, the latest version of every record is
 * cached in memory and reads of the latest need no disk access.
 */
public final class FileRecordStore implements RecordStore {
    static final String LOCK_FILE = "concordat-store.lock";

    private static final Logger LOG = LoggerFactory.getLogger(FileRecordStore.class);

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<RecordKey, StoredRecord> latest = new ConcurrentHashMap<>();
    private final Map<RecordKey, ReentrantLock> keyLocks = new ConcurrentHashMap<>();
    // Operations hold the read lock for their whole run; close takes the write lock, so it waits
    // for appends in flight instead of releasing the directory lock under them.
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;
    private volatile boolean directorySyncSupported = true;

    private FileRecordStore(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the store in {@code directory}, creating it when missing, and loads the latest version of
     * every record.
     *
     * @throws UncheckedIOException when the directory is locked by another open store (the message
     *     names the directory and, where it can, the holder's process id), cannot be created, or holds
     *     a damaged record file
     */
    public static FileRecordStore open(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create record store directory " + root + ": " + e, e);
        }
        Path lockPath = root.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    lockPath, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                throw locked(root, "by another FileRecordStore in this JVM");
            }
            if (lock == null) {
                throw locked(root, "by another process" + holder(lockPath));
            }
            FileRecordStore store = new FileRecordStore(root, channel, lock);
            store.recordHolder();
            store.load();
            return store;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot open record store directory " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The directory this store keeps its records in. */
    public Path directory() {
        return root;
    }

    @Override
    public long append(RecordKey key, long expectedVersion, RecordDraft draft) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(draft, "draft");
        Stores.checkExpectedVersion(expectedVersion);
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
                write(record);
                latest.put(key, record);
                return record.version();
            } finally {
                keyLock.unlock();
            }
        } finally {
            lifecycle.readLock().unlock();
        }
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

    @Override
    public List<StoredRecord> find(String type, IndexTerm term) {
        RecordKey.checkType(type);
        Objects.requireNonNull(term, "term");
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return latest.values().stream()
                    .filter(r -> r.key().type().equals(type) && r.hasIndexTerm(term))
                    .sorted(Stores.BY_KEY)
                    .toList();
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
            return latest.keySet().stream()
                    .filter(k -> k.type().equals(type))
                    .sorted()
                    .toList();
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
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("could not release the lock on {}: {}", root, e.toString());
            }
            closeQuietly(lockChannel);
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

    private void write(StoredRecord record) {
        Path dir = KeyPaths.keyDirectory(root, record.key());
        String name = KeyPaths.fileName(record.version());
        Path target = dir.resolve(name);
        Path temp = dir.resolve(
                name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + KeyPaths.TEMP_SUFFIX);
        try {
            ensureDirectory(dir);
            if (Files.exists(target)) {
                throw new IllegalStateException("record store " + root + " already holds " + target
                        + " although its index says version " + (record.version() - 1)
                        + " is the latest; was the directory changed by hand?");
            }
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(RecordFileFormat.encode(record));
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(
                    "cannot write " + record.key() + " version " + record.version() + " to " + root + ": " + e, e);
        }
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
                    // A write interrupted before its rename: the version was never appended.
                    Files.deleteIfExists(file);
                    LOG.info("removed {}, left by a write that did not finish", file);
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
        latest.put(record.key(), record);
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

    private void recordHolder() throws IOException {
        String holder = "pid=" + ProcessHandle.current().pid() + " opened=" + Instant.now() + "\n";
        lockChannel.truncate(0);
        lockChannel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static String holder(Path lockPath) {
        try {
            String text = Files.readString(lockPath, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : " (" + text + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
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
}
