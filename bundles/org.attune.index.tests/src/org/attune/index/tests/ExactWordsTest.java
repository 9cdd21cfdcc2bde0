package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.index.ProjectIndex;
import org.attune.index.SearchHit;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exact:} finds the words as written, from the one stemmed field that holds both stems and written forms;
 * hits are placed by analysing their stored words again (the index has positions, no offsets).
 */
class ExactWordsTest {
    private static final OpenOptions OPEN = OpenOptions.of("exact test").withBackups(false);
    private static final String TEXT = """
            Carer: We kept running late, so every morning we run. Running is hard.
            Guider: She runs to the child's school.
            """;

    private static ProjectStore project(Path tmp) throws Exception {
        return project(tmp, TEXT);
    }

    private static ProjectStore project(Path tmp, String text) throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("mornings.txt"), text);
        ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Exact", OPEN);
        new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
        return store;
    }

    /** The words each hit covers, read from the transcript at the hit's code-point positions. */
    private static List<String> matched(ProjectStore store, ProjectIndex index, String query) throws Exception {
        TextSource source = (TextSource) store.project().getSources().get(0);
        String text = store.text(source);
        List<String> words = new ArrayList<>();
        for (SearchHit hit : index.searcher().search(query, 50)) {
            words.add(text.substring(text.offsetByCodePoints(0, hit.start()), text.offsetByCodePoints(0, hit.end())));
            assertEquals(words.get(words.size() - 1), hit.match(), "the shown match is the text at the hit's positions");
        }
        return words.stream().sorted().toList();
    }

    @Test
    void exactWordsAreTheWordsAsWritten(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp); ProjectIndex index = ProjectIndex.open(store)) {
            assertEquals(List.of("Running", "run", "running", "runs"), matched(store, index, "running"), "stemmed: every form");
            assertEquals(List.of("Running", "running"), matched(store, index, "exact:running"), "exact: ignores case only");
            assertEquals(List.of("run"), matched(store, index, "exact:run"), "a word that is its own stem, without its forms");
            assertEquals(List.of("runs"), matched(store, index, "exact:runs"));
            assertEquals(List.of("child's"), matched(store, index, "exact:child's"));
            assertEquals(List.of(), matched(store, index, "exact:child"), "the possessive is part of the written word");
            assertEquals(List.of("child's"), matched(store, index, "child"));
        }
    }

    @Test
    void exactPhrasesWildcardsAndStopWords(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp); ProjectIndex index = ProjectIndex.open(store)) {
            assertEquals(List.of("kept running"), matched(store, index, "exact:\"kept running\""));
            assertEquals(List.of("kept running"), matched(store, index, "\"kept run\""), "stemmed phrase");
            assertEquals(List.of(), matched(store, index, "exact:\"kept run\""));
            assertEquals(List.of("runs to the child's"), matched(store, index, "exact:\"runs to the child's\""),
                    "stop words inside a phrase hold their places");
            assertEquals(List.of("morning we run. Running", "running late, so every morning"),
                    matched(store, index, "exact:\"running morning\"~3"), "within 3 words, in either order");
            assertEquals(List.of("morning we run. Running"), matched(store, index, "exact:\"running morning\"~2"));
            assertEquals(List.of("Running", "running"), matched(store, index, "exact:runn*"), "a wildcard on the written words");
            assertEquals(List.of("Running", "running"), matched(store, index, "runn*"),
                    "a plain wildcard too, though the stems (run) do not begin so");
            assertEquals(List.of(), matched(store, index, "exact:the"), "stop words are not indexed");
            assertEquals(List.of("run", "runs"), matched(store, index, "exact:run OR exact:runs"));
            assertEquals(List.of("Running", "running"), matched(store, index, "exact:running AND speaker:carer"));
            assertEquals(List.of(), matched(store, index, "exact:running NOT exact:late"), "the carer's turn has late");
        }
    }

    /**
     * With one language the words of a hit are found in its stored text; with two, the index is asked where they are
     * (a hit's language is not stored). Both must place the same hits.
     */
    @Test
    void hitsAreTheSameFoundInTheTextOrAskedOfTheIndex(@TempDir Path tmp) throws Exception {
        List<String> queries = List.of("running", "exact:running", "runn*", "exact:runn*", "runnin~1", "\"kept run\"",
                "exact:\"kept running\"", "exact:\"runs to the child's\"", "run AND speaker:carer", "running OR school",
                "running NOT exact:runs", "\"morning run\"~3", "exact:run", "*ning");
        Map<String, List<String>> oneLanguage = new HashMap<>();
        try (ProjectStore store = project(tmp.resolve("one")); ProjectIndex index = ProjectIndex.open(store)) {
            for (String query : queries) {
                oneLanguage.put(query, matched(store, index, query));
            }
        }
        try (ProjectStore store = project(tmp.resolve("two"))) {
            Path dutch = Files.writeString(tmp.resolve("moeder.txt"), "Moeder: Ja, dat klopt.");
            new Importer(store, ImportOptions.defaults().withLanguage("nl")).importAll(List.of(dutch), ImportProgress.NONE);
            try (ProjectIndex index = ProjectIndex.open(store)) {
                for (String query : queries) {
                    assertEquals(oneLanguage.get(query), matched(store, index, query), query);
                }
            }
        }
        assertEquals(List.of("Running", "running"), oneLanguage.get("exact:runn*"));
        assertEquals(List.of("Running", "morning", "running"), oneLanguage.get("*ning"), "a leading wildcard meets the written forms");
        assertEquals(List.of("Running", "run", "running"), oneLanguage.get("run AND speaker:carer"));
    }

    /**
     * With one language the words of the top hits are placed from their postings (near words by Lucene's own
     * sloppy-phrase matcher, a pattern of very many words by analysing the text); with two, the index is asked
     * ({@code Weight.matches}). On varied turns (forms of a stem, stop words, repeated words, near words in either
     * order, patterns, with AND, OR and NOT) both place the same hits, in the same order within each turn.
     */
    @Test
    void hitsOfVariedTurnsAreTheSameFoundFromThePostingsOrAskedOfTheIndex(@TempDir Path tmp) throws Exception {
        // Lucene matches "parent child review"~4 twice on the same words of this turn: one hit
        String twice = "Guider: the. review parent shared review review child review clip guiding shared smiled and.\n";
        String text = twice + variedTurns(new Random(11), 400) + manyWords("zorb", 300);
        List<String> queries = List.of("\"parent child\"~5", "\"child parent\"~1", "\"parent of the child\"~2", "\"child child\"~3",
                "\"parent child review\"~4", "\"review review review\"~6", "\"child parent child\"~2", "\"smiled parent\"~2 OR review",
                "\"parent child\"~3 AND \"shared review\"~1", "\"guided clips\"~8 NOT speaker:carer", "\"parents' child\"~2 OR guid*",
                "parent", "exact:parents", "guid*", "exact:guid*", "*ing", "revie~1", "\"shared review\"", "exact:\"child's review\"",
                "review AND (child OR parent) NOT clips", "zorb*", "zorb* OR \"parent child\"~2", "/zorb[a-c].*/");
        Map<String, List<String>> oneLanguage = new HashMap<>();
        try (ProjectStore store = project(tmp.resolve("one"), text); ProjectIndex index = ProjectIndex.open(store)) {
            for (String query : queries) {
                oneLanguage.put(query, placed(index, query));
            }
        }
        try (ProjectStore store = project(tmp.resolve("two"), text)) {
            Path dutch = Files.writeString(tmp.resolve("moeder.txt"), "Moeder: Ja, dat klopt.");
            new Importer(store, ImportOptions.defaults().withLanguage("nl")).importAll(List.of(dutch), ImportProgress.NONE);
            try (ProjectIndex index = ProjectIndex.open(store)) {
                for (String query : queries) {
                    assertEquals(oneLanguage.get(query), placed(index, query), query);
                }
            }
        }
        assertTrue(oneLanguage.get("\"parent child\"~5").size() > 100, "the turns have many near words to place");
        assertTrue(oneLanguage.get("\"child child\"~3").size() > 10, "and repeated ones");
        assertEquals(300, oneLanguage.get("zorb*").size(), "a pattern of more words than the postings are read for");
        for (String query : queries) {
            List<String> hits = new ArrayList<>(oneLanguage.get(query));
            new HashSet<>(hits).forEach(hits::remove); // what is left was there twice
            assertEquals(List.of(), hits, "no hit twice: " + query);
        }
    }

    /**
     * Speaker turns of words drawn from a few, with stop words (also behind a possessive: it's), forms of the same
     * stem, repeats and punctuation.
     */
    private static String variedTurns(Random random, int turns) {
        String[] words = {"parent", "parents", "parents'", "child", "children", "child's", "the", "of", "a", "and", "review",
                "reviewed", "shared", "smiled", "guided", "guiding", "clips", "Parent", "CHILD", "it's", "There's"};
        String[] speakers = {"Guider", "Carer", "Interviewer"};
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < turns; t++) {
            text.append(speakers[t % speakers.length]).append(':');
            for (int w = 3 + random.nextInt(30); w > 0; w--) {
                text.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(7) == 0 ? "." : "");
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Turns of {@code count} distinct words beginning with {@code prefix}, ten to a turn. */
    private static String manyWords(String prefix, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i % 10 == 0 ? "Carer:" : "").append(' ').append(prefix).append((char) ('a' + i / 26 % 26)).append((char) ('a' + i % 26));
            text.append(i % 10 == 9 ? "\n" : "");
        }
        return text.toString();
    }

    /** Each hit as "turn start: first-last code point of the match", ordered by turn and, within a turn, as found. */
    private static List<String> placed(ProjectIndex index, String query) throws Exception {
        List<SearchHit> hits = new ArrayList<>(index.searcher().search(query, 10_000));
        hits.sort(Comparator.comparingInt(SearchHit::unitStart)); // stable: the order within a turn is kept
        return hits.stream().map(h -> h.unitStart() + ": " + (h.start() - h.unitStart()) + "-" + (h.end() - h.unitStart())).toList();
    }

    @Test
    void anIndexOfAnEarlierFormatIsRebuilt(@TempDir Path tmp) throws Exception {
        Path folder;
        try (ProjectStore store = project(tmp); ProjectIndex index = ProjectIndex.open(store)) {
            folder = store.folder();
        }
        try (FSDirectory directory = FSDirectory.open(folder.resolve(ProjectIndex.DIR));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            assertTrue(data.remove("attune.format") != null, "the index says how it was made");
            writer.setLiveCommitData(data.entrySet()); // as an index made before the format was recorded
            writer.commit();
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertTrue(index.wasRebuilt(), "an index made another way is rebuilt");
            assertEquals(List.of("running"), matched(store, index, "exact:\"kept running\"").stream().map(w -> w.split(" ")[1]).toList());
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertFalse(index.wasRebuilt(), "and then kept");
        }
    }

    @Test
    void aLargeProjectIsIndexedFromSeveralThreadsCompletely(@TempDir Path tmp) throws Exception {
        int transcripts = 300; // enough for the rebuild to use a thread per core
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Many", OPEN)) {
            List<TextSource> sources = new ArrayList<>();
            for (int i = 0; i < transcripts; i++) {
                String text = "Guider: word" + i + " in the shared review\nCarer: kept running " + (i % 2 == 0 ? "late" : "early");
                TextSource source = AttuneFactory.eINSTANCE.createTextSource();
                source.setName("Interview " + i);
                source.setLength(text.codePointCount(0, text.length()));
                store.stageText(source, text);
                sources.add(source);
            }
            store.execute(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__SOURCES, sources));
            try (ProjectIndex index = ProjectIndex.open(store)) {
                assertEquals(transcripts, index.searcher().search("\"shared review\"", 1_000).size());
                assertEquals(transcripts / 2, index.searcher().search("exact:\"running late\"", 1_000).size());
                for (int i : new int[] {0, 137, transcripts - 1}) {
                    List<SearchHit> hits = index.searcher().search("word" + i, 10);
                    assertEquals(List.of("Interview " + i + ": word" + i), hits.stream().map(h -> h.sourceName() + ": " + h.match()).toList());
                }
            }
        }
    }
}
