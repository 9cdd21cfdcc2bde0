package org.attune.ratings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.attune.model.AttuneFactory;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.ScoreState;
import org.attune.model.SheetStatus;
import org.attune.model.User;
import org.attune.store.ProjectStore;

/** Comparing two raters' submitted sheets of a recording and recording the agreed (consensus) scores. */
public final class Consensus {
    private final ProjectStore store;

    public Consensus(ProjectStore store) {
        this.store = store;
    }

    /**
     * One scorable sub-item of two sheets. {@code difference} is |a - b| when both have a value, else null;
     * {@code disagree} is true when the marks differ (a value against N/A or unscored counts as a disagreement).
     */
    public record Comparison(String key, String text, Mark a, Mark b, boolean disagree, Integer difference) {
    }

    /** Compares two submitted sheets of the same recording and scale version, as {@code viewer} may see them. */
    public List<Comparison> compare(RatingSheet a, RatingSheet b, User viewer) {
        requirePair(a, b);
        BlindRule.check(a, viewer);
        BlindRule.check(b, viewer);
        List<Comparison> rows = new ArrayList<>();
        for (ScaleSubItem sub : Scales.scorableSubItems(a.getScale())) {
            Mark ma = Mark.of(RatingService.scoreOf(a, sub));
            Mark mb = Mark.of(RatingService.scoreOf(b, sub));
            Integer difference = ma.state() == ScoreState.VALUE && mb.state() == ScoreState.VALUE
                    ? Math.abs(ma.value() - mb.value()) : null;
            rows.add(new Comparison(Scales.key(sub), sub.getText(), ma, mb, !ma.equals(mb), difference));
        }
        return rows;
    }

    /**
     * Makes the consensus sheet of {@code a} and {@code b} in one action: where they agree, their mark; where
     * they disagree, the mark in {@code decisions} (by sub-item key, e.g. "4.2"), which must then be given.
     * The sheet is submitted, marked consensus, based on both, and made by {@code by}.
     */
    public RatingSheet make(RatingSheet a, RatingSheet b, Map<String, Mark> decisions, String decisionNote, User by) {
        List<Comparison> rows = compare(a, b, by);
        List<String> undecided = new ArrayList<>();
        for (Comparison row : rows) {
            if (row.disagree() && !decisions.containsKey(row.key())) {
                undecided.add(row.key() + " (" + row.a() + " vs " + row.b() + ")");
            }
        }
        if (!undecided.isEmpty()) {
            throw new RatingException("the raters disagree on " + undecided.size() + " sub-items; decide each: "
                    + String.join(", ", undecided));
        }
        for (String key : decisions.keySet()) {
            if (rows.stream().noneMatch(r -> r.key().equals(key))) {
                throw new RatingException("\"" + key + "\" is not a scored sub-item of \"" + a.getScale().getName() + "\"");
            }
        }
        for (RatingSheet existing : store.project().getRatingSheets()) {
            if (existing.isConsensus() && existing.getBasedOn().contains(a) && existing.getBasedOn().contains(b)) {
                throw new RatingException("there already is " + Sheets.describe(existing) + " based on these two sheets");
            }
        }
        RatingSheet sheet = AttuneFactory.eINSTANCE.createRatingSheet();
        sheet.setScale(a.getScale());
        sheet.setRecording(a.getRecording());
        sheet.setPractitioner(a.getPractitioner());
        sheet.setCondition(a.getCondition());
        sheet.setConsensus(true);
        sheet.getBasedOn().add(a);
        sheet.getBasedOn().add(b);
        sheet.setDecisionNote(decisionNote);
        sheet.setCreatedBy(by);
        sheet.setStatus(SheetStatus.SUBMITTED);
        sheet.setSubmittedAt(Date.from(Instant.now()));
        for (ScaleSubItem sub : Scales.scorableSubItems(a.getScale())) {
            Mark chosen = decisions.getOrDefault(Scales.key(sub), Mark.of(RatingService.scoreOf(a, sub)));
            if (chosen.state() == ScoreState.UNSCORED) {
                continue;
            }
            if (chosen.state() == ScoreState.VALUE && Scales.level(a.getScale(), chosen.value()) == null) {
                throw new RatingException(chosen.value() + " is not a level of \"" + a.getScale().getName() + "\"");
            }
            Score score = AttuneFactory.eINSTANCE.createScore();
            score.setSubItem(sub);
            score.setState(chosen.state());
            score.setValue(chosen.value() == null ? 0 : chosen.value());
            sheet.getScores().add(score);
        }
        store.apply("make consensus sheet of " + a.getRecording().getName(), () -> {
            store.project().getRatingSheets().add(sheet);
            RatingService.touch(sheet);
        });
        return sheet;
    }

    private static void requirePair(RatingSheet a, RatingSheet b) {
        if (a == b) {
            throw new RatingException("compare two different sheets");
        }
        if (a.isConsensus() || b.isConsensus()) {
            throw new RatingException("compare two raters' sheets, not a consensus sheet");
        }
        if (a.getRecording() != b.getRecording()) {
            throw new RatingException(Sheets.describe(a) + " and " + Sheets.describe(b) + " rate different recordings");
        }
        if (a.getScale() != b.getScale()) {
            throw new RatingException(Sheets.describe(a) + " and " + Sheets.describe(b) + " use different scale versions ("
                    + a.getScale().getVersion() + " and " + b.getScale().getVersion() + ")");
        }
        for (RatingSheet sheet : List.of(a, b)) {
            if (sheet.getStatus() != SheetStatus.SUBMITTED) {
                throw new RatingException(Sheets.describe(sheet) + " is not submitted yet");
            }
        }
    }
}
