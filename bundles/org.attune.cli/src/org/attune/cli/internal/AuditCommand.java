package org.attune.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.core.Counted;
import org.attune.exchange.AuditExport;
import org.attune.store.AuditEntry;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audit}: the project's audit log (#20), newest first, filtered by time, user and element; as text, JSON or CSV. */
@Command(name = "audit", description = "List the project's audit log: who did what and when, newest first.")
public class AuditCommand extends OnProject {
    @Option(names = "--since", paramLabel = "WHEN", description = "Only actions since this day or time "
            + "(2026-12-01, 2026-12-01T14:30 or 2026-12-01T14:30:00Z).")
    String since;

    @Option(names = "--user", paramLabel = "USER", description = "Only actions of this user.")
    String user;

    @Option(names = "--element", paramLabel = "TEXT", description = "Only actions on an element whose name, kind or id "
            + "holds this text (or whose summary does).")
    String element;

    @Option(names = "--csv", description = "Print the entries as CSV.")
    boolean csv;

    @Mixin
    ExportPseudonyms pseudonyms;

    record Result(Path project, int count, List<AuditEntry> entries) {
    }

    @Override
    public Integer call() {
        if (csv && output.isJson()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --json or --csv, not both");
        }
        Instant from;
        try {
            from = AuditExport.since(since);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--since: " + e.getMessage());
        }
        return OpenProject.read(project, access, spec, pseudonyms, store -> {
            List<AuditEntry> entries = store.audit(from, user, element);
            if (csv) {
                StringWriter text = new StringWriter();
                try {
                    AuditExport.csv(entries, text);
                } catch (IOException e) {
                    throw new IllegalStateException(e); // a StringWriter does not fail
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(text);
                out.flush();
                return Cli.OK;
            }
            String table = entries.isEmpty() ? "" : CodingText.table(List.of("#", "TIME", "USER", "KIND", "SUMMARY", "ELEMENTS"),
                    entries.stream().map(e -> List.of(String.valueOf(e.number()), e.time().toString(),
                            e.user() == null ? "-" : e.user(), e.kind(), CodingText.abbreviate(e.summary(), 60),
                            CodingText.abbreviate(e.elementsText(), 50))).toList());
            return output.done(new Result(project.toAbsolutePath().normalize(), entries.size(), entries),
                    table + Counted.of(entries.size(), "entry", "entries"));
        });
    }
}
