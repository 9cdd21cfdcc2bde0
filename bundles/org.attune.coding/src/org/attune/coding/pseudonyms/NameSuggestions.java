package org.attune.coding.pseudonyms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;

/**
 * Candidate names in a project's texts, for the researcher to accept into the key table or reject: capitalised words
 * that are not at the start of a sentence (or line) and are no dictionary word. The dictionary is the project's own
 * vocabulary (a word that also occurs in lower case, "Grace" beside "grace", is a word) together with
 * {@value #WORDS}, an embedded list of English words that are written capitalised without being names (days, months,
 * titles, "I"...). No full English word list is bundled and no network service asked, so words of other languages
 * that occur only capitalised are suggested too: the researcher rejects them once, and they are not suggested again.
 * Words in the key table (as names or as pseudonyms, or parts of them) and rejected words are left out. All-capital
 * words of two or more letters (acronyms: VIG, NHS) are left out. A possessive is the name it is made of ("Anna's" is
 * "Anna", left out when Anna is in the table). The names of the project's codes and themes are no names of people: a
 * capitalised word where a code's name begins ("compare with Ownership of the film") is left out, and so is a word
 * capitalised only because it begins a line, a bullet ({@code * - •}) or a heading (a short line of capitalised words
 * without a full stop).
 */
public final class NameSuggestions {
    static final String WORDS = "capitalised-words.txt";
    private static final int CONTEXTS = 3;
    private static final int CONTEXT_CHARS = 40;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*\\p{L}|\\p{L}");
    private static final Set<String> COMMON = load();

    /** A candidate: the word, how often it occurs capitalised, and up to three places ("source: …context…"). */
    public record Suggestion(String word, int count, List<String> contexts) {
    }

    private NameSuggestions() {
    }

    /** The candidates in the texts and memos of the project, most frequent first. */
    public static List<Suggestion> find(ProjectStore store, KeyTable table) {
        List<String> codes = new ArrayList<>();
        for (java.util.Iterator<org.eclipse.emf.ecore.EObject> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(
                store.project().getCodes()); all.hasNext();) {
            if (all.next() instanceof org.attune.model.Code code && code.getName() != null) {
                codes.add(code.getName());
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Source source : store.project().getSources()) {
            if (source instanceof TextSource text && store.text(text) != null) {
                texts.put(source.getName(), store.text(text));
            }
        }
        for (Memo memo : store.project().getMemos()) {
            if (memo.getText() != null) {
                texts.put("memo " + memo.getTitle(), memo.getText());
            }
        }
        return find(texts, table, codes);
    }

    /** The candidates in {@code texts} (place → text), most frequent first. */
    public static List<Suggestion> find(Map<String, String> texts, KeyTable table) {
        return find(texts, table, List.of());
    }

    /** The candidates in {@code texts} (place → text) that are not where one of {@code codes} (names) begins. */
    public static List<Suggestion> find(Map<String, String> texts, KeyTable table, java.util.Collection<String> codes) {
        Set<String> lower = new HashSet<>();
        for (String text : texts.values()) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                if (Character.isLowerCase(w.codePointAt(0))) {
                    lower.add(w);
                }
            }
        }
        Set<String> known = new HashSet<>(table.rejected());
        for (KeyTable.Entry e : table.entries()) {
            addWords(e.real(), known);
            addWords(e.pseudonym(), known);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> contexts = new LinkedHashMap<>();
        Set<String> midSentence = new HashSet<>();
        for (Map.Entry<String, String> place : texts.entrySet()) {
            String text = place.getValue();
            Matcher m = WORD.matcher(text);
            Set<Integer> headings = headingStarts(text);
            while (m.find()) {
                String w = withoutPossessive(m.group());
                if (!Character.isUpperCase(w.codePointAt(0)) || isAcronym(w) || known.contains(w)
                        || lower.contains(w.toLowerCase(Locale.ROOT)) || COMMON.contains(w.toLowerCase(Locale.ROOT))
                        || beginsCodeName(text, m.start(), codes)) {
                    continue;
                }
                counts.merge(w, 1, Integer::sum);
                if (!sentenceInitial(text, m.start()) && !headings.contains(lineStart(text, m.start()))) {
                    midSentence.add(w);
                }
                List<String> shown = contexts.computeIfAbsent(w, k -> new ArrayList<>());
                if (shown.size() < CONTEXTS) {
                    shown.add(place.getKey() + ": " + context(text, m.start(), m.end()));
                }
            }
        }
        List<Suggestion> found = new ArrayList<>();
        for (String w : midSentence) {
            found.add(new Suggestion(w, counts.get(w), List.copyOf(contexts.get(w))));
        }
        found.sort(Comparator.comparingInt(Suggestion::count).reversed().thenComparing(Suggestion::word));
        return found;
    }

    /** "Anna's" (or Anna’s, or James') as "Anna" (James). */
    static String withoutPossessive(String w) {
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
            return w.substring(0, w.length() - 2);
        }
        return w.length() > 1 && (w.endsWith("'") || w.endsWith("’")) ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean beginsCodeName(String text, int start, java.util.Collection<String> codes) {
        for (String code : codes) {
            if (!code.isBlank() && text.regionMatches(true, start, code, 0, code.length())
                    && (start + code.length() == text.length() || !Character.isLetterOrDigit(text.charAt(start + code.length())))) {
                return true;
            }
        }
        return false;
    }

    private static int lineStart(String text, int at) {
        return Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    }

    /** Function words a heading's title case leaves in lower case. */
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or",
            "the", "to", "with", "vs");

    /**
     * Where the headings of {@code text} begin: lines (a bullet or {@code #} aside) of at most eight words, each capitalised
     * but for small function words, with no full stop, question or exclamation mark at the end, and at least two words.
     */
    static Set<Integer> headingStarts(String text) {
        Set<Integer> starts = new HashSet<>();
        for (int from = 0; from <= text.length();) {
            int end = from;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String body = text.substring(from, end).strip().replaceFirst("^(?:[#*•·+>-]+|\\d+[.)])\\s*", "");
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(body);
            while (m.find()) {
                words.add(m.group());
            }
            if (words.size() >= 2 && words.size() <= 8 && !body.matches(".*[.!?…]$") && Character.isUpperCase(words.get(0).codePointAt(0))
                    && words.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || SMALL.contains(w))) {
                starts.add(from);
            }
            from = end + 1; // a CR LF's LF begins an empty line, no heading
        }
        return starts;
    }

    private static void addWords(String text, Set<String> into) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(m.group());
        }
    }

    private static boolean isAcronym(String w) {
        return w.codePointCount(0, w.length()) > 1 && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Whether the word at {@code start} begins the text, a line, or a sentence (after . ! ? : …, quotes and brackets aside). */
    static boolean sentenceInitial(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c == ']') { // a time code or note in brackets: look before it
                int open = text.lastIndexOf('[', i);
                if (open >= 0) {
                    i = open;
                    continue;
                }
            }
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '-'
                    || c == '–' || c == '—' || c == '*' || c == '•' || c == '·' || c == '#' || c == '>' || c == '+') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '…';
        }
        return true;
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT_CHARS);
        int to = Math.min(text.length(), end + CONTEXT_CHARS);
        while (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        while (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip() + (to < text.length() ? "…" : "");
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = NameSuggestions.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException(WORDS + " is missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
