package org.attune.ratings;

import org.attune.model.Project;
import org.attune.model.RatingSheet;

/** Finding and naming sheets. */
public final class Sheets {
    private Sheets() {
    }

    /** The sheet with this id, or whose id starts with it (at least 8 characters, unambiguous). */
    public static RatingSheet find(Project project, String id) {
        RatingSheet found = null;
        for (RatingSheet sheet : project.getRatingSheets()) {
            if (sheet.getId().equals(id)) {
                return sheet;
            }
            if (id.length() >= 8 && sheet.getId().startsWith(id)) {
                if (found != null) {
                    throw new RatingException("the sheet id \"" + id + "\" is ambiguous; give more of it");
                }
                found = sheet;
            }
        }
        if (found == null) {
            throw new RatingException("no rating sheet with id \"" + id + "\" in the project");
        }
        return found;
    }

    /** e.g. "Kim's sheet abcd1234 of recording-1.mp4" or "consensus sheet ...". */
    public static String describe(RatingSheet sheet) {
        String who = sheet.isConsensus() ? "the consensus sheet" : BlindRule.name(sheet.getCreatedBy()) + "'s sheet";
        String id = sheet.getId() == null ? "" : " " + sheet.getId().substring(0, Math.min(8, sheet.getId().length()));
        return who + id + " of \"" + (sheet.getRecording() == null ? "?" : sheet.getRecording().getName()) + "\"";
    }
}
