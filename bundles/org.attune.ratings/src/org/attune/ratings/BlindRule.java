package org.attune.ratings;

import java.util.List;
import java.util.Objects;

import org.attune.model.Project;
import org.attune.model.RatingSheet;
import org.attune.model.SheetStatus;
import org.attune.model.User;

/**
 * Raters rate blind: a rater always sees their own sheets, and anyone sees another rater's sheet of a
 * recording only once the rater sheets of that recording (on that scale, any version) come from at least
 * two raters and are all submitted. Every reader (views, comparison, tables, exports, agreement rows)
 * goes through this rule with the user who is looking.
 */
public final class BlindRule {
    private BlindRule() {
    }

    public static boolean canView(RatingSheet sheet, User viewer) {
        if (viewer != null && sheet.getCreatedBy() == viewer) {
            return true;
        }
        List<RatingSheet> raterSheets = raterSheets(sheet);
        long raters = raterSheets.stream().map(RatingSheet::getCreatedBy).filter(Objects::nonNull).distinct().count();
        return raters >= 2 && raterSheets.stream().allMatch(s -> s.getStatus() == SheetStatus.SUBMITTED);
    }

    /** Throws {@link BlindRuleException} unless {@code viewer} may see {@code sheet}. */
    public static void check(RatingSheet sheet, User viewer) {
        if (!canView(sheet, viewer)) {
            throw new BlindRuleException("blind rating: " + name(viewer) + " cannot see " + Sheets.describe(sheet)
                    + " until both raters' sheets of \"" + sheet.getRecording().getName() + "\" are submitted");
        }
    }

    /** The non-consensus sheets of the same recording on the same scale (every version). */
    static List<RatingSheet> raterSheets(RatingSheet sheet) {
        Project project = (Project) sheet.eContainer();
        return project.getRatingSheets().stream().filter(s -> !s.isConsensus() && s.getRecording() == sheet.getRecording()
                && s.getScale() != null && sheet.getScale() != null && Objects.equals(s.getScale().getName(), sheet.getScale().getName()))
                .toList();
    }

    static String name(User user) {
        return user == null ? "nobody" : user.getName();
    }
}
