package org.attune.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import of a REFI-QDA file did, per element type (users, codes, sources, codings, ...): how many were
 * imported, how many skipped and why; notes about quirks met (a renamed .qde, an absolute base path, ...); and
 * the id each element of the file got in the project (the same id unless the project already had it).
 */
public record ImportSummary(Path file, String format, String origin, Map<String, Counts> elements, List<String> notes,
        Map<String, String> ids) {

    /** Imported and skipped elements of one type; reasons name the element. */
    public record Counts(int imported, int skipped, List<String> reasons) {
    }

    public int imported(String type) {
        Counts c = elements.get(type);
        return c == null ? 0 : c.imported();
    }

    public int skipped(String type) {
        Counts c = elements.get(type);
        return c == null ? 0 : c.skipped();
    }

    /** Collects counts while reading. */
    public static final class Builder {
        private static final int MAX_REASONS = 50;
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final Map<String, List<String>> reasons = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final java.util.Set<String> noted = new java.util.HashSet<>();

        public void imported(String type) {
            counts.computeIfAbsent(type, k -> new int[2])[0]++;
        }

        public void skipped(String type, String reason) {
            counts.computeIfAbsent(type, k -> new int[2])[1]++;
            List<String> list = reasons.computeIfAbsent(type, k -> new ArrayList<>());
            if (list.size() < MAX_REASONS) {
                list.add(reason);
            } else if (list.size() == MAX_REASONS) {
                list.add("... and more");
            }
        }

        public void note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }

        /** A note of a kind said once, with the first case met as its example: later cases of the kind add nothing. */
        public void noteOnce(String kind, String note) {
            if (noted.add(kind)) {
                notes.add(note);
            }
        }

        public ImportSummary build(Path file, String format, String origin, Map<String, String> ids) {
            Map<String, Counts> elements = new LinkedHashMap<>();
            counts.forEach((type, c) -> elements.put(type, new Counts(c[0], c[1], List.copyOf(reasons.getOrDefault(type, List.of())))));
            return new ImportSummary(file, format, origin, elements, List.copyOf(notes), Map.copyOf(ids));
        }
    }
}
