package org.attune.index;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.model.codes.CodeTree;
import org.attune.store.ProjectStore;

/** What of a project is indexed, read from its model (on the thread that changes the model). */
final class ProjectContent {
    private ProjectContent() {
    }

    /** The transcripts (every text source with an id). */
    static List<TextSource> textSources(ProjectStore store) {
        return store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                .filter(s -> s.getId() != null).toList();
    }

    /** Every code with an id, themes and sub-codes included. */
    static List<Code> allCodes(ProjectStore store) {
        return CodeTree.all(store.project()).stream().filter(c -> c.getId() != null).toList();
    }

    /** The language most transcripts are in: memos and code definitions are stemmed in it. */
    static String mainLanguage(ProjectStore store) {
        return textSources(store).stream().collect(Collectors.groupingBy(s -> String.valueOf(Analyzers.language(s.getLanguage())),
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(l -> !l.equals("null")).orElse("en");
    }
}
