package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.index.ProjectIndex;
import org.attune.index.SearchHit;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query form a researcher types finds the word as written, whatever its stem, in each language: every prefix
 * of a word (three letters or more) with {@code *}, every word with one letter changed with {@code ~1}, and phrases
 * with a pattern; each hit placed on the whole written word.
 */
class QueryFormsTest {
    private static final OpenOptions OPEN = OpenOptions.of("query forms").withBackups(false);
    /** Inflected words per language, whose stems are mostly not their written forms. */
    private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("en", List.of("attune", "attuned", "attunement", "attuning", "clips", "seeing", "waited", "children", "smiled",
                "noticing", "happier", "reviews"));
        WORDS.put("de", List.of("kinder", "gespielt", "häuser", "mütter", "bewertungen", "schauten", "lächelte", "gewartet",
                "erziehung", "beziehungen"));
        WORDS.put("nl", List.of("kinderen", "speelden", "moeders", "gesprekken", "wachtte", "opvoeding", "glimlachte",
                "beelden", "aandacht", "gezinnen"));
    }

    private static String turns(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int turn = 0; turn < 40; turn++) {
            text.append(turn % 2 == 0 ? "Guider: " : "Carer: ");
            for (int i = 0; i < 12; i++) {
                text.append(words.get(random.nextInt(words.size()))).append(i == 11 ? ".\n" : " ");
            }
        }
        for (String word : words) { // every word at least once
            text.append("Guider: ").append(word).append(".\n");
        }
        return text.toString();
    }

    /** The text each hit covers, read at its code-point positions in its source. */
    private static List<String> covered(ProjectStore store, ProjectIndex index, String query) throws Exception {
        List<String> found = new ArrayList<>();
        for (SearchHit hit : index.searcher().search(query, 2000)) {
            TextSource source = (TextSource) store.project().getSources().stream().filter(s -> s.getName().equals(hit.sourceName()))
                    .findFirst().orElseThrow();
            String text = store.text(source);
            int from = text.offsetByCodePoints(0, hit.start());
            int to = text.offsetByCodePoints(0, hit.end());
            String words = text.substring(from, to);
            assertEquals(words, hit.match(), query + ": the shown match is the text at the hit's positions");
            assertTrue((from == 0 || !Character.isLetterOrDigit(text.codePointBefore(from)))
                    && (to == text.length() || !Character.isLetterOrDigit(text.codePointAt(to))), query + ": a hit covers whole words, not \"" + words + "\"");
            found.add(words);
        }
        return found;
    }

    @Test
    void everyPrefixAndEveryOneLetterChangeFindsTheWrittenWord(@TempDir Path tmp) throws Exception {
        Random random = new Random(42);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "forms", OPEN)) {
            for (Map.Entry<String, List<String>> language : WORDS.entrySet()) {
                Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve(language.getKey() + ".txt"),
                        turns(random, language.getValue()));
                new Importer(store, ImportOptions.defaults().withLanguage(language.getKey())).importAll(List.of(file), ImportProgress.NONE);
            }
            int queries = 0;
            List<String> vocabulary = WORDS.values().stream().flatMap(List::stream).toList();
            try (ProjectIndex index = ProjectIndex.open(store)) {
                for (List<String> words : WORDS.values()) {
                    for (String word : words) {
                        for (int length = 3; length <= word.length(); length++) {
                            String prefix = word.substring(0, length);
                            String query = prefix + "*";
                            List<String> found = covered(store, index, query);
                            assertTrue(found.contains(word), query + " finds " + word + ": " + found.stream().distinct().toList());
                            assertTrue(found.stream().allMatch(w -> w.toLowerCase(java.util.Locale.ROOT).startsWith(prefix) || vocabulary.contains(w)),
                                    query + " finds words that start so or are of the family of " + prefix + ": " + found.stream().distinct().toList());
                            queries++;
                        }
                        for (int i = 0; i < word.length(); i++) {
                            char other = word.charAt(i) == 'x' ? 'q' : 'x';
                            String query = word.substring(0, i) + other + word.substring(i + 1) + "~1";
                            List<String> found = covered(store, index, query);
                            assertTrue(found.contains(word), query + " finds " + word + ": " + found.stream().distinct().toList());
                            queries++;
                        }
                    }
                }
                assertTrue(queries > 400, "queries run: " + queries);
            }
        }
    }

    @Test
    void patternsWorkInPhrasesNearWordsAndWithFields(@TempDir Path tmp) throws Exception {
        String text = """
                Carer: I felt more attuned to her after the clips.
                Guider: The attunement showed in the clips we chose.
                Carer: We were attuning slowly, seeing her smile.
                Guider: Seeing is believing.
                """;
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "forms", OPEN)) {
            Path file = Files.writeString(tmp.resolve("review.txt"), text);
            new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
            try (ProjectIndex index = ProjectIndex.open(store)) {
                assertEquals(List.of("attuned", "attunement", "attuning"), covered(store, index, "attune*").stream().sorted().toList());
                assertEquals(List.of("attuned", "attunement", "attuning"), covered(store, index, "attuned*").stream().sorted().toList(),
                        "a word and its family (stem attun)");
                assertEquals(List.of("attuned"), covered(store, index, "exact:attuned*"), "exact: keeps to the written words");
                assertEquals(List.of("clips", "clips"), covered(store, index, "clips*"));
                assertEquals(List.of("Seeing", "seeing"), covered(store, index, "seeing*").stream().sorted().toList());
                assertEquals(List.of("attuned"), covered(store, index, "atuned~1"));
                assertEquals(List.of("attuned"), covered(store, index, "attuned~1").stream().filter("attuned"::equals).toList());
                assertEquals(List.of("attuning"), covered(store, index, "/attun[a-z]ng/"));
                assertEquals(List.of("attuned", "attuning"), covered(store, index, "attun* AND speaker:carer").stream().sorted().toList());
                List<String> phrase = covered(store, index, "\"attune* to her\"");
                assertEquals(1, phrase.size(), phrase.toString());
                assertTrue(phrase.get(0).startsWith("attuned") && phrase.get(0).endsWith("her"), phrase.toString());
                List<String> near = covered(store, index, "\"attun* clips\"~3");
                assertEquals(1, near.size(), "attunement ... clips within three words (stop words count), not attuned ... clips: " + near);
                assertEquals(List.of("attunement"), covered(store, index, "attuned* AND speaker:guider"));
                assertTrue(covered(store, index, "exact:attuned* AND speaker:guider").isEmpty(), "only the carer says attuned");
            }
        }
    }

    /** A query that finds nothing says why where the index can tell, and offers the nearest word, field or code. */
    @Test
    void aQueryThatFindsNothingSaysWhyAndOffersTheNearestWord(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "forms", OPEN)) {
            Path file = Files.writeString(tmp.resolve("review.txt"), "Carer: I felt more attuned to her after the clips.\nGuider: Attunement matters.\n");
            new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
            try (ProjectIndex index = ProjectIndex.open(store)) {
                Map<String, String> asked = new LinkedHashMap<>();
                for (String query : List.of("the", "speakr:carer", "clpis", "speaker:carr", "attuned")) {
                    asked.put(query, index.searcher().search(query, 10).isEmpty() ? index.searcher().whyNothingFound(query) : "found");
                }
                assertTrue(asked.get("the").contains("stop word"), asked.toString());
                assertEquals("there is no field \"speakr:\"; did you mean speaker:?", asked.get("speakr:carer"));
                assertEquals("no transcript, memo or code definition has the word \"clpis\"; did you mean clips?", asked.get("clpis"));
                assertEquals("no speaker is \"carr\"; did you mean speaker:carer?", asked.get("speaker:carr"));
                assertEquals("found", asked.get("attuned"));
            }
        }
    }
}
