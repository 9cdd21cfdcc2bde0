package org.attune.transcribe;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word error rate of a recognised text against a reference: (substitutions + deletions + insertions) / words of
 * the reference, by the word-level Levenshtein distance. Words are compared in lower case without punctuation, so
 * "Yes." and "yes" are the same word; "don't" keeps its apostrophe.
 */
public record WordErrorRate(int referenceWords, int errors) {

    public static WordErrorRate of(String reference, String hypothesis) {
        List<String> ref = words(reference);
        List<String> hyp = words(hypothesis);
        return new WordErrorRate(ref.size(), distance(ref, hyp));
    }

    /** The rate, 0 for a perfect match; above 1 when the engine added more words than the reference has. */
    public double rate() {
        return referenceWords == 0 ? (errors == 0 ? 0 : 1) : (double) errors / referenceWords;
    }

    /** The words of a text: lower case, letters, digits and inner apostrophes only. */
    public static List<String> words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}']+")).map(w -> w.replaceAll("^'+|'+$", "")).filter(w -> !w.isEmpty()).toList();
    }

    /** The fewest words substituted, deleted or inserted to turn {@code from} into {@code to}. */
    static int distance(List<String> from, List<String> to) {
        int[] previous = new int[to.size() + 1];
        int[] current = new int[to.size() + 1];
        for (int j = 0; j <= to.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.size(); j++) {
                int substitute = previous[j - 1] + (from.get(i - 1).equals(to.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.size()];
    }
}
