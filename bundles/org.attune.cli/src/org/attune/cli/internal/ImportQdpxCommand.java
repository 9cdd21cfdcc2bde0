package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.attune.core.Printable;
import org.attune.exchange.ImportSummary;
import org.attune.exchange.QdaImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import-qdpx <project> FILE}: one action; a summary per element type. */
@Command(name = "import-qdpx", description = "Import a REFI-QDA project (.qdpx, .qde) or codebook (.qdc) into a project, all or nothing.")
public class ImportQdpxCommand extends OnProject {
    @Parameters(index = "1", paramLabel = "FILE", description = "A .qdpx, .qde or .qdc file.")
    Path file;

    @Override
    public Integer call() {
        return change(open -> {
            ImportSummary summary = new QdaImport(open.store).importFile(file, null);
            return output.done(new Json(summary), text(summary));
        });
    }

    /** The summary without the id map (long, and of use to programs only through the API). */
    record Json(Path file, String format, String origin, java.util.Map<String, ImportSummary.Counts> elements, java.util.List<String> notes) {
        Json(ImportSummary s) {
            this(s.file().toAbsolutePath(), s.format(), s.origin(), s.elements(), s.notes());
        }
    }

    static String text(ImportSummary s) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "Imported %s (%s%s)%n", s.file().getFileName(), s.format(),
                s.origin() == null ? "" : ", from " + s.origin()));
        t.append(String.format(Locale.ROOT, "%-18s %8s %8s%n", "element", "imported", "skipped"));
        s.elements().forEach((type, c) -> t.append(String.format(Locale.ROOT, "%-18s %8d %8d%n", type, c.imported(), c.skipped())));
        // reasons and notes quote names from the file: a line break in one must not split the report
        s.elements().forEach((type, c) -> c.reasons().forEach(r -> t.append("skipped ").append(type).append(": ").append(Printable.of(r)).append('\n')));
        s.notes().forEach(n -> t.append("note: ").append(Printable.of(n)).append('\n'));
        return t.toString().stripTrailing();
    }
}
