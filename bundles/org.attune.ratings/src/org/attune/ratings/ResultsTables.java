package org.attune.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleSubItem;
import org.attune.model.ScoreState;
import org.attune.model.SheetStatus;
import org.attune.model.Source;
import org.attune.model.User;

/**
 * Results tables as in the VIG staff-training study (tables 2 and 3): the total score per practitioner, or
 * per item (sub-scale), in each condition, and the difference between two conditions.
 *
 * <p>Only submitted sheets the viewer may see count. A recording's score of a sub-item comes from one rater,
 * the mean of the raters' values, or the consensus sheet ({@link Basis}). N/A and unscored sub-items are
 * missing: a total is the sum of the values given, and each cell says how many sub-items were missing, so
 * totals with missing values are visibly not comparable. Items marked not used are left out. Versions of a
 * scale are combined by item and sub-item number; titles come from the newest version.
 */
public final class ResultsTables {
    public enum By {
        PRACTITIONER, ITEM
    }

    /** Where a recording's scores come from: one rater's sheet, the mean of the raters' sheets, or the consensus. */
    public record Basis(Kind kind, User rater) {
        public enum Kind {
            RATER, MEAN, CONSENSUS
        }

        public static Basis rater(User rater) {
            return new Basis(Kind.RATER, Objects.requireNonNull(rater));
        }

        public static final Basis MEAN = new Basis(Kind.MEAN, null);
        public static final Basis CONSENSUS = new Basis(Kind.CONSENSUS, null);

        @Override
        public String toString() {
            return switch (kind) {
                case RATER -> "rater " + rater.getName();
                case MEAN -> "mean of the raters";
                case CONSENSUS -> "consensus";
            };
        }
    }

    /** A sum of values over recordings and sub-items, how many sub-items had no value, and of how many recordings. */
    public record Cell(double total, int missing, int recordings) {
    }

    public record Row(String label, List<Cell> cells, Double difference) {
    }

    /**
     * @param conditions the columns; the difference is the first minus the second when there are exactly two
     * @param skipped recordings left out, each with the reason (e.g. no consensus sheet yet)
     * @param withheldSheets submitted sheets the viewer may not see yet (blind rule)
     */
    public record Table(String scale, By by, String basis, List<String> conditions, List<Row> rows, Row total,
            List<String> skipped, int withheldSheets) {
    }

    /** One recording's values by sub-item key (null: missing), from the chosen basis. */
    record RecordingScores(Source recording, String practitioner, String condition, Map<String, Double> values) {
    }

    static final String NO_CONDITION = "(no condition)";
    static final String NO_PRACTITIONER = "(no practitioner)";

    private ResultsTables() {
    }

    /** The raters of a scale in the order they started their first sheet on it: rater A, rater B, ... */
    public static List<User> raters(Project project, String scaleName) {
        Set<User> raters = new LinkedHashSet<>();
        Scales.sheets(project, scaleName).stream().filter(s -> !s.isConsensus() && s.getCreatedBy() != null)
                .sorted(Comparator.comparing(RatingSheet::getCreatedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(s -> raters.add(s.getCreatedBy()));
        return List.copyOf(raters);
    }

    /** "A", "B" (the first and second rater), "mean", "consensus", or a rater's name. */
    public static Basis basis(Project project, String scaleName, String choice) {
        String c = choice.strip();
        if (c.equalsIgnoreCase("mean")) {
            return Basis.MEAN;
        }
        if (c.equalsIgnoreCase("consensus")) {
            return Basis.CONSENSUS;
        }
        List<User> raters = raters(project, scaleName);
        if (c.equalsIgnoreCase("A") || c.equalsIgnoreCase("B")) {
            int index = c.equalsIgnoreCase("A") ? 0 : 1;
            if (raters.size() <= index) {
                throw new RatingException("the scale \"" + scaleName + "\" has " + raters.size() + " rater(s); there is no rater "
                        + c.toUpperCase(Locale.ROOT));
            }
            return Basis.rater(raters.get(index));
        }
        return raters.stream().filter(u -> c.equals(u.getName())).findFirst().map(Basis::rater)
                .orElseThrow(() -> new RatingException("\"" + c + "\" is none of A, B, mean, consensus or a rater of \""
                        + scaleName + "\" (raters: " + raters.stream().map(User::getName).toList() + ")"));
    }

    public static Table compute(Project project, String scaleName, By by, Basis basis, List<String> conditionOrder, User viewer) {
        RatingScale newest = Scales.latest(project, scaleName);
        List<String> skipped = new ArrayList<>();
        List<RecordingScores> recordings = recordings(project, scaleName, basis, viewer, skipped);
        int withheld = (int) Scales.sheets(project, scaleName).stream()
                .filter(s -> s.getStatus() == SheetStatus.SUBMITTED && !BlindRule.canView(s, viewer)).count();
        List<String> conditions = new ArrayList<>(conditionOrder == null ? List.of() : conditionOrder);
        for (RecordingScores r : recordings) {
            if (!conditions.contains(r.condition())) {
                conditions.add(r.condition());
            }
        }
        Map<String, List<String>> rowsToKeys = new LinkedHashMap<>();
        Map<String, String> keyToRow = new LinkedHashMap<>();
        if (by == By.ITEM) {
            Map<String, String> labels = itemLabels(project, scaleName, newest);
            for (RecordingScores r : recordings) {
                for (String key : r.values().keySet()) {
                    keyToRow.put(key, labels.get(key.substring(0, key.indexOf('.'))));
                }
            }
            labels.values().forEach(label -> rowsToKeys.put(label, List.of()));
        }
        List<Row> rows = new ArrayList<>();
        double[] totals = new double[conditions.size()];
        int[] missing = new int[conditions.size()];
        int[] counted = new int[conditions.size()];
        for (String label : rowLabels(by, recordings, rowsToKeys.keySet())) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < conditions.size(); c++) {
                double total = 0;
                int gaps = 0;
                int n = 0;
                for (RecordingScores r : recordings) {
                    if (!r.condition().equals(conditions.get(c)) || (by == By.PRACTITIONER && !r.practitioner().equals(label))) {
                        continue;
                    }
                    boolean contributes = false;
                    for (Map.Entry<String, Double> v : r.values().entrySet()) {
                        if (by == By.ITEM && !label.equals(keyToRow.get(v.getKey()))) {
                            continue;
                        }
                        contributes = true;
                        if (v.getValue() == null) {
                            gaps++;
                        } else {
                            total += v.getValue();
                        }
                    }
                    n += contributes ? 1 : 0;
                }
                cells.add(new Cell(total, gaps, n));
                totals[c] += total;
                missing[c] += gaps;
            }
            rows.add(new Row(label, cells, difference(cells)));
        }
        for (int c = 0; c < conditions.size(); c++) {
            String condition = conditions.get(c);
            counted[c] = (int) recordings.stream().filter(r -> r.condition().equals(condition)).count();
        }
        List<Cell> totalCells = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            totalCells.add(new Cell(totals[c], missing[c], counted[c]));
        }
        return new Table(newest.getName(), by, basis.toString(), List.copyOf(conditions), rows,
                new Row("Total", totalCells, difference(totalCells)), skipped, withheld);
    }

    private static List<String> rowLabels(By by, List<RecordingScores> recordings, Set<String> itemLabels) {
        if (by == By.ITEM) {
            return List.copyOf(itemLabels);
        }
        return recordings.stream().map(RecordingScores::practitioner).distinct().sorted().toList();
    }

    private static Double difference(List<Cell> cells) {
        if (cells.size() != 2 || cells.get(0).recordings() == 0 || cells.get(1).recordings() == 0) {
            return null;
        }
        return cells.get(0).total() - cells.get(1).total();
    }

    /** Item number to "number title" for the items used in any version; the newest version's titles first. */
    private static Map<String, String> itemLabels(Project project, String scaleName, RatingScale newest) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<RatingScale> versions = new ArrayList<>(Scales.versions(project, scaleName));
        versions.remove(newest);
        versions.addFirst(newest);
        for (RatingScale version : versions) {
            for (ScaleItem item : version.getItems()) {
                if (!item.isNotUsed()) {
                    labels.putIfAbsent(item.getNumber(), item.getNumber() + " " + item.getTitle());
                }
            }
        }
        return labels;
    }

    /** Each recording with the scores the basis gives it; recordings without them are listed in {@code skipped}. */
    static List<RecordingScores> recordings(Project project, String scaleName, Basis basis, User viewer, List<String> skipped) {
        Map<Source, List<RatingSheet>> byRecording = new LinkedHashMap<>();
        for (RatingSheet sheet : Scales.sheets(project, scaleName)) {
            if (sheet.getStatus() == SheetStatus.SUBMITTED && BlindRule.canView(sheet, viewer)) {
                byRecording.computeIfAbsent(sheet.getRecording(), k -> new ArrayList<>()).add(sheet);
            }
        }
        List<RecordingScores> result = new ArrayList<>();
        for (Map.Entry<Source, List<RatingSheet>> entry : byRecording.entrySet()) {
            List<RatingSheet> sheets = switch (basis.kind()) {
                case RATER -> entry.getValue().stream().filter(s -> !s.isConsensus() && s.getCreatedBy() == basis.rater()).toList();
                case MEAN -> entry.getValue().stream().filter(s -> !s.isConsensus()).toList();
                case CONSENSUS -> entry.getValue().stream().filter(RatingSheet::isConsensus)
                        .max(Comparator.comparing(RatingSheet::getSubmittedAt)).stream().toList();
            };
            String name = entry.getKey().getName();
            if (sheets.isEmpty()) {
                skipped.add(name + ": no submitted " + (basis.kind() == Basis.Kind.CONSENSUS ? "consensus sheet" : "sheet of " + basis));
                continue;
            }
            if (basis.kind() == Basis.Kind.MEAN && sheets.stream().map(RatingSheet::getCreatedBy).distinct().count() < 2) {
                skipped.add(name + ": only one rater's sheet is submitted");
                continue;
            }
            RatingSheet first = sheets.getFirst();
            result.add(new RecordingScores(entry.getKey(),
                    first.getPractitioner() == null ? NO_PRACTITIONER : first.getPractitioner().getName(),
                    first.getCondition() == null ? NO_CONDITION : first.getCondition(), meanValues(sheets)));
        }
        return result;
    }

    /** Per scorable sub-item key, the mean of the values the sheets give (null when none gives one). */
    static Map<String, Double> meanValues(List<RatingSheet> sheets) {
        Map<String, double[]> sums = new TreeMap<>(Comparator.comparing(ResultsTables::order));
        for (RatingSheet sheet : sheets) {
            for (ScaleSubItem sub : Scales.scorableSubItems(sheet.getScale())) {
                double[] sum = sums.computeIfAbsent(Scales.key(sub), k -> new double[2]);
                Mark mark = Mark.of(RatingService.scoreOf(sheet, sub));
                if (mark.state() == ScoreState.VALUE) {
                    sum[0] += mark.value();
                    sum[1]++;
                }
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        sums.forEach((key, sum) -> values.put(key, sum[1] == 0 ? null : sum[0] / sum[1]));
        return values;
    }

    /** Sorts keys such as "4.2", "6.5a", "12.1" by number, not as text. */
    private static String order(String key) {
        StringBuilder padded = new StringBuilder();
        for (String part : key.split("\\.")) {
            String digits = part.replaceAll("\\D.*", "");
            padded.append(String.format(Locale.ROOT, "%6s", digits)).append(part.substring(digits.length())).append('.');
        }
        return padded.toString();
    }

    /** The table as text, for people: a total and a missing count per condition, then the difference. */
    public static String format(Table table) {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(table.by() == By.ITEM ? "Item" : "Practitioner");
        for (String condition : table.conditions()) {
            head.add(condition);
            head.add("missing");
        }
        head.add("Difference");
        lines.add(head);
        for (Row row : table.rows()) {
            lines.add(cells(row));
        }
        lines.add(cells(table.total()));
        int[] widths = new int[head.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(table.scale() + " by " + table.by().name().toLowerCase(Locale.ROOT) + ", from "
                + table.basis() + System.lineSeparator());
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.append(i == 0 ? String.format("%-" + widths[i] + "s", line.get(i)) : String.format("  %" + widths[i] + "s", line.get(i)));
            }
            out.append(System.lineSeparator());
        }
        out.append("Totals are sums of the values given; 'missing' counts sub-items marked N/A or left unscored.");
        for (String s : table.skipped()) {
            out.append(System.lineSeparator()).append("Left out: ").append(s);
        }
        if (table.withheldSheets() > 0) {
            out.append(System.lineSeparator()).append(table.withheldSheets())
                    .append(" submitted sheet(s) withheld until both raters of their recording have submitted");
        }
        return out.toString();
    }

    private static List<String> cells(Row row) {
        List<String> line = new ArrayList<>();
        line.add(row.label());
        for (Cell cell : row.cells()) {
            line.add(cell.recordings() == 0 ? "-" : number(cell.total()));
            line.add(cell.recordings() == 0 ? "" : Integer.toString(cell.missing()));
        }
        line.add(row.difference() == null ? "" : number(row.difference()));
        return line;
    }

    /** Whole numbers without decimals; means to two decimals. */
    public static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
