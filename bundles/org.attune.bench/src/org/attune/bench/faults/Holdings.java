package org.attune.bench.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a project holds, in the campaign's terms: source name to text digest, code names, codings as
 * "source|code|start|end", memo title to text. Built from the journal (what must be there) or read from the
 * store (what is there); two holdings are compared whole.
 */
public final class Holdings {
    /** A source whose import was cut off is allowed with any readable text. */
    static final String ANY_TEXT = "*";

    final Map<String, String> sources = new TreeMap<>();
    final Set<String> codes = new TreeSet<>();
    final Set<String> codings = new TreeSet<>();
    final Map<String, String> memos = new TreeMap<>();

    public Holdings copy() {
        Holdings copy = new Holdings();
        copy.sources.putAll(sources);
        copy.codes.addAll(codes);
        copy.codings.addAll(codings);
        copy.memos.putAll(memos);
        return copy;
    }

    public static String coding(String source, String code, int start, int end) {
        return source + "|" + code + "|" + start + "|" + end;
    }

    /** The effect of one action, as the store documents it (a merge moves codings, keeping identical ones once). */
    public Holdings apply(Step step) {
        switch (step.kind()) {
            case "import" -> sources.put(step.source(), step.textHash() == null ? ANY_TEXT : step.textHash());
            case "newcode" -> codes.add(step.code());
            case "code" -> codings.add(coding(step.source(), step.code(), step.start(), step.end()));
            case "memo", "memo-edit" -> memos.put(step.title(), step.text());
            case "merge" -> {
                codes.remove(step.code());
                String from = "|" + step.code() + "|";
                for (String c : Set.copyOf(codings)) {
                    if (c.contains(from)) {
                        codings.remove(c);
                        codings.add(c.replace(from, "|" + step.into() + "|"));
                    }
                }
            }
            default -> {
                // exports and backups change nothing in the project's content
            }
        }
        return this;
    }

    int size() {
        return sources.size() + codes.size() + codings.size() + memos.size();
    }

    /** Whether {@code actual} holds exactly this, a cut-off import's text being free. */
    public boolean matches(Holdings actual) {
        if (!sources.keySet().equals(actual.sources.keySet()) || !codes.equals(actual.codes)
                || !codings.equals(actual.codings) || !memos.equals(actual.memos)) {
            return false;
        }
        return sources.entrySet().stream().allMatch(e -> e.getValue().equals(ANY_TEXT)
                || e.getValue().equals(actual.sources.get(e.getKey())));
    }

    /** How many of the things this holds are missing from, or different in, {@code actual}. */
    int missingIn(Holdings actual) {
        return missing(actual).size();
    }

    /** The things this holds that are missing from, or different in, {@code actual}, named for the report. */
    public List<String> missing(Holdings actual) {
        List<String> missing = new ArrayList<>();
        for (var e : sources.entrySet()) {
            String there = actual.sources.get(e.getKey());
            if (there == null || !(e.getValue().equals(ANY_TEXT) || e.getValue().equals(there))) {
                missing.add("source " + e.getKey() + (there == null ? "" : " (other text)"));
            }
        }
        codes.stream().filter(c -> !actual.codes.contains(c)).forEach(c -> missing.add("code " + c));
        codings.stream().filter(c -> !actual.codings.contains(c)).forEach(c -> missing.add("coding " + c));
        memos.entrySet().stream().filter(e -> !e.getValue().equals(actual.memos.get(e.getKey())))
                .forEach(e -> missing.add("memo " + e.getKey() + (actual.memos.containsKey(e.getKey()) ? " (other text)" : "")));
        return missing;
    }

    @Override
    public String toString() {
        return sources.size() + " sources, " + codes.size() + " codes, " + codings.size() + " codings, " + memos.size()
                + " memos";
    }
}
