package org.attune.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attune.cli.Cli;
import org.attune.core.Printable;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import <project> <files or folders>...}: exit code 1 when any file could not be imported. */
@Command(name = "import", description = "Import transcripts, documents, subtitles, ELAN files, audio, video and pictures.")
public class ImportCommand extends OnProject {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<file or folder>", description = "What to import; folders are walked.")
    List<Path> inputs;

    @Option(names = "--link", description = "Link the files where they are instead of copying them into the project.")
    boolean link;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "en", description = "Language of the material (default: en).")
    String language;

    @Option(names = "--size-limit-mb", paramLabel = "MB", description = "Refuse files larger than this (default: 4096).")
    Long sizeLimitMb;

    @Option(names = "--case", paramLabel = "NAME", description = "Assign every imported source to this case (participant), created if new.")
    String caseName;

    @Option(names = "--no-media-link", description = "Do not link transcripts to recordings of the same name.")
    boolean noMediaLink;

    @Option(names = "--case-for-sender", paramLabel = "SENDER=CASE", description = "Put the e-mails of this sender "
            + "(address or name) in this case, created if new; may be given more than once.")
    Map<String, String> senderCases = new LinkedHashMap<>();

    @Option(names = "--split-headings", description = "Split documents (case notes, forms) into parts at their headings: "
            + "a docx's heading paragraphs and lines such as 'Reason for referral:'.")
    boolean splitHeadings;

    /** A sender of imported e-mails in no case, with the cases it may be. */
    record Sender(String sender, String address, int messages, List<String> candidates) {
    }

    record Summary(Path project, long imported, long skipped, long failed, boolean cancelled, List<ImportOutcome> files,
            List<Sender> sendersWithoutCase) {
    }

    @Override
    public Integer call() {
        ImportOptions options = new ImportOptions(!link, language,
                sizeLimitMb == null ? ImportOptions.DEFAULT_SIZE_LIMIT : sizeLimitMb * 1024 * 1024, !noMediaLink, caseName,
                senderCases, splitHeadings);
        PrintWriter err = spec.commandLine().getErr();
        return change(open -> {
            ImportReport report = new Importer(open.store, options).importAll(inputs, new ImportProgress() {
                private int total;

                @Override
                public void begin(int files) {
                    total = files;
                }

                @Override
                public void starting(Path file, int index) {
                    err.printf("[%d/%d] %s%n", index + 1, total, Printable.of(file.getFileName().toString()));
                    err.flush();
                }
            });
            List<Sender> senders = SourcesCommand.senders(open.store.project());
            Summary summary = new Summary(project.toAbsolutePath(), report.count(ImportOutcome.Status.IMPORTED),
                    report.count(ImportOutcome.Status.SKIPPED), report.count(ImportOutcome.Status.FAILED), report.cancelled(),
                    report.outcomes(), senders);
            output.print(summary, table(report) + SourcesCommand.sendersText(senders) + String.format(Locale.ROOT, "%d imported, %d skipped, %d failed",
                    summary.imported(), summary.skipped(), summary.failed()));
            return summary.failed() > 0 ? Cli.FAILED : Cli.OK;
        });
    }

    private static String table(ImportReport report) {
        int width = report.outcomes().stream().mapToInt(o -> name(o).length()).max().orElse(4);
        StringBuilder text = new StringBuilder();
        for (ImportOutcome o : report.outcomes()) {
            text.append(String.format(Locale.ROOT, "%-8s  %-9s  %-" + width + "s  %s%n", o.status(), o.kind(),
                    name(o), Printable.of(o.detail())));
        }
        return text.toString();
    }

    /** A name with a line break in it would split the table: controls are shown escaped. */
    private static String name(ImportOutcome o) {
        return Printable.of(o.file().getFileName().toString());
    }
}
