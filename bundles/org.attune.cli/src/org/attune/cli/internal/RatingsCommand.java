package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.attune.cli.Cli;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.ratings.AgreementRows;
import org.attune.ratings.Consensus;
import org.attune.ratings.Mark;
import org.attune.ratings.Moment;
import org.attune.ratings.RatingException;
import org.attune.ratings.RatingExport;
import org.attune.ratings.RatingMerge;
import org.attune.ratings.RatingService;
import org.attune.ratings.ResultsTables;
import org.attune.ratings.ScaleTemplates;
import org.attune.ratings.Scales;
import org.attune.ratings.Sheets;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ratings ...}: rating scales, two raters' sheets, consensus, results tables, exports and merging copies. */
@Command(name = "ratings", description = "Rating scales, rating sheets, consensus, results tables, export and merge.",
        subcommands = {RatingsCommand.Template.class, RatingsCommand.SheetCommand.class, RatingsCommand.Score.class,
                RatingsCommand.Compare.class, RatingsCommand.MakeConsensus.class, RatingsCommand.Table.class,
                RatingsCommand.Export.class, RatingsCommand.Rows.class, RatingsCommand.Merge.class})
public class RatingsCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** What every ratings command shares: the project, who is acting (or looking), --json. */
    abstract static class Base extends OnProject {
        @Option(names = "--as", paramLabel = "USER", description = "Act and look as this user (a rater); default: the operating-system user.")
        String as;

        /** Opened to change it (the acting user is added to the project when new), as every changing command opens it. */
        @Override
        public Integer call() {
            return change(pseudonyms(), open -> {
                RatingService ratings = new RatingService(open.store);
                User user = ratings.user(Viewing.user(as));
                return run(open.store, ratings, user);
            });
        }

        abstract int run(ProjectStore store, RatingService ratings, User user) throws StoreException;

        /** An export's --pseudonymise; null for the commands that are no export. */
        ExportPseudonyms pseudonyms() {
            return null;
        }

        /** Prints the sheet as it is now, after {@code done} (what the command did, or nothing), and returns {@link Cli#OK}. */
        int printSheet(RatingSheet sheet, RatingService ratings, String done) {
            SheetResult result = SheetResult.of(sheet, ratings);
            return output.done(result, done + result.text());
        }
    }

    /** A ratings command on one rating sheet, {@code --sheet ID}. */
    abstract static class OnSheet extends Base {
        @Option(names = "--sheet", required = true, paramLabel = "ID")
        String sheet;

        /** The sheet --sheet names; a {@link RatingException} saying so where the project has none of that id. */
        RatingSheet sheet(ProjectStore store) {
            return Sheets.find(store.project(), sheet);
        }
    }

    /** A ratings command on two raters' sheets, {@code --sheets ID,ID}. */
    abstract static class OnTwoSheets extends Base {
        @Option(names = "--sheets", required = true, split = ",", paramLabel = "ID,ID")
        List<String> sheets;

        /** The two sheets --sheets names, in its order; a {@link RatingException} where it names not two or an unknown one. */
        List<RatingSheet> sheets(ProjectStore store) {
            if (sheets.size() != 2) {
                throw new RatingException("--sheets takes two sheet ids, e.g. --sheets ID1,ID2");
            }
            return List.of(Sheets.find(store.project(), sheets.get(0)), Sheets.find(store.project(), sheets.get(1)));
        }
    }

    @Command(name = "template", description = "Add a built-in scale: VIG (VIG Practice Skills Rating Scale) or LIKERT7.")
    static class Template extends Base {
        @Option(names = "--name", required = true, paramLabel = "VIG|LIKERT7")
        String name;

        record Added(String id, String name, int version, int items, int scorableSubItems) {
        }

        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            RatingScale scale = ScaleTemplates.add(store, ScaleTemplates.Template.named(name));
            Added added = new Added(scale.getId(), scale.getName(), scale.getVersion(), scale.getItems().size(),
                    Scales.scorableSubItems(scale).size());
            return output.done(added, "Added \"" + added.name() + "\" (" + added.items() + " items, " + added.scorableSubItems()
                    + " sub-items to score)");
        }
    }

    @Command(name = "sheet", description = "Start, show, list, submit or reopen rating sheets.",
            subcommands = {Start.class, Show.class, ListSheets.class, Submit.class, Reopen.class, Score.class})
    static class SheetCommand implements Runnable {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: start, score, show, list, submit or reopen");
        }
    }

    record SheetResult(String id, String recording, String rater, String status, RatingService.Progress progress) {
        static SheetResult of(RatingSheet sheet, RatingService ratings) {
            return new SheetResult(sheet.getId(), sheet.getRecording().getName(), sheet.getCreatedBy().getName(),
                    sheet.getStatus().getLiteral(), ratings.progress(sheet));
        }

        String text() {
            return "Sheet " + id + " of \"" + recording + "\" by " + rater + ": " + status + ", " + progress.done() + " of "
                    + progress.scorable() + " sub-items scored";
        }
    }

    @Command(name = "start", description = "Start a rating sheet of a recording for a rater (--as).")
    static class Start extends Base {
        @Option(names = "--recording", required = true, paramLabel = "NAME|ID")
        String recording;

        @Option(names = "--scale", required = true, paramLabel = "NAME|ID", description = "The scale (its newest version).")
        String scale;

        @Option(names = "--practitioner", paramLabel = "CASE", description = "The practitioner's case (added if new).")
        String practitioner;

        @Option(names = "--condition", paramLabel = "TEXT", description = "e.g. \"VIG shared review\" or \"non-VIG meeting\".")
        String condition;

        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            Source source = store.project().getSources().stream()
                    .filter(s -> recording.equals(s.getId()) || recording.equals(s.getName())).findFirst()
                    .orElseThrow(() -> new RatingException("no recording \"" + recording + "\" in the project"));
            RatingSheet sheet = ratings.start(source, Scales.latest(store.project(), scale), user,
                    practitioner == null ? null : ratings.practitioner(practitioner), condition);
            return printSheet(sheet, ratings, "");
        }
    }

    @Command(name = "score", description = "Score one sub-item: --value N, --na or --clear; with --note and --evidence.")
    static class Score extends OnSheet {
        @Option(names = "--item", required = true)
        String item;

        @Option(names = "--sub", required = true)
        String sub;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;

        static class Choice {
            @Option(names = "--value", paramLabel = "N")
            Integer value;

            @Option(names = "--na", description = "Not applicable.")
            boolean notApplicable;

            @Option(names = "--clear")
            boolean clear;
        }

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Option(names = "--evidence", paramLabel = "START-END", split = ",",
                description = "Moments of the recording in milliseconds, e.g. 61000-75000,90000-95000 (replaces earlier ones).")
        List<String> evidence;

        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            RatingSheet target = sheet(store);
            Mark mark = choice.value != null ? Mark.value(choice.value) : choice.notApplicable ? Mark.NOT_APPLICABLE : Mark.CLEAR;
            List<Moment> moments = evidence == null ? null : evidence.stream().map(Score::moment).toList();
            ratings.score(target, Scales.subItem(target.getScale(), item, sub), mark, note, moments, user);
            return printSheet(target, ratings, item + "." + sub + " = " + mark + System.lineSeparator());
        }

        private static Moment moment(String text) {
            String[] parts = text.split("-");
            try {
                return new Moment(Long.parseLong(parts[0].strip()), Long.parseLong(parts[parts.length - 1].strip()));
            } catch (NumberFormatException e) {
                throw new RatingException("\"" + text + "\" is not a moment START-END in milliseconds");
            }
        }
    }

    @Command(name = "show", description = "Show a sheet (refused under the blind rule until both raters have submitted).")
    static class Show extends OnSheet {
        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            RatingService.SheetView view = ratings.view(sheet(store), user);
            StringBuilder text = new StringBuilder(view.scale() + " v" + view.version() + ", \"" + view.recording() + "\" by "
                    + view.rater() + " (" + view.status().getLiteral() + ")");
            view.scores().forEach(s -> text.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%-6s %-4s %s", s.key(),
                    s.mark(), s.note() == null ? "" : s.note())));
            return output.done(view, text.toString());
        }
    }

    @Command(name = "list", description = "List the sheets you may see.")
    static class ListSheets extends Base {
        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            List<SheetResult> sheets = ratings.visibleSheets(user).stream().map(s -> SheetResult.of(s, ratings)).toList();
            return output.done(sheets, sheets.isEmpty() ? "No sheets you may see." : String.join(System.lineSeparator(),
                    sheets.stream().map(SheetResult::text).toList()));
        }
    }

    @Command(name = "submit", description = "Submit your sheet; it is read-only afterwards.")
    static class Submit extends OnSheet {
        @Option(names = "--incomplete", description = "Submit although sub-items are unscored.")
        boolean incomplete;

        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            RatingSheet target = sheet(store);
            ratings.submit(target, user, incomplete);
            return printSheet(target, ratings, "");
        }
    }

    @Command(name = "reopen", description = "Reopen your submitted sheet to change it.")
    static class Reopen extends OnSheet {
        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            RatingSheet target = sheet(store);
            ratings.reopen(target, user);
            return printSheet(target, ratings, "");
        }
    }

    @Command(name = "compare", description = "Compare two submitted sheets of a recording sub-item by sub-item.")
    static class Compare extends OnTwoSheets {
        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            List<RatingSheet> pair = sheets(store);
            List<Consensus.Comparison> rows = new Consensus(store).compare(pair.get(0), pair.get(1), user);
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-6s %4s %4s %4s", "sub", "A", "B", "|d|"));
            rows.forEach(r -> text.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%-6s %4s %4s %4s %s", r.key(),
                    r.a(), r.b(), r.difference() == null ? "" : r.difference(), r.disagree() ? "disagree" : "")));
            return output.done(rows, text.toString());
        }
    }

    @Command(name = "consensus", description = "Make the consensus sheet of two submitted sheets; decide every disagreement.")
    static class MakeConsensus extends OnTwoSheets {
        @Option(names = "--decide", paramLabel = "ITEM.SUB=VALUE|NA", description = "e.g. --decide 4.2=3 --decide 2.4=NA")
        Map<String, String> decisions = new LinkedHashMap<>();

        @Option(names = "--note", paramLabel = "TEXT", description = "How the raters decided.")
        String note;

        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            List<RatingSheet> pair = sheets(store);
            Map<String, Mark> marks = new LinkedHashMap<>();
            decisions.forEach((key, value) -> marks.put(key, value.equalsIgnoreCase("NA") ? Mark.NOT_APPLICABLE : Mark.value(parse(value))));
            return printSheet(new Consensus(store).make(pair.get(0), pair.get(1), marks, note, user), ratings, "Consensus ");
        }

        private static int parse(String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new RatingException("\"" + value + "\" is neither a level's value nor NA");
            }
        }
    }

    @Command(name = "table", description = "Results table: total score per practitioner or per item in each condition, and the difference.")
    static class Table extends Base {
        @Option(names = "--scale", required = true, paramLabel = "NAME")
        String scale;

        @Option(names = "--by", required = true, paramLabel = "practitioner|item")
        String by;

        @Option(names = "--from", defaultValue = "consensus", paramLabel = "A|B|mean|consensus|RATER",
                description = "Whose scores: rater A or B (in the order they started rating), their mean, or the consensus (default).")
        String from;

        @Option(names = "--conditions", split = ",", paramLabel = "C1,C2", description = "Column order; the difference is C1 - C2.")
        List<String> conditions;

        @Option(names = "--csv", paramLabel = "FILE")
        Path csv;

        @Option(names = "--xlsx", paramLabel = "FILE")
        Path xlsx;

        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            ResultsTables.By grouping = switch (by.toLowerCase(Locale.ROOT)) {
                case "practitioner" -> ResultsTables.By.PRACTITIONER;
                case "item" -> ResultsTables.By.ITEM;
                default -> throw new RatingException("--by takes practitioner or item, not \"" + by + "\"");
            };
            String name = Scales.latest(store.project(), scale).getName();
            ResultsTables.Table table = ResultsTables.compute(store.project(), name, grouping,
                    ResultsTables.basis(store.project(), name, from), conditions, user);
            if (csv != null) {
                RatingExport.tableCsv(table, csv);
            }
            if (xlsx != null) {
                RatingExport.tablesXlsx(List.of(table), xlsx);
            }
            return output.done(table, ResultsTables.format(table));
        }
    }

    @Command(name = "export", description = "Export the scores as a tidy long CSV and/or an XLSX workbook (with both tables).")
    static class Export extends Base {
        @Mixin
        ExportPseudonyms pseudonyms;

        @Override
        ExportPseudonyms pseudonyms() {
            return pseudonyms;
        }

        @Option(names = "--scale", paramLabel = "NAME", description = "Only this scale (needed for the tables in --xlsx).")
        String scale;

        @Option(names = "--csv", paramLabel = "FILE")
        Path csv;

        @Option(names = "--xlsx", paramLabel = "FILE")
        Path xlsx;

        @Option(names = "--from", defaultValue = "consensus", paramLabel = "A|B|mean|consensus|RATER", description = "For the tables in --xlsx.")
        String from;

        record Exported(List<RatingExport.Written> files) {
        }

        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            if (csv == null && xlsx == null) {
                throw new RatingException("give --csv FILE and/or --xlsx FILE");
            }
            String name = scale == null ? null : Scales.latest(store.project(), scale).getName();
            List<RatingExport.Written> written = new ArrayList<>();
            if (csv != null) {
                written.add(RatingExport.scoresCsv(store.project(), name, user, csv));
            }
            if (xlsx != null) {
                List<ResultsTables.Table> tables = new ArrayList<>();
                if (name != null) {
                    ResultsTables.Basis basis = ResultsTables.basis(store.project(), name, from);
                    for (ResultsTables.By by : ResultsTables.By.values()) {
                        tables.add(ResultsTables.compute(store.project(), name, by, basis, null, user));
                    }
                }
                written.add(RatingExport.xlsx(store.project(), name, user, tables, xlsx));
            }
            Function<RatingExport.Written, String> line = w -> w.file() + ": " + w.rows() + " score rows"
                    + (w.withheldSheets() > 0 ? ", " + w.withheldSheets() + " sheet(s) withheld (blind rule)" : "");
            return output.done(new Exported(written), String.join(System.lineSeparator(), written.stream().map(line).toList()));
        }
    }

    @Command(name = "rows", description = "The submitted sheets of a scale as tidy rows (unit, rater, value) for agreement statistics.")
    static class Rows extends Base {
        @Option(names = "--scale", required = true, paramLabel = "NAME")
        String scale;

        @Override
        int run(ProjectStore store, RatingService ratings, User user) {
            List<AgreementRows.Rating> rows = AgreementRows.of(store.project(), Scales.latest(store.project(), scale).getName(), user);
            return output.done(rows, String.join(System.lineSeparator(), rows.stream()
                    .map(r -> r.recording() + "\t" + r.subItem() + "\t" + r.rater() + "\t" + (r.value() == null ? "" : r.value())).toList()));
        }
    }

    @Command(name = "merge", description = "Merge the sheets (with their scales, raters, practitioners) of another copy of the project.")
    static class Merge extends Base {
        @Parameters(index = "1", paramLabel = "<other-project>", description = "The other copy (opened read-only).")
        Path other;

        @Override
        int run(ProjectStore store, RatingService ratings, User user) throws StoreException {
            RatingMerge.Report report = RatingMerge.merge(store, other, access.toOpen(other));
            List<String> lines = new ArrayList<>();
            report.added().forEach(a -> lines.add("added " + a));
            report.updated().forEach(u -> lines.add("updated " + u));
            report.conflicts().forEach(c -> lines.add("CONFLICT " + c));
            report.skipped().forEach(s -> lines.add("skipped " + s));
            lines.add(report.added().size() + " added, " + report.updated().size() + " updated, " + report.unchanged()
                    + " unchanged, " + report.conflicts().size() + " conflict(s)");
            output.print(report, String.join(System.lineSeparator(), lines));
            return report.conflicts().isEmpty() ? Cli.OK : Cli.FAILED;
        }
    }
}
