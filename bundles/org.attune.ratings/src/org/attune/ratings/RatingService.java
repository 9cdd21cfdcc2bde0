package org.attune.ratings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.ScoreState;
import org.attune.model.SheetStatus;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.model.text.Marks;
import org.attune.store.ProjectStore;

/**
 * Rating sheets: one rater's scores of one recording on one scale version. Every change is one undoable
 * action and is made by the sheet's rater only; a submitted sheet is read-only until its rater reopens it.
 * Reading another rater's scores goes through {@link #view} and the {@link BlindRule}.
 */
public final class RatingService {
    private final ProjectStore store;

    public RatingService(ProjectStore store) {
        this.store = store;
    }

    /** How far a sheet is: sub-items with a value or N/A, of those to score (items not used are left out). */
    public record Progress(int done, int scorable, int values, int notApplicable) {
        public boolean complete() {
            return done == scorable;
        }
    }

    /** One sub-item as seen on a sheet. */
    public record ScoreView(String key, String text, Mark mark, String note, List<Moment> evidence) {
    }

    /** A sheet as a permitted viewer sees it. */
    public record SheetView(String id, String scale, int version, String recording, String practitioner,
            String condition, String rater, boolean consensus, SheetStatus status, Instant submittedAt,
            Progress progress, List<ScoreView> scores) {
    }

    /** The user of this name, added to the project (one action) if new. */
    public User user(String name) {
        requireText(name, "a user name");
        for (User user : store.project().getUsers()) {
            if (name.equals(user.getName())) {
                return user;
            }
        }
        User user = AttuneFactory.eINSTANCE.createUser();
        user.setName(name);
        store.apply("add user " + name, () -> store.project().getUsers().add(user));
        return user;
    }

    /** The case (practitioner) of this name, added to the project (one action) if new. */
    public Case practitioner(String name) {
        requireText(name, "a practitioner (case) name");
        for (Case c : store.project().getCases()) {
            if (name.equals(c.getName())) {
                return c;
            }
        }
        Case practitioner = AttuneFactory.eINSTANCE.createCase();
        practitioner.setName(name);
        store.apply("add case " + name, () -> store.project().getCases().add(practitioner));
        return practitioner;
    }

    /** Starts a draft sheet of {@code recording} on {@code scale} for {@code rater}; one per rater and recording. */
    public RatingSheet start(Source recording, RatingScale scale, User rater, Case practitioner, String condition) {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(rater, "rater");
        for (RatingSheet other : store.project().getRatingSheets()) {
            if (!other.isConsensus() && other.getCreatedBy() == rater && other.getRecording() == recording
                    && other.getScale() != null && Objects.equals(other.getScale().getName(), scale.getName())) {
                throw new RatingException(rater.getName() + " already has " + Sheets.describe(other) + " on \""
                        + scale.getName() + "\"; continue that one");
            }
        }
        RatingSheet sheet = AttuneFactory.eINSTANCE.createRatingSheet();
        sheet.setScale(scale);
        sheet.setRecording(recording);
        sheet.setCreatedBy(rater);
        sheet.setPractitioner(practitioner);
        sheet.setCondition(condition == null || condition.isBlank() ? null : condition.strip());
        sheet.setStatus(SheetStatus.DRAFT);
        store.apply("start rating sheet of " + recording.getName(), () -> {
            store.project().getRatingSheets().add(sheet);
            touch(sheet);
        });
        return sheet;
    }

    /**
     * Sets a sub-item's mark and, when not null, its note and evidence (replacing what was there), as one
     * action. Clearing a mark keeps the note and evidence.
     */
    public void score(RatingSheet sheet, ScaleSubItem sub, Mark mark, String note, List<Moment> evidence, User actor) {
        requireEditable(sheet, actor);
        if (Scales.scale(sub) != sheet.getScale()) {
            throw new RatingException("sub-item " + Scales.key(sub) + " is not on the scale version of " + Sheets.describe(sheet));
        }
        if (!Scales.isScorable(sub)) {
            throw new RatingException("item " + Scales.item(sub).getNumber() + " is marked not used; its sub-items are not scored");
        }
        if (mark.state() == ScoreState.VALUE && Scales.level(sheet.getScale(), mark.value()) == null) {
            throw new RatingException(mark.value() + " is not a level of \"" + sheet.getScale().getName() + "\" (levels: "
                    + sheet.getScale().getLevels().stream().map(l -> l.getValue() + " " + l.getLabel()).toList() + ")");
        }
        if (mark.state() == ScoreState.NOT_APPLICABLE && !Scales.allowsNotApplicable(sub)) {
            throw new RatingException("sub-item " + Scales.key(sub) + " cannot be marked N/A on this scale");
        }
        if (evidence != null) {
            evidence.forEach(m -> checkWithin(sheet.getRecording(), m));
        }
        store.apply("score " + Scales.key(sub) + " " + mark, () -> {
            Score score = scoreOf(sheet, sub);
            if (score == null) {
                score = AttuneFactory.eINSTANCE.createScore();
                score.setSubItem(sub);
                sheet.getScores().add(score);
            }
            score.setState(mark.state());
            score.setValue(mark.value() == null ? 0 : mark.value()); // read only when the state is VALUE
            if (note != null) {
                score.setNote(note.isBlank() ? null : note);
            }
            if (evidence != null) {
                score.getEvidence().clear();
                for (Moment m : evidence) {
                    score.getEvidence().add(Marks.time(m.startMs(), m.endMs()));
                }
            }
            if (score.getState() == ScoreState.UNSCORED && score.getNote() == null && score.getEvidence().isEmpty()) {
                sheet.getScores().remove(score);
            }
            touch(sheet);
        });
    }

    public void setValue(RatingSheet sheet, ScaleSubItem sub, int value, User actor) {
        score(sheet, sub, Mark.value(value), null, null, actor);
    }

    public Progress progress(RatingSheet sheet) {
        int values = 0;
        int notApplicable = 0;
        List<ScaleSubItem> scorable = Scales.scorableSubItems(sheet.getScale());
        for (ScaleSubItem sub : scorable) {
            Mark mark = Mark.of(scoreOf(sheet, sub));
            values += mark.state() == ScoreState.VALUE ? 1 : 0;
            notApplicable += mark.state() == ScoreState.NOT_APPLICABLE ? 1 : 0;
        }
        return new Progress(values + notApplicable, scorable.size(), values, notApplicable);
    }

    /** Submits the sheet; an incomplete one only when {@code allowIncomplete}. It is then read-only. */
    public void submit(RatingSheet sheet, User actor, boolean allowIncomplete) {
        requireEditable(sheet, actor);
        Progress progress = progress(sheet);
        if (!progress.complete() && !allowIncomplete) {
            throw new RatingException(Sheets.describe(sheet) + " has " + (progress.scorable() - progress.done())
                    + " of " + progress.scorable() + " sub-items unscored; score them (or mark N/A) or submit it as incomplete");
        }
        store.apply("submit rating sheet of " + sheet.getRecording().getName(), () -> {
            sheet.setStatus(SheetStatus.SUBMITTED);
            sheet.setSubmittedAt(Date.from(Instant.now()));
            touch(sheet);
        });
    }

    /** Makes a submitted sheet editable again; only its rater can, and only on purpose. */
    public void reopen(RatingSheet sheet, User actor) {
        requireRater(sheet, actor);
        if (sheet.getStatus() != SheetStatus.SUBMITTED) {
            throw new RatingException(Sheets.describe(sheet) + " is not submitted");
        }
        store.apply("reopen rating sheet of " + sheet.getRecording().getName(), () -> {
            sheet.setStatus(SheetStatus.DRAFT);
            sheet.setSubmittedAt(null);
            touch(sheet);
        });
    }

    /** The sheet as {@code viewer} may see it; throws {@link BlindRuleException} otherwise. */
    public SheetView view(RatingSheet sheet, User viewer) {
        BlindRule.check(sheet, viewer);
        return viewOf(sheet, progress(sheet));
    }

    /** The sheets {@code viewer} may see under the blind rule. */
    public List<RatingSheet> visibleSheets(User viewer) {
        return store.project().getRatingSheets().stream().filter(s -> BlindRule.canView(s, viewer)).toList();
    }

    static SheetView viewOf(RatingSheet sheet, Progress progress) {
        List<ScoreView> scores = new ArrayList<>();
        for (var item : sheet.getScale().getItems()) {
            for (ScaleSubItem sub : item.getSubItems()) {
                Score score = scoreOf(sheet, sub);
                List<Moment> evidence = score == null ? List.of()
                        : score.getEvidence().stream().map(t -> new Moment(t.getStartMs(), t.getEndMs())).toList();
                scores.add(new ScoreView(Scales.key(sub), sub.getText(), Mark.of(score), score == null ? null : score.getNote(),
                        evidence));
            }
        }
        return new SheetView(sheet.getId(), sheet.getScale().getName(), sheet.getScale().getVersion(),
                sheet.getRecording().getName(), sheet.getPractitioner() == null ? null : sheet.getPractitioner().getName(),
                sheet.getCondition(), BlindRule.name(sheet.getCreatedBy()), sheet.isConsensus(), sheet.getStatus(),
                sheet.getSubmittedAt() == null ? null : sheet.getSubmittedAt().toInstant(), progress, scores);
    }

    static Score scoreOf(RatingSheet sheet, ScaleSubItem sub) {
        for (Score score : sheet.getScores()) {
            if (score.getSubItem() == sub) {
                return score;
            }
        }
        return null;
    }

    /** Records a change of the sheet: its time and a new revision token (merging compares revision histories). */
    static void touch(RatingSheet sheet) {
        sheet.setModifiedAt(Date.from(Instant.now()));
        sheet.getRevisions().add(UUID.randomUUID().toString());
    }

    private static void requireEditable(RatingSheet sheet, User actor) {
        requireRater(sheet, actor);
        if (sheet.getStatus() == SheetStatus.SUBMITTED) {
            throw new RatingException(Sheets.describe(sheet) + " is submitted and read-only; reopen it to change it");
        }
    }

    private static void requireRater(RatingSheet sheet, User actor) {
        if (actor == null || sheet.getCreatedBy() != actor) {
            throw new RatingException("only " + BlindRule.name(sheet.getCreatedBy()) + " can change "
                    + Sheets.describe(sheet) + " (not " + BlindRule.name(actor) + ")");
        }
    }

    private static void checkWithin(Source recording, Moment moment) {
        if (recording instanceof MediaSource media && media.getDurationMs() > 0 && moment.endMs() > media.getDurationMs()) {
            throw new RatingException("the moment " + moment.startMs() + "-" + moment.endMs() + " ms lies beyond the end of \""
                    + recording.getName() + "\" (" + media.getDurationMs() + " ms)");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RatingException(what + " is needed");
        }
    }
}
