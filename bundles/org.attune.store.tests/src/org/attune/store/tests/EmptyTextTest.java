package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;

import org.attune.model.AttuneFactory;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.TextContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty transcript (NVivo exports empty memo documents; merging a copy brings them in) is stored and read back
 * as empty: it was read as "a stored text is cut short", and the project then reported as damaged.
 */
class EmptyTextTest {
    @Test
    void shortTextsRoundTripAndACutStoredTextIsStillRefused() {
        for (String text : new String[] {"", "a", "\n", "😀", "Carer: I waited."}) {
            assertEquals(text, TextContent.fromStored(TextContent.of(text).stored()).text());
        }
        byte[] stored = TextContent.of("Guider: What did you notice? Carer: She smiled, and I waited for her to come to me.").stored();
        byte[] cut = Arrays.copyOf(stored, stored.length / 2);
        assertThrows(IllegalStateException.class, () -> TextContent.fromStored(cut));
    }

    @Test
    void anEmptyTranscriptIsReadBackAfterReopening(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        OpenOptions options = OpenOptions.of("test").withBackups(false);
        try (ProjectStore store = ProjectStore.create(folder, "Empty documents", options)) {
            TextSource empty = AttuneFactory.eINSTANCE.createTextSource();
            empty.setName("Empty memo document");
            store.apply("add", () -> {
                store.stageText(empty, "");
                store.project().getSources().add(empty);
            });
        }
        try (ProjectStore store = ProjectStore.open(folder, options)) {
            assertEquals("", store.text((TextSource) store.project().getSources().get(0)));
        }
    }
}
