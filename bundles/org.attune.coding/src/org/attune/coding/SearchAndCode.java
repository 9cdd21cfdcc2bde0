package org.attune.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.core.ActionLabel;
import org.attune.core.Counted;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttunePackage;
import org.attune.model.Code;
import org.attune.model.codes.Codes;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * Code All Hits: codes every stretch given (the hits of a search in transcripts, or the whole turns holding them)
 * with one code, found by its path or name or else created by the rules of {@link Codes}, as one action: one undo
 * takes it all back. A stretch already coded with that code is not coded twice; hits in memos and code definitions
 * have no stretch to code. Every stretch is accounted for: {@code coded + alreadyCoded + notInTranscripts} is the
 * number given.
 */
public final class SearchAndCode {
    private SearchAndCode() {
    }

    /**
     * The codings made: how many, and with which code (its path); {@code alreadyCoded} hits were coded with it
     * before (or fall in a turn coded for an earlier hit), {@code notInTranscripts} are in memos or code definitions.
     */
    public record Result(String code, boolean newCode, int coded, int alreadyCoded, int notInTranscripts) {
    }

    /**
     * A place to code: code points [start, end) of the transcript {@code sourceId}; a {@code sourceId} that is null
     * (a hit in a memo or code definition) or names no transcript is not coded and counts as not in transcripts.
     */
    public record Stretch(String sourceId, int start, int end) {
    }

    public static Result code(ProjectStore store, List<Stretch> stretches, String codeName) {
        Code code = Codes.find(store.project(), codeName).orElse(null);
        boolean newCode = code == null;
        if (newCode) {
            code = Codes.create(store.project(), null, codeName, AnalyticLevel.OPEN);
        }
        String name = code.path();
        Map<String, Source> sources = new HashMap<>();
        store.project().getSources().forEach(s -> sources.put(s.getId(), s));
        Map<Source, List<Coding>> bySource = new HashMap<>();
        int already = 0;
        int elsewhere = 0;
        for (Stretch stretch : stretches) {
            Source source = stretch.sourceId() == null ? null : sources.get(stretch.sourceId());
            if (!(source instanceof TextSource)) {
                elsewhere++;
                continue;
            }
            store.load(source);
            int start = stretch.start();
            int end = stretch.end();
            List<Coding> planned = bySource.computeIfAbsent(source, s -> new ArrayList<>());
            if (covered(source.getCodings(), code, start, end) || covered(planned, code, start, end)) {
                already++;
                continue;
            }
            planned.add(Coder.newCoding(code, start, end));
        }
        CompoundCommand action = new CompoundCommand();
        if (newCode) {
            action.append(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__CODES, code));
        }
        int coded = 0;
        for (Map.Entry<Source, List<Coding>> entry : bySource.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                action.append(AddCommand.create(store.editingDomain(), entry.getKey(), AttunePackage.Literals.SOURCE__CODINGS,
                        entry.getValue()));
                coded += entry.getValue().size();
            }
        }
        if (coded > 0) { // not unwrapped: one coding's AddCommand would be labelled "Add" in Edit > Undo
            action.setLabel("Code " + Counted.of(coded, "hit") + " with " + ActionLabel.q(name));
            store.execute(action);
        }
        return new Result(name, newCode && coded > 0, coded, already, elsewhere);
    }

    private static boolean covered(List<Coding> codings, Code code, int start, int end) {
        return codings.stream().anyMatch(c -> c.getCode() == code && c.getSelection() instanceof TextSelection s
                && s.getStart() == start && s.getEnd() == end);
    }
}
