package org.attune.agreement.text;

import java.util.List;
import java.util.Map;

/** The figures of one scope and the counts they come from (for example characters coded by both coders). */
public record Row(Scope scope, Map<String, Long> counts, List<Figure> figures) {
    public Figure figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + id + " in " + figures));
    }
}
