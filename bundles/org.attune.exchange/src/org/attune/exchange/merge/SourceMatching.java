package org.attune.exchange.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attune.exchange.merge.MergeReport.Outcome;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The sources part of a merge: a source of the other copy is this project's source of the same content (a text's
 * SHA-256, a recording's or picture's file hash), else of the same id, else of the same name; matched by id or name
 * with other content, it is a conflict and none of its codings come in. A text source that is not here is added
 * with its text, turns and codings; a recording or picture that is not here is skipped (import its file first).
 * Codings come in once: one of the same id, or of the same code, stretch and coder, is here already.
 */
final class SourceMatching {
    private final MergePlanner plan;
    private final Map<String, Source> ourByHash = new HashMap<>();
    private int nextPosition;

    SourceMatching(MergePlanner plan) {
        this.plan = plan;
        for (Source s : plan.ours.getSources()) {
            ourByHash.putIfAbsent(hash(s, plan.store::text), s);
            nextPosition = Math.max(nextPosition, s.getPosition() + 1);
        }
    }

    private static String hash(Source s, java.util.function.Function<TextSource, String> text) {
        return s instanceof TextSource t ? "text:" + MergePlanner.hash(text.apply(t)) : "file:" + s.getContentHash();
    }

    void plan(List<Source> theirs, SubMonitor progress) {
        for (Source their : theirs) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(their.getName());
            source(their);
            progress.worked(1);
        }
    }

    private void source(Source their) {
        String hash = hash(their, plan.theirs::text);
        Source match = their instanceof TextSource || their.getContentHash() != null ? ourByHash.get(hash) : null;
        if (match != null) {
            plan.report(Outcome.MATCHED, "source", their.getName(), their.getName().equals(match.getName()) ? "same content"
                    : "same content as \"" + match.getName() + "\"");
            codings(their, match, false);
            return;
        }
        Source same = MergePlanner.byIdOr(plan.ours.getSources(), their, s -> Objects.equals(s.getName(), their.getName()));
        if (same != null) {
            plan.mapped.put(their, null);
            plan.report(Outcome.CONFLICT, "source", their.getName(), "its content differs from this project's \"" + same.getName()
                    + "\"; none of its " + codingCount(their) + " coding(s) were merged");
            return;
        }
        if (!(their instanceof TextSource text)) {
            plan.report(Outcome.SKIPPED, "source", their.getName(), "a recording or picture that is not in this project: "
                    + "import its file, then merge again");
            return;
        }
        TextSource copy = copyText(text);
        plan.changes.add(() -> plan.ours.getSources().add(copy));
        plan.report(Outcome.ADDED, "source", their.getName(), "");
        codings(their, copy, true);
    }

    private int codingCount(Source their) {
        plan.theirs.load(their);
        return their.getCodings().size();
    }

    private TextSource copyText(TextSource their) {
        plan.theirs.load(their);
        TextSource copy = plan.copies.of(their);
        plan.stamp(their, copy);
        copy.setStoredPath(null); // the text is in the store; the other copy's file is not brought along
        copy.setStorage(null);
        copy.setPosition(nextPosition++);
        copy.getImportMetadata().putAll(their.getImportMetadata().map());
        for (SpeakerTurn turn : their.getTurns()) {
            SpeakerTurn t = plan.copies.of(turn);
            t.setCase(plan.ours(turn.getCase()));
            copy.getTurns().add(t);
        }
        for (SyncPoint point : their.getSyncPoints()) {
            copy.getSyncPoints().add(plan.copies.of(point));
        }
        plan.texts.put(copy, plan.theirs.text(their));
        plan.mapped.put(their, copy);
        ourByHash.put(hash(their, plan.theirs::text), copy);
        return copy;
    }

    private void codings(Source their, Source ours, boolean isNew) {
        plan.mapped.put(their, ours);
        plan.theirs.load(their);
        if (!isNew) {
            plan.store.load(ours);
        }
        int here = 0;
        for (Coding coding : their.getCodings()) {
            Code code = plan.ours(coding.getCode());
            if (code == null) {
                plan.report(Outcome.SKIPPED, "coding", MergeNames.of(coding), "its code was not merged");
                continue;
            }
            Coding match = isNew ? null : MergePlanner.byIdOr(List.copyOf(ours.getCodings()), coding, c -> c.getCode() == code
                    && EcoreUtil.equals(c.getSelection(), coding.getSelection()) && sameCoder(c, coding));
            if (match != null) {
                plan.mapped.put(coding, match);
                here++;
                continue;
            }
            Coding copy = plan.copies.of(coding);
            plan.stamp(coding, copy);
            copy.setCode(code);
            copy.setSelection(EcoreUtil.copy(coding.getSelection()));
            plan.mapped.put(coding, copy);
            if (isNew) {
                ours.getCodings().add(copy);
            } else {
                plan.changes.add(() -> ours.getCodings().add(copy));
            }
            plan.report(Outcome.ADDED, "coding", MergeNames.of(code) + " on " + ours.getName() + " "
                    + MergeNames.where(coding.getSelection()) + (copy.getCreatedBy() == null ? "" : " by " + copy.getCreatedBy().getName()), "");
        }
        if (here > 0) {
            plan.report(Outcome.MATCHED, "codings", ours.getName(), here + " coding(s) here already");
        }
    }

    private static boolean sameCoder(Coding a, Coding b) {
        String x = a.getCreatedBy() == null ? null : a.getCreatedBy().getName();
        String y = b.getCreatedBy() == null ? null : b.getCreatedBy().getName();
        return Objects.equals(x, y);
    }
}
