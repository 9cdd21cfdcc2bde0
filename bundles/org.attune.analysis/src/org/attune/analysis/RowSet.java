package org.attune.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.Code;
import org.attune.model.codes.CodeTree;

/** The rows of a code matrix and, for each code, the rows its codings count in. */
final class RowSet {
    private static final int[] NONE = {};
    final List<Header> headers = new ArrayList<>();
    final List<Code> codes;
    private final Map<Code, int[]> rowsOf = new HashMap<>();

    /** Themes always count their sub-codes' codings, among codes too; other codes do when {@code includeSubcodes}. */
    RowSet(CodingSet data, Rows rows, boolean includeSubcodes) {
        codes = rows.codes(data.store().project());
        Map<Code, List<Integer>> lists = new HashMap<>();
        for (int r = 0; r < codes.size(); r++) {
            Code code = codes.get(r);
            lists.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
            if (includeSubcodes || Rows.THEME_LEVELS.contains(code.getLevel())) {
                for (Code sub : CodeTree.descendants(code)) {
                    lists.computeIfAbsent(sub, k -> new ArrayList<>()).add(r);
                }
            }
            headers.add(header(code));
        }
        lists.forEach((code, list) -> rowsOf.put(code, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The rows a coding with {@code code} counts in. */
    int[] rowsOf(Code code) {
        return rowsOf.getOrDefault(code, NONE);
    }

    private Header header(Code code) {
        int depth = 0;
        StringBuilder path = new StringBuilder(name(code));
        for (Code parent = code.getParent(); parent != null; parent = parent.getParent()) {
            path.insert(0, name(parent) + " / ");
            if (codes.contains(parent)) {
                depth++;
            }
        }
        return new Header(name(code), path.toString(), code, depth);
    }

    static String name(Code code) {
        return code.getName() == null ? "(unnamed code)" : code.getName();
    }
}
