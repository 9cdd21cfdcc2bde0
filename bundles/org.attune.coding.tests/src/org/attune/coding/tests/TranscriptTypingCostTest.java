package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.attune.coding.TextEdits;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.Importer;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one keystroke of transcription costs on a 60-minute transcript (9,000 words in 300 turns with time codes,
 * imported through the real import): each key typed is one {@link TextEdits} action committed to the store. Measures
 * the time per key and the bytes the store's log grows by per key, typing at the end (where a typist transcribes)
 * and in the middle (a correction); prints them (docs/performance.md) and writes them to
 * {@code target/transcript-typing.txt}. Asserts that what is written for a key typed at the end of the 60-minute
 * transcript is within one text chunk (8 KiB) of what a key typed into a 1-minute transcript writes (every
 * action writes some kilobytes of its own: the source's length and time, the audit entry, Xodus' index pages), not
 * the whole text again, and that the text read back is what was typed.
 */
class TranscriptTypingCostTest {
    private static final OpenOptions OPEN = OpenOptions.of("typing cost").withBackups(false);
    private static final int KEYS = 100;

    @TempDir
    Path tmp;

    /** An interview of {@code minutes}: 150 words a minute, a turn of 30 words every 12 seconds, a time code at each. */
    private static String interview(int minutes) {
        String[] words = "so we looked at the clip together and he was waiting for me to notice what he did with the brick then "
                .concat("I said yes and he smiled back it was the first time I saw that").split(" ");
        Random random = new Random(60);
        StringBuilder text = new StringBuilder();
        for (int turn = 0; turn < minutes * 5; turn++) {
            int s = turn * 12;
            text.append(turn % 2 == 0 ? "Interviewer: " : "Dawn: ")
                    .append(String.format(Locale.ROOT, "[%02d:%02d:%02d] ", s / 3600, s / 60 % 60, s % 60));
            for (int w = 0; w < 30; w++) {
                text.append(words[random.nextInt(words.length)]).append(w == 29 ? ".\n" : " ");
            }
        }
        return text.toString();
    }

    private static long logBytes(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("store"))) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".xd")).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private record Cost(double msPerKey, double bytesPerKey) {
    }

    /** Types {@link #KEYS} characters one action each at the end, or from the middle on. */
    private static Cost type(ProjectStore store, Path project, TextSource source, boolean atEnd) throws IOException {
        long bytes = logBytes(project);
        long[] times = new long[KEYS];
        int at = atEnd ? source.getLength() : source.getLength() / 2;
        for (int i = 0; i < KEYS; i++) {
            long start = System.nanoTime();
            new TextEdits(store).edit(source, at, at, "x");
            times[i] = System.nanoTime() - start;
            at++;
        }
        Arrays.sort(times);
        return new Cost(times[KEYS / 2] / 1e6, (logBytes(project) - bytes) / (double) KEYS);
    }

    private static String positions(TextSource source) {
        return source.getTurns().stream().map(t -> t.getSpeaker() + " " + t.getStart() + "-" + t.getEnd()).toList() + " "
                + source.getSyncPoints().stream().map(p -> p.getOffset() + "@" + p.getTimeMs()).toList();
    }

    @Test
    void aKeyTypedIntoASixtyMinuteTranscript() throws Exception {
        Path file = Files.writeString(tmp.resolve("Interview 60 min.txt"), interview(60));
        Path short1 = Files.writeString(tmp.resolve("Interview 1 min.txt"), interview(1));
        Path project = tmp.resolve("project");
        String positions;
        try (ProjectStore store = ProjectStore.create(project, "Typing", OPEN)) {
            Importer importer = new Importer(store, ImportOptions.defaults());
            for (Path f : new Path[] {file, short1}) {
                ImportOutcome outcome = importer.importOne(f);
                assertEquals(ImportOutcome.Status.IMPORTED, outcome.status(), outcome.detail());
            }
            TextSource source = (TextSource) store.project().getSources().get(0);
            TextSource minute = (TextSource) store.project().getSources().get(1);
            store.load(source);
            store.load(minute);
            int textBytes = store.text(source).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            type(store, project, source, true); // warm up
            type(store, project, minute, true);
            Cost end = type(store, project, source, true);
            Cost middle = type(store, project, source, false);
            Cost oneMinute = type(store, project, minute, true);
            String figures = String.format(Locale.ROOT,
                    "60-minute transcript, %d bytes, %d turns: a key typed at the end %.2f ms (median), %.0f bytes written; "
                            + "in the middle %.2f ms, %.0f bytes; 1-minute transcript: a key at the end %.2f ms, %.0f bytes%n", textBytes,
                    source.getTurns().size(), end.msPerKey(), end.bytesPerKey(), middle.msPerKey(), middle.bytesPerKey(),
                    oneMinute.msPerKey(), oneMinute.bytesPerKey());
            System.out.print(figures);
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("transcript-typing.txt"), figures);
            }
            positions = positions(source);
            // before, a key wrote the whole text again (68 KB here), then every text chunk after it and all the turns again
            // (27 KB at the end, 67 KB in the middle); now the chunks it changed and the action's own bytes
            assertTrue(end.bytesPerKey() < oneMinute.bytesPerKey() + 8192, figures);
        }
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            TextSource source = (TextSource) store.project().getSources().get(0);
            String text = store.text(source);
            assertTrue(text.endsWith("x".repeat(2 * KEYS)), "the keys at the end are on disk");
            assertTrue(text.contains("x".repeat(KEYS)), "and those in the middle");
            assertEquals(text.codePointCount(0, text.length()), source.getLength());
            store.load(source);
            assertEquals(positions, positions(source), "the turns and sync points, written in chunks, read back");
        }
    }
}
