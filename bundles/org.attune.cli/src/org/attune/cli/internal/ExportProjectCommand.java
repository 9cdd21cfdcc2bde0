package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.attune.exchange.ProjectExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code export project <project> FILE.qdpx}. */
@Command(name = "project", description = "Export the whole project as a REFI-QDA project archive (.qdpx).")
public class ExportProjectCommand extends OnProject {
    @Mixin
    ExportPseudonyms pseudonyms;

    @Parameters(index = "1", paramLabel = "FILE.qdpx", description = "The archive to write.")
    Path file;

    @Mixin
    Viewing viewing;

    @Override
    public Integer call() {
        return OpenProject.read(project, access, spec, pseudonyms, store -> {
            ProjectExport.Result result = ProjectExport.write(store, file, viewing.lens(store.project()), null);
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "Wrote %s: %d sources, %d codes, %d codings, %d memos, %d rating sheets", result.file().toAbsolutePath(),
                    result.sources(), result.codes(), result.codings(), result.memos(), result.ratingSheets()));
            result.warnings().forEach(w -> text.append("\nwarning: ").append(w));
            return output.done(result, text.toString());
        });
    }
}
