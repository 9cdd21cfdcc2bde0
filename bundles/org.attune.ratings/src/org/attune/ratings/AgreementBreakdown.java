package org.attune.ratings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Bootstrap;
import org.attune.agreement.Coefficient;
import org.attune.agreement.RatingData;
import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleSubItem;
import org.attune.model.SheetStatus;
import org.attune.model.User;

/**
 * Inter-rater agreement of a scale's submitted rater sheets, overall and broken down as a study reports it:
 * per item (its sub-items on every recording), per sub-item across recordings, and per recording (its
 * sub-items). N/A and unscored are missing data. Only sheets the viewer may see count (blind rule).
 */
public final class AgreementBreakdown {
    public enum Level {
        OVERALL, ITEM, SUB_ITEM, RECORDING
    }

    /** One part of the breakdown: what its units are, the scores, and every coefficient computed on them. */
    public record Part(Level level, String key, String label, AgreementReport report, RatingData data) {
    }

    /**
     * @param raters the raters whose sheets entered, in the order they first appear
     * @param withheldSheets submitted rater sheets the viewer may not see yet
     */
    public record Breakdown(String scale, List<String> raters, int recordings, int withheldSheets, List<Part> parts) {
        public Part overall() {
            return parts.getFirst();
        }

        public Part part(Level level, String key) {
            return parts.stream().filter(p -> p.level() == level && p.key().equals(key)).findFirst()
                    .orElseThrow(() -> new RatingException("no " + level.name().toLowerCase().replace('_', '-') + " \"" + key
                            + "\" in the agreement breakdown"));
        }
    }

    /**
     * The columns of the agreement report as a table: one row per part and coefficient. {@code ci_low}/{@code ci_high}: the
     * coefficient's 95% interval (for the alphas the bootstrap resampling units); {@code kalpha_*} and {@code q_*}: Krippendorff's
     * own bootstrap of the alphas (KALPHA) and its probabilities of alpha below .9, .8, .7, .67, .6 and .5.
     */
    public static final List<String> COLUMNS = List.of("level", "key", "label", "coefficient", "value", "ci_low", "ci_high",
            "units_used", "raters", "not_defined", "kalpha_ci_low", "kalpha_ci_high", "q_0.9", "q_0.8", "q_0.7", "q_0.67", "q_0.6",
            "q_0.5");

    private AgreementBreakdown() {
    }

    /** The report as rows of {@link #COLUMNS}; an undefined coefficient has no value and says why. */
    public static List<List<Object>> rows(Breakdown breakdown) {
        List<List<Object>> rows = new ArrayList<>();
        for (Part part : breakdown.parts()) {
            for (AgreementEntry e : part.report().entries()) {
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(part.level().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), part.key(), part.label(), e.coefficient().id(), e.isDefined() ? e.value() : null, e.ciLow(),
                        e.ciHigh(), e.unitsUsed(), e.raters(), e.notDefined()));
                row.add(e.kalpha() == null ? null : e.kalpha().ciLow());
                row.add(e.kalpha() == null ? null : e.kalpha().ciHigh());
                for (double min : org.attune.agreement.KalphaBootstrap.MINIMA) {
                    row.add(e.kalpha() == null ? null : e.kalpha().q(min));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Writes the report as a tidy CSV (UTF-8, RFC 4180), values at full precision. */
    public static RatingExport.Written csv(Breakdown breakdown, java.nio.file.Path file) {
        List<List<Object>> rows = rows(breakdown).stream()
                .map(r -> r.stream().map(v -> v instanceof Double d ? (Object) Double.toString(d) : v).toList()).toList();
        RatingExport.writeCsv(file, COLUMNS, rows);
        return new RatingExport.Written(file, rows.size(), breakdown.withheldSheets());
    }

    /** The breakdown, each part's Krippendorff's alphas with a bootstrapped interval when {@code bootstrap} is given. */
    public static Breakdown of(Project project, String scaleName, User viewer, Bootstrap bootstrap) {
        Breakdown breakdown = of(project, scaleName, viewer);
        return bootstrap == null ? breakdown : withIntervals(breakdown, bootstrap, () -> false);
    }

    /**
     * The breakdown with each part's Krippendorff's alphas given a bootstrapped interval (the model is not read: any
     * thread); null when {@code cancelled} says so between parts.
     */
    public static Breakdown withIntervals(Breakdown breakdown, Bootstrap bootstrap, java.util.function.BooleanSupplier cancelled) {
        List<Part> parts = new ArrayList<>();
        for (Part p : breakdown.parts()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            parts.add(new Part(p.level(), p.key(), p.label(), Agreement.compute(p.data(), EnumSet.allOf(Coefficient.class), bootstrap),
                    p.data()));
        }
        return new Breakdown(breakdown.scale(), breakdown.raters(), breakdown.recordings(), breakdown.withheldSheets(), parts);
    }

    public static Breakdown of(Project project, String scaleName, User viewer) {
        RatingScale newest = Scales.latest(project, scaleName);
        List<AgreementRows.Rating> rows = AgreementRows.of(project, newest.getName(), viewer);
        List<Part> parts = new ArrayList<>();
        parts.add(part(Level.OVERALL, "all", "all sub-items of all recordings", rows, r -> true, AgreementRows.Rating::unit));
        for (ScaleItem item : newest.getItems()) {
            if (item.isNotUsed()) {
                continue;
            }
            String prefix = item.getNumber() + ".";
            parts.add(part(Level.ITEM, item.getNumber(), item.getNumber() + " " + item.getTitle(), rows,
                    r -> r.subItem().startsWith(prefix), AgreementRows.Rating::unit));
        }
        for (ScaleSubItem sub : Scales.scorableSubItems(newest)) {
            String key = Scales.key(sub);
            parts.add(part(Level.SUB_ITEM, key, key + " " + sub.getText(), rows, r -> r.subItem().equals(key),
                    AgreementRows.Rating::recordingId));
        }
        Map<String, String> recordings = new LinkedHashMap<>();
        rows.forEach(r -> recordings.putIfAbsent(r.recordingId(), r.recording()));
        recordings.forEach((id, name) -> parts.add(part(Level.RECORDING, id, name, rows, r -> r.recordingId().equals(id),
                AgreementRows.Rating::subItem)));
        LinkedHashSet<String> raters = new LinkedHashSet<>();
        rows.forEach(r -> raters.add(r.rater()));
        return new Breakdown(newest.getName(), List.copyOf(raters), recordings.size(), withheld(project, newest.getName(), viewer),
                parts);
    }

    private static Part part(Level level, String key, String label, List<AgreementRows.Rating> rows,
            Predicate<AgreementRows.Rating> in, Function<AgreementRows.Rating, String> unit) {
        List<RatingData.Rating> data = rows.stream().filter(in).map(r -> new RatingData.Rating(unit.apply(r), r.rater(),
                r.value() == null ? null : r.value().doubleValue())).toList();
        RatingData scores = RatingData.of(data);
        return new Part(level, key, label, Agreement.compute(scores), scores);
    }

    private static int withheld(Project project, String scaleName, User viewer) {
        return (int) Scales.sheets(project, scaleName).stream().filter((RatingSheet s) -> !s.isConsensus()
                && s.getStatus() == SheetStatus.SUBMITTED && !BlindRule.canView(s, viewer)).count();
    }
}
