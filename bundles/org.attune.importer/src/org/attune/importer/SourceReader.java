package org.attune.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.attune.core.IoProblems;
import org.attune.importer.ImportOutcome.Status;
import org.attune.importer.TypeDetection.DetectedType;
import org.attune.importer.TypeDetection.Kind;
import org.attune.importer.text.DocumentReader;
import org.attune.model.Source;
import org.attune.model.StorageMode;
import org.attune.store.ContentHash;
import org.attune.store.ProjectStore;
import org.attune.store.TextContent;

/**
 * Turns one file into a {@link Prepared} source on a reading thread: its hash, its type, the source its builder
 * makes, the details of the import, its copy begun and its text encoded for the store. Never throws for a bad file.
 */
final class SourceReader {
    static final int MAX_CHARACTERS = 50_000_000;
    /** A file to copy up to this size is read once for its hash and its copy (at most this much per reading thread). */
    static final long READ_ONCE_BYTES = 8L << 20;

    private final ProjectStore store;
    private final ImportOptions options;
    private final Copies copies;
    /** The name of the source already imported with this content (hash), or null. */
    private final Function<String, String> twin;
    private final TikaConfig tika;
    private final DocumentReader reader;
    private final TypeDetection types;

    SourceReader(ProjectStore store, ImportOptions options, Copies copies, Function<String, String> twin, TikaConfig tika) {
        this.tika = tika;
        this.reader = new DocumentReader(tika, MAX_CHARACTERS);
        this.types = new TypeDetection(tika);
        this.store = store;
        this.options = options;
        this.copies = copies;
        this.twin = twin;
    }

    Prepared prepare(Path file) {
        return prepare(file, null);
    }

    /**
     * @param held the file's bytes when they are held in memory only (an e-mail attachment in an encrypted project),
     *        else null: then {@code file} only names it, nothing reads or writes it on disk, its copy is encrypted as
     *        written and Tika parses it from memory ({@link HeldContainers}), FFmpeg reads it through a loopback stream;
     *        a document, recording or picture is imported so (subtitles and ELAN files are read from a file only)
     */
    Prepared prepare(Path file, byte[] held) {
        Path copied = null;
        String kind = TypeDetection.extension(file);
        String detail = "";
        try {
            long size = held != null ? checkSize(held.length) : checkSize(file);
            boolean copying = options.copy() || held != null; // encrypted as copied in an encrypted project (Originals)
            // a file to copy that is small enough is read once: its hash and its copy are made from the same bytes (the
            // copy is then exactly what the hash names); a larger one is read for the hash, and again for the copy
            byte[] content = held != null ? held : copying && size <= READ_ONCE_BYTES ? Files.readAllBytes(file) : null;
            String hash = content == null ? ContentHash.sha256(file) : ContentHash.sha256(content);
            String known = twin.apply(hash);
            if (known != null) {
                throw new ImportProblem(Status.SKIPPED, "it has the same content as \"" + known + "\", imported already");
            }
            DetectedType detected;
            SourceBuilder.Built built;
            // one stream for detecting and parsing: Tika keeps the zip container it opened to detect a docx for the parser
            try (TikaInputStream in = held != null ? HeldContainers.open(held) : TikaInputStream.get(file)) {
                detected = types.detect(file, in);
                Kind what = TypeDetection.classify(file, detected.mediaType());
                kind = what.name().toLowerCase(Locale.ROOT);
                if (held != null && (what == Kind.SUBTITLES || what == Kind.ELAN)) {
                    throw new ImportProblem(Status.SKIPPED, "not imported: in an encrypted project only documents, recordings and"
                            + " pictures are read without an unencrypted copy on disk, and this is " + detected.mediaType() + "; "
                            + Importer.STAYS_IN_MAIL);
                }
                built = SourceBuilder.of(what, reader, tika, options, held).build(file, in, detected);
            }
            Source source = built.source(); // not in the project yet: this thread may fill it
            source.setName(baseName(file));
            source.setLanguage(options.language());
            source.setOriginalPath(file.toAbsolutePath().toString());
            source.setContentHash(hash);
            source.setImportedAt(Date.from(Instant.now()));
            source.getImportMetadata().put("mediaType", detected.mediaType());
            source.getImportMetadata().put("bytes", Long.toString(size));
            if (detected.note() != null) {
                source.getImportMetadata().put("note", detected.note());
            }
            if (copying) {
                copied = copies.start(file, hash, content);
                source.setStorage(StorageMode.COPIED);
                source.setStoredPath(store.folder().relativize(copied).toString().replace('\\', '/'));
            } else {
                source.setStorage(StorageMode.LINKED);
                source.setStoredPath(linkPath(file));
            }
            detail = built.detail() + (detected.note() == null ? "" : "; " + detected.note()) + detail;
            // encoded here, on a reading thread, so that the action only copies the stored bytes
            TextContent text = built.text() == null ? null : TextContent.of(built.text());
            return new Prepared(file, kind, source, text, hash, detail, copied, null);
        } catch (ImportProblem e) {
            copies.delete(copied);
            return Prepared.failed(new ImportOutcome(file, e.status, kind, e.getMessage()));
        } catch (IOException e) {
            copies.delete(copied);
            return Prepared.failed(new ImportOutcome(file, Status.FAILED, kind, "cannot be read (" + IoProblems.reason(e) + ")"));
        } catch (RuntimeException e) {
            copies.delete(copied);
            return Prepared.failed(new ImportOutcome(file, Status.FAILED, kind, Importer.unexpected(file, e)));
        }
    }

    private long checkSize(Path file) throws IOException, ImportProblem {
        if (!Files.isRegularFile(file)) {
            throw new ImportProblem(Status.FAILED, Files.exists(file) ? "it is not a regular file" : "there is no such file");
        }
        return checkSize(Files.size(file));
    }

    private long checkSize(long size) throws ImportProblem {
        if (size == 0) {
            throw new ImportProblem(Status.FAILED, "the file is empty");
        }
        if (size > options.sizeLimitBytes()) {
            throw new ImportProblem(Status.FAILED, String.format(Locale.ROOT,
                    "it is %,d MB, more than the import limit of %,d MB (a preference)", size >> 20, options.sizeLimitBytes() >> 20));
        }
        return size;
    }

    private String linkPath(Path file) {
        try {
            return store.folder().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toAbsolutePath().toString(); // another drive: only an absolute path can reach it
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
