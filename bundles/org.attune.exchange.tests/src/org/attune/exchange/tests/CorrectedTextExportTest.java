package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.attune.coding.TextEdits;
import org.attune.exchange.ProjectExport;
import org.attune.exchange.QdaImport;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corrected transcript goes to REFI-QDA as corrected: its text, and its codings where they now are. */
class CorrectedTextExportTest {
    private static final OpenOptions OPEN = OpenOptions.of("corrected export test").withBackups(false);
    private static final String[] PIECES = {"", "a", " word ", "😀", "𝄞 and ", "\n", "é"};

    @Test
    void theExportHoldsTheCorrectedTextAndCodingsAtTheirNewPlaces(@TempDir Path tmp) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path qdpx = tmp.resolve("corrected.qdpx");
        String text;
        Map<String, String> codings;
        String sourceId;
        try (ProjectStore store = SampleProject.create(tmp.resolve("sample"), OPEN)) {
            TextSource source = (TextSource) store.project().getSources().stream().filter(s -> s.getName().startsWith("G01")).findFirst()
                    .orElseThrow();
            store.load(source);
            String original = store.text(source);
            TextEdits edits = new TextEdits(store);
            edits.replace(source, "Anna", "Anna 😀", true);
            for (int i = 0; i < 40; i++) {
                int start = random.nextInt(source.getLength() + 1);
                int end = Math.min(source.getLength(), start + random.nextInt(10));
                edits.edit(source, start, end, PIECES[random.nextInt(PIECES.length)]);
            }
            text = store.text(source);
            assertTrue(!text.equals(original) && text.contains("😀"), "control: the text was corrected, seed " + seed);
            codings = places(source);
            sourceId = source.getId();
            ProjectExport.write(store, qdpx, new NullProgressMonitor());
        }
        Fixtures.validate(Fixtures.entry(qdpx, "project.qde"), "Project.xsd");
        assertEquals(text, new String(Fixtures.entry(qdpx, "sources/" + sourceId + ".txt"), StandardCharsets.UTF_8), "seed " + seed);
        try (ProjectStore copy = ProjectStore.create(tmp.resolve("copy"), "copy", OPEN)) {
            new QdaImport(copy).importFile(qdpx, new NullProgressMonitor());
            TextSource source = (TextSource) copy.project().getSources().stream().filter(s -> s.getId().equals(sourceId)).findFirst()
                    .orElseThrow();
            copy.load(source);
            assertEquals(text, copy.text(source), "seed " + seed);
            assertEquals(text.codePointCount(0, text.length()), source.getLength());
            assertEquals(codings, places(source), "seed " + seed);
        }
    }

    /** Each text coding's id with its stretch and the words it covers. */
    private static Map<String, String> places(TextSource source) {
        Map<String, String> places = new TreeMap<>();
        for (Coding coding : source.getCodings()) {
            if (coding.getSelection() instanceof TextSelection s) {
                places.put(coding.getId(), s.getStart() + "-" + s.getEnd() + " " + coding.getCode().getName());
            }
        }
        return places;
    }
}
