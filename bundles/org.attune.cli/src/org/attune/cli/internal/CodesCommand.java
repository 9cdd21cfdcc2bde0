package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.attune.core.Counted;
import org.attune.coding.CodeCounts;
import org.attune.coding.Codebook;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.CodeChange;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codes list|create|rename|move|merge|delete|level|describe|history}: the codebook. */
@Command(name = "codes", description = "List and reorganise the codebook; every change is kept in the code's history.",
        subcommands = {CodesCommand.ListCodes.class, CodebookEdits.Create.class, CodebookEdits.Rename.class,
                CodebookEdits.Move.class, CodebookEdits.Merge.class, CodebookEdits.Delete.class, CodebookEdits.Level.class,
                CodesCommand.Describe.class, CodesCommand.History.class})
public class CodesCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: list, create, rename, move, merge, delete, level, describe or history");
    }

    /** Reads a level as written in the codebook ({@code initial_code}), with '-' or ' ' for '_' and any case. */
    static final class LevelConverter implements CommandLine.ITypeConverter<AnalyticLevel> {
        @Override
        public AnalyticLevel convert(String value) {
            AnalyticLevel level = AnalyticLevel.get(value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
            if (level == null) {
                throw new CommandLine.TypeConversionException("no level \"" + value + "\"; the levels are "
                        + Arrays.stream(AnalyticLevel.values()).map(AnalyticLevel::getLiteral).collect(Collectors.joining(", ")));
            }
            return level;
        }
    }

    @Command(name = "list", description = "List the codes: path, level, colour, and with --counts how often each is used.")
    static class ListCodes extends OnProject {
        @Option(names = "--tree", description = "Indent sub-codes under their parents instead of printing paths.")
        boolean tree;

        @Option(names = "--counts", description = "Count codings and sources (of the code, and with its sub-codes).")
        boolean counts;

        @Mixin
        Viewing viewing;

        /** One code; the counts are null unless asked for. */
        record Row(String path, String name, int depth, String level, String colour, Integer codings, Integer sources,
                Integer codingsWithSubcodes, Integer sourcesWithSubcodes, String definition) {
        }

        record Result(Path project, int count, List<Row> codes) {
        }

        @Override
        public Integer call() {
            return look(p -> {
                CodeCounts numbers = counts ? CodeCounts.of(p.store, viewing.lens(p.store.project())) : null;
                List<Row> rows = new ArrayList<>();
                for (Code c : new Codebook(p.store).all()) {
                    CodeCounts.Count own = numbers == null ? null : numbers.of(c);
                    CodeCounts.Count tree = numbers == null ? null : numbers.withSubCodes(c);
                    rows.add(new Row(c.path(), c.getName(), depth(c), c.getLevel().getLiteral(), c.getColour(),
                            own == null ? null : own.codings(), own == null ? null : own.sources(),
                            tree == null ? null : tree.codings(), tree == null ? null : tree.sources(), c.getDefinition()));
                }
                return output.done(new Result(p.folder, rows.size(), rows), text(rows) + Counted.of(rows.size(), "code"));
            });
        }

        private String text(List<Row> rows) {
            List<String> header = new ArrayList<>(List.of("CODE", "LEVEL", "COLOUR"));
            if (counts) {
                header.addAll(List.of("CODINGS", "SOURCES", "WITH SUB-CODES"));
            }
            List<List<String>> cells = rows.stream().map(r -> {
                List<String> row = new ArrayList<>(List.of(tree ? "  ".repeat(r.depth()) + r.name() : r.path(), r.level(),
                        String.valueOf(r.colour())));
                if (counts) {
                    row.addAll(List.of(String.valueOf(r.codings()), String.valueOf(r.sources()),
                            String.valueOf(r.codingsWithSubcodes())));
                }
                return row;
            }).toList();
            return rows.isEmpty() ? "" : CodingText.table(header, cells);
        }

        private static int depth(Code code) {
            return code.getParent() == null ? 0 : 1 + depth(code.getParent());
        }
    }

    @Command(name = "describe", description = "Show a code's definition, or change parts of it "
            + "(an empty text clears that part).")
    static class Describe extends OnProject {
        @Parameters(index = "1", paramLabel = "CODE", description = "The code (name, or Parent/Child path).")
        String code;

        @Option(names = "--definition", paramLabel = "TEXT", description = "What the code means.")
        String definition;

        @Option(names = "--include", paramLabel = "TEXT", description = "When to apply it (inclusion criteria).")
        String include;

        @Option(names = "--exclude", paramLabel = "TEXT", description = "When not to (exclusion criteria).")
        String exclude;

        @Option(names = "--example", paramLabel = "TEXT", description = "A typical example.")
        String example;

        record Result(Path project, String code, String level, String definition, String include, String exclude,
                String example, boolean changed) {
        }

        @Override
        public Integer call() {
            boolean change = definition != null || include != null || exclude != null || example != null;
            return OpenProject.run(project, access, change, p -> {
                Code c = p.code(code);
                if (change) {
                    new Codebook(p.store).describe(c, or(definition, c.getDefinition()), or(include, c.getInclusionCriteria()),
                            or(exclude, c.getExclusionCriteria()), or(example, c.getExample()));
                }
                Result r = new Result(p.folder, c.path(), c.getLevel().getLiteral(), c.getDefinition(),
                        c.getInclusionCriteria(), c.getExclusionCriteria(), c.getExample(), change);
                return output.done(r, String.join(System.lineSeparator(),
                        "Code:       " + r.code() + (change ? " (definition changed)" : ""),
                        "Level:      " + r.level(),
                        "Definition: " + none(r.definition()),
                        "Include:    " + none(r.include()),
                        "Exclude:    " + none(r.exclude()),
                        "Example:    " + none(r.example())));
            });
        }

        private static String or(String given, String current) {
            return given != null ? given : current;
        }

        private static String none(String text) {
            return text == null ? "-" : text;
        }
    }

    @Command(name = "history", description = "A code's history: created, renamed, moved, merged, split, redefined, relevelled.")
    static class History extends OnProject {
        @Parameters(index = "1", paramLabel = "CODE", description = "The code (name, or Parent/Child path).")
        String code;

        record Change(String when, String kind, String description, String by) {
        }

        record Result(Path project, String code, List<Change> history) {
        }

        @Override
        public Integer call() {
            return look(p -> {
                Code c = p.code(code);
                List<Change> changes = c.getHistory().stream().map(History::change).toList();
                String lines = changes.stream().map(h -> String.format(Locale.ROOT, "%-24s %-11s %s%s", h.when(), h.kind(),
                        h.description(), h.by() == null ? "" : " (" + h.by() + ")")).collect(Collectors.joining(System.lineSeparator()));
                return output.done(new Result(p.folder, c.path(), changes),
                        changes.isEmpty() ? c.path() + " has no recorded history" : lines);
            });
        }

        private static Change change(CodeChange h) {
            return new Change(h.getCreatedAt() == null ? "" : h.getCreatedAt().toInstant().toString(), h.getKind().getLiteral(),
                    h.getDescription(), h.getCreatedBy() == null ? null : h.getCreatedBy().getName());
        }
    }
}
