package org.attune.ratings;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.Project;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleSubItem;
import org.attune.model.ScoreState;
import org.attune.model.SheetStatus;
import org.attune.model.User;

/**
 * The submitted rater sheets of a scale as tidy rows for agreement statistics: one row per unit (recording and
 * sub-item) and rater, with the value or null (N/A or unscored). Consensus sheets and items not used are left
 * out; sheets the viewer may not see yet (blind rule) too.
 */
public final class AgreementRows {
    /** @param unit recording id + "|" + sub-item key, e.g. "3f2c...|4.2" */
    public record Rating(String unit, String recordingId, String recording, String subItem, String rater, Integer value) {
    }

    private AgreementRows() {
    }

    public static List<Rating> of(Project project, String scaleName, User viewer) {
        Scales.latest(project, scaleName); // a clear error for an unknown scale
        List<Rating> rows = new ArrayList<>();
        for (RatingSheet sheet : Scales.sheets(project, scaleName)) {
            if (sheet.isConsensus() || sheet.getStatus() != SheetStatus.SUBMITTED || !BlindRule.canView(sheet, viewer)) {
                continue;
            }
            for (ScaleSubItem sub : Scales.scorableSubItems(sheet.getScale())) {
                Mark mark = Mark.of(RatingService.scoreOf(sheet, sub));
                String key = Scales.key(sub);
                rows.add(new Rating(sheet.getRecording().getId() + "|" + key, sheet.getRecording().getId(),
                        sheet.getRecording().getName(), key, BlindRule.name(sheet.getCreatedBy()),
                        mark.state() == ScoreState.VALUE ? mark.value() : null));
            }
        }
        return rows;
    }
}
