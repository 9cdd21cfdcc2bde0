package org.attune.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.Code;
import org.attune.model.codes.CodeTree;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.store.ProjectStore;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * Codes every hit of a search (or the whole turn holding it) with one code, created if new, as one action:
 * one undo takes it all back. A stretch already coded with that code is not coded twice.
 */
public final class SearchAndCode {
    private SearchAndCode() {
    }

    /** The codings made: how many, and with which code. */
    public record Result(String code, boolean newCode, int coded, int alreadyCoded) {
    }

    public static Result code(ProjectStore store, List<SearchHit> hits, String codeName, boolean wholeTurns) {
        String name = codeName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a code needs a name");
        }
        Code code = find(store, name);
        boolean newCode = code == null;
        if (newCode) {
            code = AttuneFactory.eINSTANCE.createCode();
            code.setName(name);
            code.setLevel(AnalyticLevel.OPEN);
        }
        Map<String, Source> sources = new HashMap<>();
        store.project().getSources().forEach(s -> sources.put(s.getId(), s));
        Map<Source, List<Coding>> bySource = new HashMap<>();
        int already = 0;
        for (SearchHit hit : hits) {
            Source source = sources.get(hit.sourceId());
            if (source == null) {
                continue;
            }
            store.load(source);
            int start = wholeTurns ? hit.unitStart() : hit.start();
            int end = wholeTurns ? hit.unitEnd() : hit.end();
            List<Coding> planned = bySource.computeIfAbsent(source, s -> new ArrayList<>());
            if (covered(source.getCodings(), code, start, end) || covered(planned, code, start, end)) {
                already++;
                continue;
            }
            Coding coding = AttuneFactory.eINSTANCE.createCoding();
            coding.setCode(code);
            TextSelection selection = AttuneFactory.eINSTANCE.createTextSelection();
            selection.setStart(start);
            selection.setEnd(end);
            coding.setSelection(selection);
            planned.add(coding);
        }
        CompoundCommand action = new CompoundCommand("Code " + hits.size() + " hits with " + name);
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
        if (coded > 0) {
            store.execute(action.unwrap());
        }
        return new Result(name, newCode && coded > 0, coded, already);
    }

    private static boolean covered(List<Coding> codings, Code code, int start, int end) {
        return codings.stream().anyMatch(c -> c.getCode() == code && c.getSelection() instanceof TextSelection s
                && s.getStart() == start && s.getEnd() == end);
    }

    private static Code find(ProjectStore store, String name) {
        return CodeTree.all(store.project()).stream().filter(c -> name.equalsIgnoreCase(c.getName())).findFirst().orElse(null);
    }
}
