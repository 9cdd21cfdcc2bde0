package org.attune.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.attune.model.Source;
import org.attune.store.internal.OwnerOnly;
import org.attune.store.internal.SealedFiles;

/**
 * The one way to the files of a project's sources: the copies in {@code sources/} (documents, recordings, pictures,
 * e-mail attachments) and linked files outside the project. In an encrypted project the copies are kept encrypted
 * ({@link SealedFiles}: AES-256-GCM in chunks, under a key derived from the store key); every reader goes through
 * {@link #open} or {@link #read}, which decrypt in memory, and import writes through {@link #write}. In an unencrypted
 * project they are the plain files. A linked file (outside the project) is the researcher's own and is read as it is.
 */
public final class Originals {
    /** The hidden name a copy being encrypted in place is written to before it replaces the plaintext one. */
    static final String SEALING = ".sealing";
    /** The second name the plaintext of a copy being encrypted in place keeps until it is overwritten. */
    static final String PLAIN = ".plain";

    private final Path folder;
    /** Null: an unencrypted project. */
    private final byte[] key;
    /** Null: every copy is in the folder; else where a missing copy comes from (a team project's server). */
    private volatile Fetcher fetcher;

    /**
     * Brings the original of a source whose copy is not in the project folder from elsewhere (a team project's server),
     * when a reader first asks for it.
     */
    @FunctionalInterface
    public interface Fetcher {
        /**
         * Writes the original of {@code source} to {@code target} through {@code into} (encrypted in an encrypted project);
         * false when there is none to fetch.
         */
        boolean fetch(Source source, Path target, Originals into) throws IOException;
    }

    Originals(Path folder, byte[] key) {
        this.folder = folder;
        this.key = key;
    }

    /** Plain files outside any project (read as they are). */
    public static Originals plainFiles() {
        return new Originals(Path.of("").toAbsolutePath(), null);
    }

    /** Whether copies written into this project are encrypted. */
    public boolean encrypted() {
        return key != null;
    }

    /**
     * The file of {@code source} (in the project when copied, where it was linked otherwise), or null if it has none. A
     * copy missing from the folder is fetched first where a {@link #fetchMissingWith fetcher} is set.
     */
    public Path file(Source source) {
        String stored = source.getStoredPath();
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        Path path = Path.of(stored);
        if (path.isAbsolute()) {
            return path;
        }
        Path copy = folder.resolve(path).normalize();
        Fetcher from = fetcher;
        if (from != null && copy.startsWith(folder) && !Files.exists(copy)) {
            fetch(from, source, copy);
        }
        return copy;
    }

    /**
     * The copy of {@code source} kept in this project's folder, as it is there now: null when the source has no copy in
     * the folder (no file, a linked file, or one not fetched yet). Never fetches: a team project's working copy asks
     * this for the files it holds that the server may lack.
     */
    public Path localCopy(Source source) {
        String stored = source.getStoredPath();
        if (stored == null || stored.isEmpty() || Path.of(stored).isAbsolute()) {
            return null;
        }
        Path copy = folder.resolve(stored).normalize();
        return copy.startsWith(folder) && Files.isRegularFile(copy) ? copy : null;
    }

    /** Where copies missing from the folder come from (a team project's server); null: nowhere. */
    public void fetchMissingWith(Fetcher from) {
        this.fetcher = from;
    }

    /** Fetches into a hidden name, then renames: a reader never sees a part of a copy. A failure leaves it missing. */
    private synchronized void fetch(Fetcher from, Source source, Path copy) {
        if (Files.exists(copy)) {
            return; // another reader fetched it meanwhile
        }
        Path part = copy.resolveSibling("." + copy.getFileName() + ".fetching");
        try {
            Files.createDirectories(copy.getParent());
            if (from.fetch(source, part, this)) {
                OwnerOnly.file(part);
                Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            // as a file that is not there: every reader reports a missing file by its name
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // a leftover hidden part is fetched over next time
            }
        }
    }

    /** Whether the file of {@code source} is there. */
    public boolean exists(Source source) {
        Path file = file(source);
        return file != null && Files.isRegularFile(file);
    }

    /** The original bytes of {@code file}, seekable: decrypted as read when it is encrypted. */
    public SeekableByteChannel open(Path file) throws IOException {
        if (key != null && SealedFiles.isSealed(file)) {
            return SealedFiles.open(key, file);
        }
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    /** The original bytes of {@code file} as a stream. */
    public InputStream read(Path file) throws IOException {
        return Channels.newInputStream(open(file));
    }

    /** The original bytes of {@code file}, whole (for small files: pictures, documents). */
    public byte[] readAllBytes(Path file) throws IOException {
        try (InputStream in = read(file)) {
            return in.readAllBytes();
        }
    }

    /** The length of the original (not of its encrypted form). */
    public long size(Path file) throws IOException {
        try (SeekableByteChannel channel = open(file)) {
            return channel.size();
        }
    }

    /** Copies the original bytes of {@code file} to {@code out}. */
    public void copy(Path file, OutputStream out) throws IOException {
        try (InputStream in = read(file)) {
            in.transferTo(out);
        }
    }

    /**
     * Writes {@code in} to {@code target} as this project keeps copies (encrypted in an encrypted project), replacing
     * what is there; the caller forces and names it. Returns the original's length.
     */
    public long write(InputStream in, Path target) throws IOException {
        if (key == null) {
            return Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            return SealedFiles.seal(key, in, out);
        }
    }

    /** Whether {@code file} is kept encrypted. */
    public static boolean isEncrypted(Path file) throws IOException {
        return SealedFiles.isSealed(file);
    }

    /**
     * The originals an encrypted project still holds in plaintext inside its folder: copies in {@code sources/} made
     * before copies were encrypted (or unpacked from a {@code .qdpx} then), and files of {@code sources} linked from
     * inside the project folder (an older sample project's recording); none in an unencrypted project. A file linked
     * from outside the project is the researcher's own and is never changed.
     */
    public List<Path> plaintextCopies(Collection<? extends Source> sources) throws IOException {
        Set<Path> plain = new LinkedHashSet<>();
        Path dir = folder.resolve(ProjectStore.SOURCES_DIR);
        if (key == null) {
            return List.of();
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    // a .plain second name left by a killed run is listed too, so that encryptInPlace runs and overwrites it
                    if (Files.isRegularFile(file) && !isHidden(file, SEALING) && !SealedFiles.isSealed(file)) {
                        plain.add(file);
                    }
                }
            }
        }
        for (Source source : sources) {
            Path file = file(source);
            if (file != null && file.startsWith(folder) && Files.isRegularFile(file) && !SealedFiles.isSealed(file)) {
                plain.add(file);
            }
        }
        return new ArrayList<>(plain);
    }

    /**
     * Encrypts {@code files} (of {@link #plaintextCopies}) in place, each written anew under a hidden name
     * ({@code .NAME.sealing}), forced to disk, renamed over the plaintext one, and the folder forced: a process stopped
     * at any point leaves each file whole, encrypted or not yet, and the next call goes on. The plaintext's bytes are
     * then overwritten ({@link Overwrite}), not merely unlinked: before the rename it gets a second name
     * ({@code .NAME.plain}, a hard link), which is zeroed and deleted once the encrypted copy is in place (where the
     * file system has no hard links, the plaintext is only unlinked). {@code done} hears how many are encrypted so far;
     * {@code cancelled} is asked between files. Returns how many were encrypted.
     */
    public int encryptInPlace(List<Path> files, IntConsumer done, BooleanSupplier cancelled) throws IOException {
        if (key == null) {
            return 0;
        }
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(folder.resolve(ProjectStore.SOURCES_DIR));
        files.forEach(f -> folders.add(f.getParent()));
        for (Path dir : folders) {
            settleCutOff(dir);
        }
        int count = 0;
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            if (!Files.isRegularFile(file) || isHidden(file, PLAIN) || SealedFiles.isSealed(file)) {
                continue; // a second name settleCutOff kept is the only copy of an original moved away: not ours
            }
            Path sealing = hidden(file, SEALING);
            try (InputStream in = Files.newInputStream(file)) {
                write(in, sealing);
            }
            try (FileChannel channel = FileChannel.open(sealing, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            OwnerOnly.file(sealing);
            Path plain = hidden(file, PLAIN);
            boolean linked = link(plain, file);
            Files.move(sealing, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PendingFile.forceFolder(file.getParent());
            if (linked) {
                Overwrite.delete(plain);
            }
            done.accept(++count);
        }
        return count;
    }

    private static Path hidden(Path file, String suffix) {
        return file.resolveSibling("." + file.getFileName() + suffix);
    }

    /** Gives {@code file} the second name {@code link}; false where the file system has no hard links. */
    private static boolean link(Path link, Path file) throws IOException {
        Files.deleteIfExists(link);
        try {
            Files.createLink(link, file);
            return true;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            return false;
        }
    }

    /**
     * What an encryption in place cut off left in {@code dir}: a {@code .sealing} copy is deleted (its plaintext file
     * is still whole beside it); a {@code .plain} second name of a file already encrypted is the old plaintext, zeroed
     * and deleted; one of a file not yet encrypted is that very file, only unlinked.
     */
    private static void settleCutOff(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path left : files.filter(f -> isHidden(f, SEALING) || isHidden(f, PLAIN)).toList()) {
                String name = left.getFileName().toString();
                Path file = left.resolveSibling(name.substring(1, name.lastIndexOf('.')));
                if (!isHidden(left, PLAIN) || Files.exists(file) && Files.isSameFile(left, file)) {
                    Files.deleteIfExists(left);
                } else if (Files.isRegularFile(file) && SealedFiles.isSealed(file)) {
                    Overwrite.delete(left);
                } // else the only copy of an original the user moved away: left alone
            }
        }
    }

    private static boolean isHidden(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(suffix);
    }
}
