package org.attune.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.model.Code;
import org.attune.model.codes.CodeTree;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;

/**
 * Coding queries over transcripts, read left to right: {@code A AND B} (the stretches coded with both),
 * {@code A OR B}, {@code A NOT B} (stretches of A that no B overlaps), {@code A NEAR/n B} (A and B within n
 * characters: the stretch spanning both). A code stands for its own codings and its sub-codes'. Names with
 * spaces are quoted: {@code "Shared review" AND Attunement}.
 */
public final class CodingQuery {
    /** A place in a transcript: code points [start, end) of the source's text. */
    public record Place(String sourceId, int start, int end) {
    }

    /** A stretch of a transcript, the codes that made it, and (in results) its words on one line. */
    public record Segment(String sourceId, String sourceName, int start, int end, Set<String> codes, String words) {
        Segment(String sourceId, String sourceName, int start, int end, Set<String> codes) {
            this(sourceId, sourceName, start, end, codes, null);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:\"([^\"]+)\"|(AND|OR|NOT|NEAR/\\d+)(?=\\s|$)|(\\S+))");

    private CodingQuery() {
    }

    /** Every stretch the expression selects. */
    public static List<Segment> run(ProjectStore store, String expression) throws AnalysisException {
        return run(store, expression, CodingFilter.NONE);
    }

    /** The stretches the expression selects among the codings the filter lets through (cases, folders). */
    public static List<Segment> run(ProjectStore store, String expression, CodingFilter filter) throws AnalysisException {
        List<String> operands = new ArrayList<>();
        List<String> operators = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        Matcher m = TOKEN.matcher(expression);
        while (m.find() && m.end() > m.start()) {
            if (m.group(2) != null) {
                if (name.length() == 0) {
                    throw syntax(expression, m.group(2) + " needs a code on each side");
                }
                operands.add(name.toString());
                name.setLength(0);
                operators.add(m.group(2));
            } else {
                String word = m.group(1) != null ? m.group(1) : m.group(3);
                name.append(name.length() == 0 ? "" : " ").append(word);
            }
        }
        if (name.length() == 0) {
            throw syntax(expression, operators.isEmpty() ? "name a code" : operators.get(operators.size() - 1)
                    + " needs a code on each side");
        }
        operands.add(name.toString());
        store.project().getSources().forEach(store::load);
        filter.check(store);
        List<Segment> result = segments(store, operands.get(0), expression, filter);
        for (int i = 0; i < operators.size(); i++) {
            List<Segment> right = segments(store, operands.get(i + 1), expression, filter);
            result = combine(result, operators.get(i), right);
        }
        result.sort((a, b) -> a.sourceName().equals(b.sourceName()) ? Integer.compare(a.start(), b.start())
                : a.sourceName().compareTo(b.sourceName()));
        Map<String, Source> sources = new HashMap<>();
        store.project().getSources().forEach(source -> sources.put(source.getId(), source));
        List<Segment> withWords = new ArrayList<>(result.size());
        for (Segment s : result) {
            String text = store.text((TextSource) sources.get(s.sourceId()));
            String words = text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end()));
            withWords.add(new Segment(s.sourceId(), s.sourceName(), s.start(), s.end(), s.codes(), words.replace('\n', ' ')));
        }
        return withWords;
    }

    private static List<Segment> combine(List<Segment> left, String operator, List<Segment> right) {
        List<Segment> out = new ArrayList<>();
        switch (operator) {
            case "AND" -> {
                for (Segment a : left) {
                    for (Segment b : right) {
                        if (a.sourceId().equals(b.sourceId()) && a.start() < b.end() && b.start() < a.end()) {
                            out.add(new Segment(a.sourceId(), a.sourceName(), Math.max(a.start(), b.start()),
                                    Math.min(a.end(), b.end()), union(a, b)));
                        }
                    }
                }
            }
            case "OR" -> {
                out.addAll(left);
                right.stream().filter(b -> !left.contains(b)).forEach(out::add);
            }
            case "NOT" -> left.stream().filter(a -> right.stream().noneMatch(b -> a.sourceId().equals(b.sourceId())
                    && a.start() < b.end() && b.start() < a.end())).forEach(out::add);
            default -> { // NEAR/n
                int distance = Integer.parseInt(operator.substring("NEAR/".length()));
                for (Segment a : left) {
                    for (Segment b : right) {
                        int gap = Math.max(a.start(), b.start()) - Math.min(a.end(), b.end());
                        if (a.sourceId().equals(b.sourceId()) && gap <= distance) {
                            out.add(new Segment(a.sourceId(), a.sourceName(), Math.min(a.start(), b.start()),
                                    Math.max(a.end(), b.end()), union(a, b)));
                        }
                    }
                }
            }
        }
        return out.stream().distinct().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static Set<String> union(Segment a, Segment b) {
        Set<String> codes = new LinkedHashSet<>(a.codes());
        codes.addAll(b.codes());
        return codes;
    }

    /** The text codings of the named code and of its sub-codes. */
    private static List<Segment> segments(ProjectStore store, String name, String expression, CodingFilter filter)
            throws AnalysisException {
        Code code = CodeTree.all(store.project()).stream().filter(c -> name.equalsIgnoreCase(c.getName())).findFirst().orElse(null);
        if (code == null) {
            throw syntax(expression, "there is no code named \"" + name + "\"");
        }
        Set<Code> family = new LinkedHashSet<>();
        family.add(code);
        family.addAll(CodeTree.descendants(code));
        List<Segment> segments = new ArrayList<>();
        for (Source source : store.project().getSources()) {
            if (!filter.admits(source)) {
                continue;
            }
            for (Coding coding : source.getCodings()) {
                if (family.contains(coding.getCode()) && coding.getSelection() instanceof TextSelection s && filter.admits(coding)) {
                    segments.add(new Segment(source.getId(), source.getName(), s.getStart(), s.getEnd(), Set.of(code.getName())));
                }
            }
        }
        return segments;
    }

    /**
     * Keeps the stretches that hold one of {@code matches} (non-empty places in transcripts, such as the hits of a
     * text search in the index): text X within stretches coded A.
     */
    public static List<Segment> containing(List<Segment> segments, List<Place> matches) {
        Map<String, List<Place>> bySource = new HashMap<>();
        for (Place match : matches) {
            bySource.computeIfAbsent(match.sourceId(), k -> new ArrayList<>()).add(match);
        }
        return segments.stream().filter(s -> bySource.getOrDefault(s.sourceId(), List.of()).stream()
                .anyMatch(h -> h.start() >= s.start() && h.end() <= s.end() && h.start() < h.end())).toList();
    }

    static AnalysisException syntax(String expression, String reason) {
        return new AnalysisException(String.format(Locale.ROOT, "cannot read the coding query [%s]: %s", expression, reason));
    }
}
