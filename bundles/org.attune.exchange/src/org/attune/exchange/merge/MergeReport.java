package org.attune.exchange.merge;

import java.nio.file.Path;
import java.util.List;

/**
 * What merging another copy of a project does (or, on a dry run, would do): one line per element, each with its
 * outcome and names. Conflicts are never resolved by the merge: this project's version is kept and the line says
 * what differs.
 */
public record MergeReport(Path from, List<Item> items) {
    /** What became of an element of the other copy. */
    public enum Outcome {
        /** new here: added with its coder and dates */
        ADDED,
        /** changed here to what the other copy has, because only the other copy changed it (a code's rename) */
        UPDATED,
        /** here already: nothing to do */
        MATCHED,
        /** not merged, for the reason given */
        SKIPPED,
        /** differs in the two copies: this project's version is kept, the other copy's is not merged */
        CONFLICT
    }

    /** One element: its outcome, kind ("code", "coding", ...), name, and what the merge found. */
    public record Item(Outcome outcome, String kind, String name, String detail) {
    }

    public List<Item> of(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).toList();
    }

    public long count(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** Whether merging changes this project. */
    public boolean changes() {
        return count(Outcome.ADDED) + count(Outcome.UPDATED) > 0;
    }

    /** "12 added, 1 updated, 80 matched, 0 skipped, 2 conflicts". */
    public String counts() {
        return count(Outcome.ADDED) + " added, " + count(Outcome.UPDATED) + " updated, " + count(Outcome.MATCHED) + " matched, "
                + count(Outcome.SKIPPED) + " skipped, " + count(Outcome.CONFLICT) + " conflict" + (count(Outcome.CONFLICT) == 1 ? "" : "s");
    }
}
