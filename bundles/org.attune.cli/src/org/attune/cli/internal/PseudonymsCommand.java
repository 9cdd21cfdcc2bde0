package org.attune.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.cli.ProjectAccess;
import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.coding.pseudonyms.NameSuggestions;
import org.attune.coding.pseudonyms.Pseudonymise;
import org.attune.core.Counted;
import org.attune.core.IoProblems;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pseudonyms list|add|remove|suggest|apply|export|import}: the project's key table of real names and pseudonyms
 * (kept encrypted in pseudonyms.key under its own passphrase) and applying it to the project (#20, docs/sensitive-data.md).
 */
@Command(name = "pseudonyms", description = "The key table of real names and pseudonyms (encrypted under its own passphrase: "
        + "--key-passphrase-file or $" + KeyPassphrase.VARIABLE + "), name suggestions from the texts, and replacing "
        + "the real names throughout the project.",
        subcommands = {PseudonymsCommand.ListNames.class, PseudonymsCommand.Add.class, PseudonymsCommand.Remove.class,
                PseudonymsCommand.Suggest.class, PseudonymsCommand.Apply.class, PseudonymsCommand.Export.class,
                PseudonymsCommand.Import.class})
public class PseudonymsCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: list, add, remove, suggest, apply, export or import");
    }

    record Row(String real, String pseudonym, String origin) {
        static Row of(KeyTable.Entry e) {
            return new Row(e.real(), e.pseudonym(), e.origin().label());
        }
    }

    record TableResult(Path project, int count, List<Row> names, int rejected, String change) {
    }

    /** What every subcommand takes: the key table's passphrase, and reading and writing the table. */
    abstract static class OnKeyTable extends OnProject {
        @Mixin
        KeyPassphrase key;

        Path folder() {
            Path folder = project.toAbsolutePath().normalize();
            try {
                ProjectStore.isEncrypted(folder); // "not an Attune project" before asking for a passphrase
            } catch (StoreException e) {
                throw new CliFailure(e.getMessage(), e);
            }
            return folder;
        }

        char[] keyPassphrase() {
            return key.passphrase();
        }

        KeyTable open(Path folder, char[] passphrase) {
            return KeyPassphrase.open(folder, passphrase);
        }

        /** The project's folder and key table, opened with the passphrase given; {@link Opened#save()} writes it back. */
        Opened openTable() {
            Path folder = folder();
            char[] passphrase = keyPassphrase();
            return new Opened(folder, passphrase, open(folder, passphrase));
        }

        record Opened(Path folder, char[] passphrase, KeyTable table) {
            void save() {
                OnKeyTable.save(folder, table, passphrase);
            }
        }

        static void save(Path folder, KeyTable table, char[] passphrase) {
            try {
                KeyTableFile.save(folder, table, passphrase);
            } catch (StoreException e) {
                throw new CliFailure(e.getMessage(), e);
            }
        }

        int print(Path folder, KeyTable table, String change) {
            List<Row> rows = table.entries().stream().map(Row::of).toList();
            String text = (rows.isEmpty() ? "" : CodingText.table(List.of("REAL NAME", "PSEUDONYM", "ORIGIN"),
                    rows.stream().map(r -> List.of(r.real(), r.pseudonym(), r.origin())).toList()))
                    + (change == null ? "" : change + "\n") + Counted.of(rows.size(), "name") + ", "
                    + Counted.of(table.rejected().size(), "rejected word");
            return output.done(new TableResult(folder, rows.size(), rows, table.rejected().size(), change), text);
        }
    }

    @Command(name = "list", description = "The key table: each real name, its pseudonym and where it came from.")
    static class ListNames extends OnKeyTable {
        @Override
        public Integer call() {
            Path folder = folder();
            if (!KeyTableFile.exists(folder)) {
                throw new CliFailure(folder + ": the project has no key table yet (add names with 'attune cli pseudonyms add')");
            }
            return print(folder, open(folder, keyPassphrase()), null);
        }
    }

    @Command(name = "add", description = "Add a real name and its pseudonym (or give a name a new pseudonym); with "
            + "--from-project add the project's cases, speakers and users not in the table yet. The first add creates the key "
            + "table with the passphrase given.")
    static class Add extends OnKeyTable {
        @Parameters(index = "1", arity = "0..1", paramLabel = "REAL", description = "The real name, as it is written.")
        String real;

        @Parameters(index = "2", arity = "0..1", paramLabel = "PSEUDONYM", description = "Its pseudonym (default: Person N).")
        String pseudonym;

        @Option(names = "--from-project", description = "Add every case, speaker and user (coder) of the project.")
        boolean fromProject;

        @Override
        public Integer call() {
            if (real == null && !fromProject) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give a real name to add, or --from-project");
            }
            Opened opened = openTable();
            Path folder = opened.folder();
            KeyTable table = opened.table();
            List<String> changes = new ArrayList<>();
            if (fromProject) {
                OpenProject.read(project, access, spec, store -> {
                    changes.add("added " + Counted.of(table.fillFrom(store).size(), "name") + " from the project");
                    return Cli.OK;
                });
            }
            if (real != null) {
                try {
                    KeyTable.Entry e = table.put(real, pseudonym == null ? table.nextPseudonym("Person") : pseudonym,
                            KeyTable.Origin.ADDED);
                    changes.add("\"" + e.real() + "\" → \"" + e.pseudonym() + "\"");
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(folder + ": " + e.getMessage(), e);
                }
            }
            opened.save();
            return print(folder, table, String.join("; ", changes));
        }
    }

    @Command(name = "remove", description = "Remove a real name from the key table.")
    static class Remove extends OnKeyTable {
        @Parameters(index = "1", paramLabel = "REAL", description = "The real name.")
        String real;

        @Override
        public Integer call() {
            Opened opened = openTable();
            if (!opened.table().remove(real)) {
                throw new CliFailure(opened.folder() + ": \"" + real.strip() + "\" is not in the key table");
            }
            opened.save();
            return print(opened.folder(), opened.table(), "removed \"" + real.strip() + "\"");
        }
    }

    record SuggestResult(Path project, int count, List<NameSuggestions.Suggestion> suggestions, List<String> accepted,
            List<String> rejected) {
    }

    @Command(name = "suggest", description = "Candidate names from the texts and memos: capitalised words inside sentences "
            + "that are no words of the project or the embedded list, with counts and contexts. --accept adds them "
            + "(pseudonym Person N), --reject remembers they are no names.")
    static class Suggest extends OnKeyTable {
        @Option(names = "--accept", paramLabel = "WORD", split = ",", description = "Add these words to the key table.")
        List<String> accept = new ArrayList<>();

        @Option(names = "--reject", paramLabel = "WORD", split = ",", description = "Never suggest these words again.")
        List<String> reject = new ArrayList<>();

        @Override
        public Integer call() {
            Opened opened = openTable();
            Path folder = opened.folder();
            KeyTable table = opened.table();
            for (String word : accept) {
                try {
                    table.put(word, table.nextPseudonym("Person"), KeyTable.Origin.SUGGESTION);
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(folder + ": " + e.getMessage(), e);
                }
            }
            reject.forEach(table::reject);
            if (!accept.isEmpty() || !reject.isEmpty()) {
                opened.save();
            }
            return OpenProject.read(project, access, spec, store -> {
                List<NameSuggestions.Suggestion> found = NameSuggestions.find(store, table);
                StringBuilder text = new StringBuilder();
                if (!found.isEmpty()) {
                    text.append(CodingText.table(List.of("WORD", "COUNT", "CONTEXT"), found.stream().map(s -> List.of(s.word(),
                            String.valueOf(s.count()), CodingText.abbreviate(s.contexts().get(0), 90))).toList()));
                }
                text.append(Counted.of(found.size(), "suggestion"));
                if (!accept.isEmpty() || !reject.isEmpty()) {
                    text.append(" (accepted ").append(accept.size()).append(", rejected ").append(reject.size()).append(')');
                }
                return output.done(new SuggestResult(folder, found.size(), found, accept, reject), text.toString());
            });
        }
    }

    record ApplyResult(Path project, int names, int replacements, int texts, int fields, long recordsKept,
            int backupsPurged, int backupsLeft, String note) {
    }

    @Command(name = "apply", description = "Replace every real name of the key table with its pseudonym throughout the "
            + "project (texts, memos, source, case and code names, speakers, users...) as one action that can be undone in "
            + "the workbench; codings and turns follow the words. Then the store is rewritten without the old records and "
            + "the search index rebuilt, so that no project file holds a real name (an encrypted project's store is rewritten "
            + "under its key). Backups made before still hold them: --purge-backups deletes them.")
    static class Apply extends OnKeyTable {
        @Option(names = "--ignore-case", description = "Also replace the names written in another case (DAWN, dawn).")
        boolean ignoreCase;

        @Option(names = "--purge-backups", description = "Delete the project's backups afterwards (they hold the real names).")
        boolean purgeBackups;

        @Option(names = "--key-table-of", paramLabel = "DIR", description = "For a team project (its jdbc:postgresql URL): "
                + "the project folder whose key table to apply, e.g. the one the study was published from (a team project "
                + "keeps no key table).")
        Path keyTableOf;

        @Override
        public Integer call() {
            if (org.attune.store.pg.ProjectStores.teamUrl(project) != null) {
                return onTeamProject();
            }
            Path folder = folder();
            Pseudonymise pseudonymise = pseudonymiser(folder);
            Pseudonymise.Outcome o = applyTo(pseudonymise);
            long kept;
            int purged = 0;
            try {
                kept = pseudonymise.reclaim(folder, access.toOpen(folder));
                if (purgeBackups) {
                    purged = ProjectStore.purgeBackups(folder, ProjectAccess.HOLDER);
                }
            } catch (StoreException e) {
                throw new CliFailure(e.getMessage(), e);
            }
            int left = ProjectStore.backups(folder).size();
            String note = left > 0 ? Counted.of(left, "backup") + " made before still hold the real names (--purge-backups deletes them)"
                    : null;
            return output.done(new ApplyResult(folder, o.names(), o.textReplacements(), o.sources(), o.fields(), kept, purged, left, note),
                    "Applied " + Counted.of(o.names(), "pseudonym") + ": " + o.summary()
                            + (purged > 0 ? "; " + Counted.of(purged, "backup file") + " deleted" : "") + (note == null ? "" : "\n" + note));
        }

        /** The key table of {@code tableFolder}, ready to apply; one that cannot be applied is a failure naming the folder. */
        private Pseudonymise pseudonymiser(Path tableFolder) {
            KeyTable table = open(tableFolder, keyPassphrase());
            try {
                return new Pseudonymise(table, ignoreCase);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(tableFolder + ": " + e.getMessage(), e);
            }
        }

        /** Applies it to the project (a folder, or a team project as one action on the server). */
        private Pseudonymise.Outcome applyTo(Pseudonymise pseudonymise) {
            Pseudonymise.Outcome[] outcome = new Pseudonymise.Outcome[1];
            change(p -> {
                outcome[0] = pseudonymise.apply(p.store);
                return Cli.OK;
            });
            return outcome[0];
        }

        /**
         * The key table of {@code --key-table-of} applied to a team project: one action on the server, as in a folder;
         * the project's tables then hold the pseudonyms only (the server's own backups made before still hold the names).
         */
        private Integer onTeamProject() {
            Path shown = org.attune.store.pg.ProjectStores.shown(project);
            if (keyTableOf == null) {
                throw new CliFailure(shown + ": a team project keeps no key table; give the folder whose key table to apply with "
                        + "--key-table-of DIR");
            }
            if (purgeBackups) {
                throw new CliFailure(shown + ": a team project's backups are the server's (pg_dump): --purge-backups is for a folder");
            }
            Path tableFolder = keyTableOf.toAbsolutePath().normalize();
            if (!KeyTableFile.exists(tableFolder)) {
                throw new CliFailure(tableFolder + ": no key table there (add names with 'attune cli pseudonyms add')");
            }
            Pseudonymise.Outcome o = applyTo(pseudonymiser(tableFolder));
            String note = "backups of the server made before (pg_dump) still hold the real names";
            return output.done(new ApplyResult(shown, o.names(), o.textReplacements(), o.sources(), o.fields(), 0, 0, 0, note),
                    "Applied " + Counted.of(o.names(), "pseudonym") + ": " + o.summary() + "\n" + note);
        }
    }

    record FileResult(Path project, Path file, int count) {
    }

    @Command(name = "export", description = "Write the key table to a CSV file (Real name, Pseudonym, Origin): keep it as "
            + "safe as the data.")
    static class Export extends OnKeyTable {
        @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file to write.")
        Path file;

        @Override
        public Integer call() {
            Path folder = folder();
            if (!KeyTableFile.exists(folder)) {
                throw new CliFailure(folder + ": the project has no key table to export");
            }
            KeyTable table = open(folder, keyPassphrase());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                table.writeCsv(out);
            } catch (IOException e) {
                throw new CliFailure(file + ": cannot be written (" + IoProblems.reason(e) + ")", e);
            }
            return output.done(new FileResult(folder, file.toAbsolutePath(), table.entries().size()),
                    "Wrote " + Counted.of(table.entries().size(), "name") + " to " + file);
        }
    }

    @Command(name = "import", description = "Add the names of a CSV file (Real name, Pseudonym[, Origin]) to the key table; "
            + "names already in it take the CSV's pseudonym.")
    static class Import extends OnKeyTable {
        @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file to read.")
        Path file;

        @Override
        public Integer call() {
            Opened opened = openTable();
            int taken;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                taken = opened.table().readCsv(in);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new CliFailure(file + ": cannot be read (" + e.getMessage() + ")", e);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new CliFailure(file + ": " + e.getMessage(), e);
            }
            opened.save();
            return output.done(new FileResult(opened.folder(), file.toAbsolutePath(), taken), "Read " + Counted.of(taken, "name") + " from " + file);
        }
    }
}
