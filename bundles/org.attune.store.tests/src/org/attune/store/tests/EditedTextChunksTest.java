package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;

import org.attune.model.AttuneFactory;
import org.attune.model.Memo;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edited transcript's text is written in small chunks, only those that changed (typing into a long transcript
 * writes a small part of it): random insertions and deletions anywhere, growing the text across chunk boundaries and
 * shrinking it to a few characters and back, each one action, read back exactly after undo, redo and reopening,
 * against a StringBuilder (the seed is in the messages).
 */
class EditedTextChunksTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("test").withBackups(false);

    @Test
    void randomEditsOfATranscriptReadBackExactly(@TempDir Path tmp) throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Path folder = tmp.resolve("p");
        StringBuilder model = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            model.append("word").append(i).append(i % 17 == 0 ? "ü😀\n" : " ");
        }
        try (ProjectStore store = ProjectStore.create(folder, "Edits", OPTIONS)) {
            TextSource text = AttuneFactory.eINSTANCE.createTextSource();
            text.setName("Interview");
            store.apply("add", () -> {
                store.stageText(text, model.toString());
                store.project().getSources().add(text);
            });
        }
        for (int round = 0; round < 4; round++) {
            try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
                TextSource text = (TextSource) store.project().getSources().get(0);
                assertEquals(model.toString(), store.text(text), "seed " + seed + ", reopened before round " + round);
                for (int i = 0; i < 60; i++) {
                    int from = random.nextInt(model.length() + 1);
                    int to = round == 2 && i == 0 ? model.length() - 3 : Math.min(model.length(), from + random.nextInt(round == 2 ? 20 : 3));
                    from = Math.min(from, to);
                    String with = random.nextInt(4) == 0 ? "" : "x".repeat(1 + random.nextInt(round == 3 ? 9_000 : 5));
                    if (round == 2 && i == 0) {
                        from = 0; // shrink to three characters: a short text is written whole again
                        with = "";
                    }
                    // never between the two halves of a surrogate pair
                    if (from > 0 && Character.isLowSurrogate(model.charAt(Math.min(from, model.length() - 1))) && from < model.length()) {
                        from--;
                    }
                    if (to > 0 && to < model.length() && Character.isLowSurrogate(model.charAt(to))) {
                        to++;
                    }
                    int f = from;
                    int t = to;
                    String w = with;
                    store.replaceText("edit", text, f, t, w, () -> { });
                    model.replace(f, t, w);
                    assertEquals(model.toString(), store.text(text), "seed " + seed + ", round " + round + ", edit " + i);
                }
                String edited = model.toString();
                store.undo();
                store.redo();
                assertEquals(edited, store.text(text), "seed " + seed + ": undo and redo");
            }
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(model.toString(), store.text((TextSource) store.project().getSources().get(0)), "seed " + seed);
        }
    }

    /**
     * A long value (a memo's text here; a transcript's turns and sync points) changed again and again is written in small
     * chunks behind its seal: random edits, the value read back exactly after each reopening (the seed is in the messages).
     */
    @Test
    void aLongValueChangedAtRandomReadsBackExactly(@TempDir Path tmp) throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Path folder = tmp.resolve("p");
        StringBuilder model = new StringBuilder("{\"turns\": [");
        for (int i = 0; i < 2_000; i++) {
            model.append("{\"start\": ").append(i * 40).append(", \"end\": ").append(i * 40 + 38).append(i % 13 == 0 ? ", \"ü😀\"}, " : "}, ");
        }
        try (ProjectStore store = ProjectStore.create(folder, "Values", OPTIONS)) {
            Memo memo = AttuneFactory.eINSTANCE.createMemo();
            memo.setTitle("Long");
            memo.setText(model.toString());
            store.apply("add", () -> store.project().getMemos().add(memo));
        }
        for (int round = 0; round < 3; round++) {
            try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
                Memo memo = store.project().getMemos().get(0);
                assertEquals(model.toString(), memo.getText(), "seed " + seed + ", reopened before round " + round);
                for (int i = 0; i < 40; i++) {
                    int from = random.nextInt(model.length() + 1);
                    while (from > 0 && from < model.length() && Character.isLowSurrogate(model.charAt(from))) {
                        from--;
                    }
                    int to = Math.min(model.length(), from + random.nextInt(round == 1 ? 3_000 : 4));
                    while (to < model.length() && Character.isLowSurrogate(model.charAt(to))) {
                        to++;
                    }
                    model.replace(from, to, random.nextBoolean() ? "" : "é".repeat(1 + random.nextInt(round == 2 ? 9_000 : 3)));
                    String text = model.toString();
                    store.apply("edit", () -> memo.setText(text));
                }
            }
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(model.toString(), store.project().getMemos().get(0).getText(), "seed " + seed);
        }
    }
}
