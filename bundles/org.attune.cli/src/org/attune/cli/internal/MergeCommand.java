package org.attune.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.attune.cli.Cli;
import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;
import org.attune.core.Printable;
import org.attune.exchange.merge.MergeReport;
import org.attune.exchange.merge.ProjectMerge;
import org.attune.store.OpenOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge <project> <other>}: another copy's work as one action; the report lists every element's outcome. */
@Command(name = "merge", description = "Merge another copy of the project (a project folder, or a .qdpx made from the same "
        + "transcripts) into this one as one undoable action: what is new is added with its coder and dates, nothing twice; "
        + "conflicts are listed and this project's version kept. Exit code 1 when there were conflicts.")
public class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<project>", description = "The project folder to merge into.")
    Path project;

    @Parameters(index = "1", paramLabel = "<other>", description = "The other copy: a project folder (opened read-only) or a .qdpx/.qde file.")
    Path other;

    @Option(names = "--dry-run", description = "Show what merging would do; change nothing.")
    boolean dryRun;

    @Mixin
    ProjectAccess access;

    @Mixin
    Output output;

    /**
     * Opens the project through {@link OpenProject} as every command that changes a project does: the rolling backup is
     * made before the merge changes anything, the passphrase options apply to both copies, failures are one line.
     */
    @Override
    public Integer call() {
        return OpenProject.run(project, access, !dryRun, open -> {
            // a folder may be an encrypted project and need its passphrase; a .qdpx is read as it is
            OpenOptions theirs = Files.isDirectory(other) ? access.toOpen(other) : OpenOptions.of(ProjectAccess.HOLDER);
            ProjectMerge merge = ProjectMerge.plan(open.store, other, theirs, null);
            if (!dryRun) {
                merge.apply(Runnable::run);
            }
            MergeReport report = merge.report();
            output.print(new Json(report, dryRun), text(report, dryRun));
            return report.count(MergeReport.Outcome.CONFLICT) == 0 ? Cli.OK : Cli.FAILED;
        });
    }

    record Json(Path from, boolean dryRun, long added, long updated, long matched, long skipped, long conflicts,
            List<MergeReport.Item> items) {
        Json(MergeReport r, boolean dryRun) {
            this(r.from(), dryRun, r.count(MergeReport.Outcome.ADDED), r.count(MergeReport.Outcome.UPDATED),
                    r.count(MergeReport.Outcome.MATCHED), r.count(MergeReport.Outcome.SKIPPED), r.count(MergeReport.Outcome.CONFLICT),
                    r.items());
        }
    }

    static String text(MergeReport r, boolean dryRun) {
        StringBuilder t = new StringBuilder();
        for (MergeReport.Outcome outcome : List.of(MergeReport.Outcome.ADDED, MergeReport.Outcome.UPDATED, MergeReport.Outcome.SKIPPED,
                MergeReport.Outcome.CONFLICT)) {
            for (MergeReport.Item i : r.of(outcome)) {
                t.append(String.format(Locale.ROOT, "%-9s %-16s %s%s%n", outcome.name().toLowerCase(Locale.ROOT), i.kind(),
                        Printable.of(i.name()), i.detail().isEmpty() ? "" : ": " + Printable.of(i.detail())));
            }
        }
        t.append(dryRun ? "Dry run, nothing changed: would be " : "Merged " + r.from().getFileName() + ": ").append(r.counts());
        return t.toString();
    }
}
