package org.attune.store.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.attune.store.LockUnavailableException;
import org.attune.store.ProjectLockedException;
import org.attune.store.StoreException;

/**
 * One writer per project: an operating-system lock on {@value #FILE_NAME}, whose content names the holder.
 * The OS releases the lock when its process ends, however it ends, so a lock left by a crash is stale
 * and is taken over (and its old holder text replaced) by the next opener.
 */
public final class ProjectLock implements AutoCloseable {
    public static final String FILE_NAME = "project.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final boolean recoveredStale;

    private ProjectLock(FileChannel channel, FileLock lock, boolean recoveredStale) {
        this.channel = channel;
        this.lock = lock;
        this.recoveredStale = recoveredStale;
    }

    public static ProjectLock acquire(Path folder, String program) throws StoreException {
        return acquire(folder, program, false);
    }

    /**
     * The lock of a writer; with {@code readOnly}, where the lock file cannot be written (a read-only medium), a shared
     * lock on it instead (refused while a writer holds it), or none when there is no lock file (no writer ever was).
     */
    public static ProjectLock acquire(Path folder, String program, boolean readOnly) throws StoreException {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
                if (!readOnly) {
                    throw new LockUnavailableException(folder, reason, e);
                }
                return Files.exists(file) ? shared(folder, file) : new ProjectLock(null, null, false);
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                throw refused(folder, channel);
            }
            boolean stale = channel.size() > 0;
            name(channel, program);
            return new ProjectLock(channel, lock, stale);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(folder, "cannot lock the project (" + e.getMessage() + ")", e);
        }
    }

    /** A reader's lock on a lock file it cannot write: refused while a writer holds the file. */
    private static ProjectLock shared(Path folder, Path file) throws IOException, StoreException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, true);
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw refused(folder, channel);
        }
        return new ProjectLock(channel, lock, false);
    }

    /** The refusal naming the holder written in the lock file, which is closed. */
    private static ProjectLockedException refused(Path folder, FileChannel channel) throws IOException {
        String holder = read(channel);
        channel.close();
        return new ProjectLockedException(folder, holder.isBlank() ? "another Attune" : holder);
    }

    /**
     * Writes who holds the lock into the lock file. The lock itself is the operating system's: when the holder's
     * name cannot be written (a full disk), the project is still locked, and a second opener is told "another Attune".
     */
    private static void name(FileChannel channel, String program) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describe(program).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException e) {
            // see above
        }
    }

    /** True when the previous holder ended without closing the project (a crash); its lock was taken over. */
    public boolean recoveredStale() {
        return recoveredStale;
    }

    static String describe(String program) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return program + " (user " + System.getProperty("user.name") + ", host " + host + ", process "
                + ProcessHandle.current().pid() + ", since " + Instant.now() + ")";
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() {
        if (channel == null) {
            return; // a reader of a project that has no lock file
        }
        try {
            if (!lock.isShared()) {
                channel.truncate(0);
            }
            lock.release();
        } catch (IOException e) {
            // the channel is closed below; the OS drops the lock anyway
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
