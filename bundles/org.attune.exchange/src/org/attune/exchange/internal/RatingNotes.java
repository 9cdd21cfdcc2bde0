package org.attune.exchange.internal;

import java.util.Locale;

import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.ScoreState;

/**
 * What other tools see of Attune's ratings in a .qdpx: one note per scale and one per rating sheet, in words.
 * Attune itself reads ratings back from its extension (attune/model.json), never from these texts.
 */
final class RatingNotes {
    private RatingNotes() {
    }

    static String scaleTitle(RatingScale scale) {
        return "Rating scale: " + scale.getName() + " (version " + scale.getVersion() + ")";
    }

    static String scaleText(RatingScale scale) {
        StringBuilder text = new StringBuilder();
        if (scale.getDescription() != null) {
            text.append(scale.getDescription()).append("\n\n");
        }
        text.append("Levels:");
        for (ScaleLevel level : scale.getLevels()) {
            text.append(' ').append(level.getValue()).append(" = ").append(level.getLabel()).append(';');
        }
        text.append(scale.isAllowNotApplicable() ? " N/A allowed\n" : "\n");
        for (ScaleItem item : scale.getItems()) {
            text.append('\n').append(item.getNumber()).append(' ').append(item.getTitle()).append(item.isNotUsed() ? " (not used)" : "").append('\n');
            if (item.getKeyFeatures() != null) {
                text.append(item.getKeyFeatures()).append('\n');
            }
            for (ScaleSubItem sub : item.getSubItems()) {
                text.append("  ").append(sub.getNumber()).append(' ').append(sub.getText()).append('\n');
            }
        }
        return text.toString();
    }

    static String sheetTitle(RatingSheet sheet) {
        return String.format(Locale.ROOT, "Rating sheet: %s%s%s%s", sheet.getScale() == null ? "?" : sheet.getScale().getName(),
                sheet.getPractitioner() == null ? "" : " – " + sheet.getPractitioner().getName(),
                sheet.getCondition() == null ? "" : " – " + sheet.getCondition(),
                sheet.isConsensus() ? " – consensus" : sheet.getCreatedBy() == null ? "" : " – " + sheet.getCreatedBy().getName());
    }

    static String sheetText(RatingSheet sheet) {
        StringBuilder text = new StringBuilder();
        text.append("Status: ").append(sheet.getStatus().getLiteral()).append('\n');
        if (sheet.getRecording() != null) {
            text.append("Recording: ").append(sheet.getRecording().getName()).append('\n');
        }
        int total = 0;
        for (Score score : sheet.getScores()) {
            ScaleSubItem sub = score.getSubItem();
            String value = score.getState() == ScoreState.VALUE ? Integer.toString(score.getValue())
                    : score.getState() == ScoreState.NOT_APPLICABLE ? "N/A" : "not scored";
            if (score.getState() == ScoreState.VALUE) {
                total += score.getValue();
            }
            text.append(sub == null ? "?" : sub.getNumber()).append(": ").append(value)
                    .append(score.getNote() == null ? "" : " (" + score.getNote() + ")").append('\n');
        }
        text.append("Total: ").append(total).append('\n');
        if (sheet.getDecisionNote() != null) {
            text.append("\n").append(sheet.getDecisionNote()).append('\n');
        }
        return text.toString();
    }
}
