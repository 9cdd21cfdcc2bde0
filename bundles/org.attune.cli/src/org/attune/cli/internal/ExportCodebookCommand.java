package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.attune.cli.CliFailure;
import org.attune.exchange.CodebookExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export codebook <project> FILE [--format ...] [--examples N]}. */
@Command(name = "codebook", description = "Export the codebook as REFI-QDA (.qdc) or as a DOCX, HTML, Markdown, CSV or XLSX document.")
public class ExportCodebookCommand extends OnProject {
    @Mixin
    ExportPseudonyms pseudonyms;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "qdc, docx, html, md, csv or xlsx (default: from FILE's extension, else qdc).")
    String format;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "3", description = "Example quotes per code in documents (default: 3).")
    int examples;

    @Mixin
    Viewing viewing;


    record Result(Path file, String format, int codes) {
    }

    @Override
    public Integer call() {
        CodebookExport.Format chosen = format(format, file);
        if (examples < 0) {
            throw new CliFailure("--examples must be 0 or more");
        }
        return OpenProject.read(project, access, spec, pseudonyms, store -> {
            CodebookExport.write(store, file, chosen, examples, viewing.lens(store.project()), null);
            int codes = CodebookExport.entries(store, 0, null).size();
            Result result = new Result(file.toAbsolutePath(), chosen.name().toLowerCase(Locale.ROOT), codes);
            return output.done(result, String.format(Locale.ROOT, "Wrote %d codes as %s to %s", codes, result.format(), result.file()));
        });
    }

    static CodebookExport.Format format(String given, Path file) {
        String name = given;
        if (name == null) {
            String f = file.getFileName().toString();
            name = f.contains(".") ? f.substring(f.lastIndexOf('.') + 1) : "qdc";
            if (name.equalsIgnoreCase("markdown")) {
                name = "md";
            }
        }
        try {
            return CodebookExport.Format.of(name);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("unknown codebook format \"" + name + "\"; use qdc, docx, html, md, csv or xlsx");
        }
    }
}
