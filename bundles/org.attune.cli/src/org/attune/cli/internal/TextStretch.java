package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.attune.coding.Texts;
import org.attune.model.TextSource;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where in a transcript a command works: {@code --words "exact words"} (with {@code --occurrence N} or
 * {@code --all} when they occur more than once) or {@code --start N --end N} in code points.
 */
final class TextStretch {
    /** A stretch [start, end) in code points. */
    record Span(int start, int end) {
    }

    static final class Words {
        @Option(names = "--words", required = true, paramLabel = "WORDS",
                description = "The exact words to code (line breaks and runs of spaces in the text match one space).")
        String words;

        @ArgGroup(exclusive = true)
        Which which;
    }

    static final class Which {
        @Option(names = "--occurrence", paramLabel = "N", description = "The Nth place the words occur (from 1).")
        Integer occurrence;

        @Option(names = "--all", description = "Every place the words occur.")
        boolean all;
    }

    static final class Range {
        @Option(names = "--start", required = true, paramLabel = "N", description = "First code point of the stretch (from 0).")
        int start;

        @Option(names = "--end", required = true, paramLabel = "N", description = "Code point after the stretch.")
        int end;
    }

    @ArgGroup(exclusive = false)
    Words words;

    @ArgGroup(exclusive = false)
    Range range;

    /** The stretches meant in {@code source}; fails naming the source when the words are missing or ambiguous. */
    List<Span> resolve(OpenProject project, TextSource source) {
        if (range != null) { // checked here too, so that a bad range fails before --create makes a code
            if (range.start < 0 || range.end <= range.start || range.end > source.getLength()) {
                throw project.failure("nothing to code: [" + range.start + ", " + range.end + ") is not a stretch of \""
                        + source.getName() + "\" (" + source.getLength() + " characters)");
            }
            return List.of(new Span(range.start, range.end));
        }
        List<Span> found = find(project.store.text(source), words.words);
        String quoted = "the words \"" + words.words + "\"";
        if (found.isEmpty()) {
            throw project.failure(quoted + " do not occur in \"" + source.getName() + "\" (the match is exact, "
                    + "capitals and punctuation included)");
        }
        Which which = words.which;
        if (which != null && which.all) {
            return found;
        }
        if (which != null && which.occurrence != null) {
            int n = which.occurrence;
            if (n < 1 || n > found.size()) {
                throw project.failure(quoted + " occur " + times(found.size()) + " in \"" + source.getName()
                        + "\", so there is no occurrence " + n);
            }
            return List.of(found.get(n - 1));
        }
        if (found.size() > 1) {
            throw project.failure(quoted + " occur " + times(found.size()) + " in \"" + source.getName() + "\" (at code points "
                    + found.stream().map(s -> String.valueOf(s.start())).collect(Collectors.joining(", "))
                    + "): choose one with --occurrence 1.." + found.size() + ", or --all");
        }
        return found;
    }

    /** Every place the words occur, in code points; whitespace in the words matches any run of whitespace. */
    static List<Span> find(String text, String words) {
        String[] tokens = words.strip().split("\\s+");
        if (tokens.length == 0 || tokens[0].isEmpty()) {
            return List.of();
        }
        Pattern pattern = Pattern.compile(java.util.Arrays.stream(tokens).map(Pattern::quote).collect(Collectors.joining("\\s+")));
        Texts.Offsets offsets = new Texts.Offsets(text);
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new Span(offsets.toCodePoint(m.start()), offsets.toCodePoint(m.end())));
        }
        return spans;
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }
}
