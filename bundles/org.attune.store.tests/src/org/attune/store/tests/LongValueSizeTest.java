package org.attune.store.tests;

import static org.attune.store.tests.StoreFixtures.addTranscript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.attune.model.AttuneFactory;
import org.attune.model.Memo;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.TextContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Xodus writes no single value larger than one of its log files (8 MiB): a long transcript or memo must still save. */
class LongValueSizeTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("size test").withBackups(false);

    @Test
    void aThirtyMegabyteTranscriptAndATwentyMegabyteMemoSaveAndReadBackExactly(@TempDir Path tmp) throws Exception {
        String transcript = words(30_000_000, 1);
        String memoText = words(20_000_000, 2);
        assertTrue(TextContent.of(transcript).stored().length > 8 << 20, "control: the stored text is over 8 MiB");
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Long", OPTIONS)) {
            addTranscript(store, "Day-long recording", transcript);
            store.apply("memo", () -> {
                Memo memo = AttuneFactory.eINSTANCE.createMemo();
                memo.setTitle("Field notes");
                memo.setText(memoText);
                store.project().getMemos().add(memo);
            });
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            String text = store.text((TextSource) store.project().getSources().getFirst());
            assertTrue(transcript.equals(text), () -> "the transcript reads back with " + (text == null ? "no" : text.length()) + " characters");
            String memo = store.project().getMemos().getFirst().getText();
            assertTrue(memoText.equals(memo), () -> "the memo reads back with " + (memo == null ? "no" : memo.length()) + " characters");
            store.apply("shorten", () -> store.project().getMemos().getFirst().setText("Only this is left."));
        }
        assertEquals(0, StoreAccessTestSupport.longValues(folder), "no chunk of the long memo is left");
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals("Only this is left.", store.project().getMemos().getFirst().getText());
            store.apply("lengthen", () -> store.project().getMemos().getFirst().setText(memoText));
            store.apply("delete", () -> store.project().getSources().clear());
        }
        assertEquals(0, StoreAccessTestSupport.storedTexts(folder), "no chunk of the deleted transcript is left");
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertTrue(memoText.equals(store.project().getMemos().getFirst().getText()), "lengthened again");
        }
    }

    /** Speaker turns of random words: text that deflates about as little as real talk. */
    private static String words(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length + 64);
        while (text.length() < length) {
            text.append(random.nextBoolean() ? "Carer: " : "Guider: ");
            for (int word = 5 + random.nextInt(20); word > 0; word--) {
                for (int letter = 1 + random.nextInt(9); letter > 0; letter--) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                text.append(word == 1 ? ".\n" : " ");
            }
        }
        return text.toString();
    }
}
