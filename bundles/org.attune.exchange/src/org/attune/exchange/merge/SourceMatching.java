package org.attune.exchange.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attune.exchange.merge.MergeReport.Outcome;
import org.attune.importer.text.TextNormalizer;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Selection;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The sources part of a merge: a source of the other copy is this project's source of the same content (a text's
 * SHA-256 as stored, else once normalised as the importer does, its codings' positions then translated; a
 * recording's or picture's file hash), else of the same id, else of the same name; matched by id or name with other
 * content, it is a conflict and none of its codings come in. A text source that is not here is added
 * with its text, turns and codings; a recording or picture that is not here is skipped (import its file first).
 * Codings come in once: one of the same id, or of the same code, stretch and coder, is here already.
 */
final class SourceMatching {
    private final MergePlanner plan;
    /** by the hash of the text as stored, or of the recording's or picture's file */
    private final Map<String, Source> ourByHash = new HashMap<>();
    /** by the hash of the text once normalised */
    private final Map<String, Source> ourByNormalised = new HashMap<>();
    private int nextPosition;
    /** per source of this project, its codings by id and by {@link #key} */
    private final Map<Source, Map<Object, Coding>> here = new HashMap<>();

    SourceMatching(MergePlanner plan) {
        this.plan = plan;
        for (Source s : plan.ours.getSources()) {
            index(s, s instanceof TextSource t ? plan.store.text(t) : null);
            nextPosition = Math.max(nextPosition, s.getPosition() + 1);
        }
    }

    private void index(Source s, String text) {
        if (text != null && !text.isBlank()) { // empty documents are not the same document
            ourByHash.putIfAbsent(MergePlanner.hash(text), s);
            ourByNormalised.putIfAbsent(MergePlanner.hash(TextNormalizer.normalize(text)), s);
        } else if (s.getContentHash() != null) {
            ourByHash.putIfAbsent("file:" + s.getContentHash(), s);
        }
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
        String text = their instanceof TextSource t ? plan.theirs.text(t) : null;
        Source match = text != null ? (text.isBlank() ? null : ourByHash.get(MergePlanner.hash(text)))
                : their.getContentHash() == null ? null : ourByHash.get("file:" + their.getContentHash());
        String as = match == null || their.getName().equals(match.getName()) ? "" : " as \"" + match.getName() + "\"";
        if (match != null) {
            plan.report(Outcome.MATCHED, "source", their.getName(), "same content" + as);
            codings(their, match, false, null);
            return;
        }
        match = text == null || text.isBlank() ? null : ourByNormalised.get(MergePlanner.hash(TextNormalizer.normalize(text)));
        if (match != null) {
            as = their.getName().equals(match.getName()) ? "" : " as \"" + match.getName() + "\"";
            TextAlignment alignment = TextAlignment.of(text, plan.store.text((TextSource) match));
            if (alignment == null) {
                plan.mapped.put(their, null);
                plan.report(Outcome.CONFLICT, "source", their.getName(), "the same text" + as + " once normalised, but its positions "
                        + "cannot be translated; none of its " + codingCount(their) + " coding(s) were merged");
                return;
            }
            plan.report(Outcome.MATCHED, "source", their.getName(), "the same text" + as + " once normalised; positions translated");
            codings(their, match, false, alignment);
            return;
        }
        Source same = MergePlanner.byIdOr(plan.ours.getSources(), their, s -> Objects.equals(s.getName(), their.getName()));
        if (same instanceof TextSource t && text != null && text.equals(plan.store.text(t))) { // e.g. both empty
            plan.report(Outcome.MATCHED, "source", their.getName(), "the same " + (text.isBlank() ? "empty " : "") + "text");
            codings(their, same, false, null);
            return;
        }
        if (same != null) {
            plan.mapped.put(their, null);
            plan.report(Outcome.CONFLICT, "source", their.getName(), "its content differs from this project's \"" + same.getName()
                    + "\"; none of its " + codingCount(their) + " coding(s) were merged");
            return;
        }
        if (!(their instanceof TextSource textSource)) {
            plan.report(Outcome.SKIPPED, "source", their.getName(), "a recording or picture that is not in this project: "
                    + "import its file, then merge again");
            return;
        }
        TextSource copy = copyText(textSource);
        plan.changes.add(() -> plan.ours.getSources().add(copy));
        plan.report(Outcome.ADDED, "source", their.getName(), "");
        codings(their, copy, true, null);
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
        for (org.attune.model.AttributeValue value : their.getValues()) {
            org.attune.model.AttributeDefinition d = plan.ours(value.getDefinition());
            if (d != null) {
                org.attune.model.AttributeValue v = plan.copies.of(value);
                v.setDefinition(d);
                copy.getValues().add(v);
            }
        }
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
        index(copy, plan.theirs.text(their));
        return copy;
    }

    /** @param alignment from their text to ours, null when the texts are the same as stored */
    private void codings(Source their, Source ours, boolean isNew, TextAlignment alignment) {
        plan.mapped.put(their, ours);
        plan.theirs.load(their);
        if (!isNew) {
            plan.store.load(ours);
        }
        int matched = 0;
        for (Coding coding : their.getCodings()) {
            Code code = plan.ours(coding.getCode());
            if (code == null) {
                plan.report(Outcome.SKIPPED, "coding", MergeNames.of(coding), "its code was not merged");
                continue;
            }
            Selection selection = alignment == null ? EcoreUtil.copy(coding.getSelection()) : alignment.translate(coding.getSelection());
            if (selection == null) {
                plan.report(Outcome.SKIPPED, "coding", MergeNames.of(coding), "the words it covers differ in this project's text");
                continue;
            }
            Map<Object, Coding> here = this.here.computeIfAbsent(ours, SourceMatching::index);
            Coding match = here.getOrDefault(coding.getId(), here.get(key(code, selection, coding.getCreatedBy())));
            if (match != null) {
                plan.mapped.put(coding, match);
                matched++;
                continue;
            }
            Coding copy = plan.copies.of(coding);
            plan.stamp(coding, copy);
            copy.setCode(code);
            copy.setSelection(selection);
            plan.mapped.put(coding, copy);
            here.put(copy.getId(), copy);
            here.put(key(code, selection, copy.getCreatedBy()), copy);
            if (isNew) {
                ours.getCodings().add(copy);
            } else {
                plan.changes.add(() -> ours.getCodings().add(copy));
            }
            plan.report(Outcome.ADDED, "coding", MergeNames.of(code) + " on " + ours.getName() + " "
                    + MergeNames.where(selection) + (copy.getCreatedBy() == null ? "" : " by " + copy.getCreatedBy().getName()), "");
        }
        if (matched > 0) {
            plan.report(Outcome.MATCHED, "codings", ours.getName(), matched + " coding(s) here already");
        }
    }

    /** This project's codings of a source (and those the merge adds to it) by id and by code, stretch and coder. */
    private static Map<Object, Coding> index(Source ours) {
        Map<Object, Coding> index = new HashMap<>();
        for (Coding c : ours.getCodings()) {
            index.putIfAbsent(c.getId(), c);
            index.putIfAbsent(key(c.getCode(), c.getSelection(), c.getCreatedBy()), c);
        }
        return index;
    }

    /** The code (by identity), the selection's kind and values, and the coder's name. */
    private static List<Object> key(Code code, Selection selection, User coder) {
        List<Object> key = new ArrayList<>();
        key.add(code);
        key.add(coder == null ? null : coder.getName());
        if (selection != null) {
            key.add(selection.eClass());
            selection.eClass().getEAllAttributes().forEach(a -> key.add(selection.eGet(a)));
        }
        return key;
    }
}
