package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.agreement.AgreementEntry;
import org.attune.agreement.Bootstrap;
import org.attune.agreement.Coefficient;
import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;
import org.attune.model.User;
import org.attune.ratings.AgreementBreakdown;
import org.attune.ratings.AgreementBreakdown.Breakdown;
import org.attune.ratings.AgreementBreakdown.Part;
import org.attune.ratings.RatingService;
import org.attune.store.ProjectStore;

/** {@code agreement <project> --scale NAME}: the agreement breakdown of a scale's submitted rater sheets. */
final class ScaleAgreementReport {
    /** The columns of the text table when no --metric is given (--json has every coefficient). */
    static final Set<Coefficient> DEFAULT_COLUMNS = EnumSet.of(Coefficient.PERCENT_AGREEMENT, Coefficient.WITHIN_ONE_AGREEMENT,
            Coefficient.COHEN_KAPPA_QUADRATIC, Coefficient.KRIPPENDORFF_ALPHA_ORDINAL, Coefficient.ICC_2_1, Coefficient.GWET_AC2_LINEAR);

    private final Path project;
    private final String scale;
    private final String as;
    private final ProjectAccess access;
    private final Output output;

    ScaleAgreementReport(Path project, String scale, String as, ProjectAccess access, Output output) {
        this.project = project;
        this.scale = scale;
        this.as = as;
        this.access = access;
        this.output = output;
    }

    record JsonPart(String level, String key, String label, int units, int raters, List<AgreementCommand.JsonEntry> coefficients) {
    }

    record Result(String project, String scale, String viewer, List<String> raters, int recordings, int withheldSheets,
            List<JsonPart> parts) {
    }

    int print(Set<Coefficient> wanted, Bootstrap bootstrap) {
        return OpenProject.run(project, access, true, open -> { // the viewer is added to the project when new
            ProjectStore store = open.store;
            RatingService ratings = new RatingService(store);
            User viewer = ratings.user(Viewing.user(as));
            Breakdown breakdown = AgreementBreakdown.of(store.project(), scale, viewer, bootstrap);
            List<JsonPart> parts = new ArrayList<>();
            for (Part part : breakdown.parts()) {
                parts.add(new JsonPart(part.level().name().toLowerCase(Locale.ROOT).replace('_', '-'), part.key(), part.label(),
                        part.report().units(), part.report().raters(), part.report().entries().stream()
                                .filter(e -> wanted.contains(e.coefficient())).map(AgreementCommand.JsonEntry::of).toList()));
            }
            return output.done(new Result(project.toAbsolutePath().normalize().toString(), breakdown.scale(), viewer.getName(),
                    breakdown.raters(), breakdown.recordings(), breakdown.withheldSheets(), parts), text(breakdown, viewer, wanted));
        });
    }

    /** One line per part; each cell is the value and, in brackets, the units it used. */
    private static String text(Breakdown breakdown, User viewer, Set<Coefficient> wanted) {
        Set<Coefficient> columns = wanted.size() == Coefficient.values().length ? DEFAULT_COLUMNS : wanted;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: raters %s, %d recordings%s%n",
                breakdown.scale(), String.join(", ", breakdown.raters()), breakdown.recordings(),
                breakdown.withheldSheets() == 0 ? "" : "; " + breakdown.withheldSheets() + " submitted sheets withheld from "
                        + viewer.getName() + " (blind rule)"));
        text.append("each cell: value [units used]; - not defined (--json gives the reason)\n\n");
        text.append(String.format(Locale.ROOT, "%-10s %-40s %5s", "part", "", "units"));
        columns.forEach(c -> text.append(String.format(Locale.ROOT, " %-14s", c.id())));
        text.append('\n');
        for (Part part : breakdown.parts()) {
            String label = part.label().length() > 40 ? part.label().substring(0, 39) + "…" : part.label();
            text.append(String.format(Locale.ROOT, "%-10s %-40s %5d", part.level().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    label, part.report().units()));
            for (Coefficient c : columns) {
                AgreementEntry e = part.report().get(c);
                text.append(String.format(Locale.ROOT, " %-14s", e.isDefined()
                        ? String.format(Locale.ROOT, "%.3f [%d]", e.value(), e.unitsUsed()) : "-"));
            }
            text.append('\n');
        }
        Part overall = breakdown.parts().getFirst();
        text.append(AgreementCommand.bootstrapLines(" overall", overall.report().entries())); // with --bootstrap
        return text.toString().stripTrailing();
    }
}
