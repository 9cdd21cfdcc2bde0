package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.TextEdits;
import org.attune.index.ProjectIndex;
import org.attune.index.SearchHit;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections of a transcript (org.attune.coding.TextEdits) reach the index at once: a word typed in is found, a
 * word deleted no longer is, coded stretches are found where their coding now is; undo and redo too, and
 * replacements that keep the text's length (which the index's fingerprint of the transcript alone would miss).
 */
class TextEditsFollowedTest {
    private static final List<String> WORDS = List.of("walrus", "puffin", "heron", "bison", "otter");

    @Test
    void searchesRightAfterRandomEditsUndosAndRedosFindExactlyTheWordsTheTextHolds(@TempDir Path tmp) throws Exception {
        editsAndSearches(System.nanoTime(), tmp);
    }

    /** A seed that typed " bison " between two turns, where no turn held it and search did not find it (CI, stop 29). */
    @Test
    void aWordTypedBetweenTwoTurnsIsFound(@TempDir Path tmp) throws Exception {
        editsAndSearches(57799142663495L, tmp);
    }

    private static void editsAndSearches(long seed, Path tmp) throws Exception {
        Random random = new Random(seed);
        try (ProjectStore store = IndexFollowsActionsTest.project(Files.createDirectories(tmp.resolve("p")));
                ProjectIndex index = ProjectIndex.open(store)) {
            TextSource source = IndexFollowsActionsTest.transcript(store);
            Code code = new Codebook(store).create("Attunement", null, AnalyticLevel.OPEN);
            int[] attuned = IndexFollowsActionsTest.at(store, source, "attuned to her child");
            Coding coding = new Coder(store).code(source, attuned[0], attuned[1], code);
            TextEdits edits = new TextEdits(store);
            for (int step = 0; step < 60; step++) {
                String at = "seed " + seed + ", step " + step;
                String text = store.text(source);
                int choice = random.nextInt(6);
                if (choice == 0) {
                    store.undo();
                } else if (choice == 1) {
                    store.redo();
                } else if (choice == 2 && WORDS.stream().anyMatch(text::contains)) { // same length: walrus <-> puffin ...
                    String word = WORDS.stream().filter(text::contains).findFirst().orElseThrow();
                    String other = WORDS.stream().filter(w -> w.length() == word.length() && !w.equals(word)).findFirst().orElse("x");
                    edits.replace(source, word, other, true);
                } else if (choice == 3) {
                    int start = random.nextInt(source.getLength());
                    edits.edit(source, start, Math.min(source.getLength(), start + random.nextInt(12)), "");
                } else {
                    int start = random.nextInt(source.getLength() + 1);
                    edits.edit(source, start, start, " " + WORDS.get(random.nextInt(WORDS.size())) + " ");
                }
                String now = store.text(source);
                for (String word : WORDS) {
                    boolean there = java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(now).find();
                    assertEquals(there, !index.searcher().search(word + " AND kind:unit", 5).isEmpty(), at + ": " + word + " in «" + now + "»");
                }
                List<SearchHit> coded = index.searcher().search("code:Attunement AND kind:coding", 5);
                if (source.getCodings().contains(coding)) {
                    TextSelection s = (TextSelection) coding.getSelection();
                    assertEquals(List.of(s.getStart() + "-" + s.getEnd()), coded.stream().map(h -> h.start() + "-" + h.end()).toList(), at);
                } else {
                    assertEquals(List.of(), coded, at + ": the coding was deleted with its words");
                }
            }
        }
    }
}
