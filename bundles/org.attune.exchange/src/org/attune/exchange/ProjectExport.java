package org.attune.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.attune.core.Attune;
import org.attune.exchange.internal.ModelJson;
import org.attune.exchange.internal.QdeWriter;
import org.attune.exchange.internal.SecureXml;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.PendingFile;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.w3c.dom.Document;

import com.google.gson.GsonBuilder;

/**
 * Exports a whole project as a REFI-QDA project archive (.qdpx): {@code project.qde} (QDA-XML 1.0), the texts and
 * media under {@code sources/}, and Attune's extension {@code attune/model.json} with what QDA-XML has no place
 * for. The archive is written to a temporary file and moved into place, so a failed or cancelled export leaves
 * no partial file.
 */
public final class ProjectExport {
    public static final String PROJECT_ENTRY = "project.qde";
    public static final String SOURCES = "sources/";

    /** What was written. */
    public record Result(Path file, int sources, int codes, int codings, int memos, int ratingSheets, List<String> warnings) {
    }

    private ProjectExport() {
    }

    public static String origin() {
        return Attune.NAME + " " + Attune.version();
    }

    public static Result write(ProjectStore store, Path target, IProgressMonitor monitor) throws ExchangeException {
        return write(store, target, c -> true, monitor);
    }

    /**
     * Writes the project with only the codings {@code shown} lets through (a {@code CodingLens}: under blind coding,
     * what the exporting user may see).
     */
    public static Result write(ProjectStore store, Path target, java.util.function.Predicate<org.attune.model.Coding> shown,
            IProgressMonitor monitor) throws ExchangeException {
        Project project = store.project();
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + target.getFileName(), project.getSources().size() * 2 + 3);
        int codings = 0;
        Map<String, String> extensions = new HashMap<>();
        Map<String, Path> mediaFiles = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Source source : project.getSources()) {
            checkCancelled(progress);
            store.load(source);
            codings += (int) source.getCodings().stream().filter(shown).count();
            if (!(source instanceof TextSource)) {
                Path file = mediaFile(store, source);
                if (file != null && Files.isRegularFile(file)) {
                    mediaFiles.put(source.getId(), file);
                    extensions.put(source.getId(), extension(file));
                } else {
                    warnings.add("the file of \"" + source.getName() + "\" (" + source.getStoredPath() + ") is missing; the archive has the source without it");
                }
            }
            progress.worked(1);
        }
        QdeWriter writer = new QdeWriter(project, origin(), extensions, shown);
        Document qde = writer.write();
        warnings.addAll(writer.warnings());
        progress.worked(1);
        try (PendingFile pending = store.writingExport(target)) {
            Files.createDirectories(pending.target().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(pending.partial()))) {
                zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
                SecureXml.write(qde, unclosable(zip));
                zip.closeEntry();
                for (QdeWriter.SourceFile file : writer.files()) {
                    checkCancelled(progress);
                    if (file.source() instanceof TextSource text) {
                        zip.putNextEntry(new ZipEntry(SOURCES + file.name()));
                        String content = store.text(text);
                        zip.write((content == null ? "" : content).getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    } else if (mediaFiles.containsKey(file.source().getId())) {
                        zip.putNextEntry(new ZipEntry(SOURCES + file.name()));
                        try (InputStream in = store.originals().read(mediaFiles.get(file.source().getId()))) { // the original, decrypted
                            in.transferTo(zip);
                        }
                        zip.closeEntry();
                    }
                    progress.worked(1);
                }
                for (QdeWriter.NoteFile note : writer.noteFiles()) {
                    zip.putNextEntry(new ZipEntry(SOURCES + note.name()));
                    zip.write(note.text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(ModelJson.ENTRY));
                zip.write(new GsonBuilder().disableHtmlEscaping().create().toJson(ModelJson.encode(project, Attune.version(), shown))
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            pending.finish();
        } catch (IOException e) {
            throw new ExchangeException(target, "cannot be written (" + e.getMessage() + ")", e);
        }
        progress.done();
        return new Result(target, project.getSources().size(), countCodes(project), codings, project.getMemos().size(),
                project.getRatingSheets().size(), List.copyOf(warnings));
    }

    static void checkCancelled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The file of a media or picture source: in the project (copied) or where it was linked. */
    static Path mediaFile(ProjectStore store, Source source) {
        return store.originals().file(source);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    static int countCodes(Project project) {
        int[] n = {0};
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof org.attune.model.Code) {
                n[0]++;
            }
        });
        return n[0];
    }

    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
