package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.attune.core.Counted;

/**
 * The text of {@code sources list} and {@code cases list}: a row per element under a header of its own columns, a
 * column per attribute (in the order they are defined; empty where an element has no value) and columns of lists
 * (e.g. its cases, its links), each list joined with commas; then how many rows there are.
 */
final class AttributeSheet {
    private AttributeSheet() {
    }

    /**
     * @param lead the header of the element's own columns, e.g. SOURCE, KIND
     * @param attributes the attributes' names
     * @param lists the header of the list columns, e.g. CASES, LINKS
     * @param cells an element's own cells, as many as {@code lead}
     * @param values an element's attribute values by name
     * @param items an element's lists, as many as {@code lists}
     * @param noun what a row is, e.g. "source"
     */
    static <R> String text(List<String> lead, List<String> attributes, List<String> lists, List<R> rows, Function<R, List<String>> cells,
            Function<R, Map<String, String>> values, Function<R, List<List<String>>> items, String noun) {
        List<String> header = new ArrayList<>(lead);
        header.addAll(attributes);
        header.addAll(lists);
        List<List<String>> table = rows.stream().map(r -> {
            List<String> row = new ArrayList<>(cells.apply(r));
            Map<String, String> of = values.apply(r);
            attributes.forEach(n -> row.add(of.get(n) == null ? "" : of.get(n)));
            items.apply(r).forEach(list -> row.add(String.join(", ", list)));
            return row;
        }).toList();
        return (rows.isEmpty() ? "" : CodingText.table(header, table)) + Counted.of(rows.size(), noun);
    }
}
