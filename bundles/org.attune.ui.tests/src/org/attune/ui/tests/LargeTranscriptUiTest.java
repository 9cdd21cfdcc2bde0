package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.attune.coding.Codebook;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size: a 1,000,000-character transcript with 10,000 codings opens in the real editor and scrolls.
 * This is a measurement, not a timed assertion: it prints the figures and writes them to
 * target/ui-benchmarks.txt (recorded in docs/performance.md); it asserts only what was shown.
 */
class LargeTranscriptUiTest {
    @AfterEach
    void close() {
        UiThread.run(() -> {
            SampleStudy.page().closeAllEditors(false);
            PlatformUI.getWorkbench().getService(IProjectSession.class).close();
        });
    }

    @Test
    void aMillionCharacterTranscriptWithTenThousandCodingsOpensAndScrolls(@TempDir Path tmp) throws Exception {
        StringBuilder text = new StringBuilder();
        String[] speakers = {"Interviewer", "Guider", "Carer"};
        for (int turn = 0; text.length() < 1_000_000; turn++) {
            text.append(speakers[turn % 3]).append(": [").append(String.format(Locale.ROOT, "%02d:%02d:%02d", turn / 3600 % 24,
                    turn / 60 % 60, turn % 60)).append("] ");
            text.append("We watched the clip together and she noticed how her son looked up at her when she waited. ".repeat(2));
            text.append('\n');
        }
        Path file = Files.writeString(tmp.resolve("long-interview.txt"), text);
        ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Large", OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
        TextSource source = (TextSource) store.project().getSources().get(0);
        List<Code> codes = List.of(new Codebook(store).create("Waiting", null, AnalyticLevel.OPEN),
                new Codebook(store).create("Noticing", null, AnalyticLevel.OPEN),
                new Codebook(store).create("Looking up", null, AnalyticLevel.OPEN));
        int length = source.getLength();
        store.load(source);
        store.apply("10,000 codings", () -> {
            for (int i = 0; i < 10_000; i++) {
                Coding coding = AttuneFactory.eINSTANCE.createCoding();
                coding.setCode(codes.get(i % 3));
                TextSelection selection = AttuneFactory.eINSTANCE.createTextSelection();
                int start = (int) ((long) i * (length - 400) / 10_000);
                selection.setStart(start);
                selection.setEnd(start + 40 + i % 300); // overlapping stretches of varied length
                coding.setSelection(selection);
                source.getCodings().add(coding);
            }
        });
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(store));
        Shell window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());

        long started = System.nanoTime();
        UiThread.run(() -> {
            try {
                SourceEditor.open(SampleStudy.page(), store, source, -1, -1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            window.update(); // paint it all before the clock stops
        });
        long openMs = (System.nanoTime() - started) / 1_000_000;
        Label status = Widgets.byId(window, Label.class, WidgetIds.SOURCE_STATUS);
        assertEquals("10000 codings", UiThread.call(status::getText));

        StyledText widget = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        int lines = UiThread.call(widget::getLineCount);
        int frames = 200;
        long[] frameNanos = new long[frames];
        for (int f = 0; f < frames; f++) {
            int index = f;
            frameNanos[f] = UiThread.call(() -> {
                long t = System.nanoTime();
                widget.setTopIndex((int) ((long) index * (lines - 50) / frames));
                widget.getShell().update(); // the text and the stripes margin repaint now
                return System.nanoTime() - t;
            });
        }
        java.util.Arrays.sort(frameNanos);
        String figures = String.format(Locale.ROOT,
                "transcript %d characters, %d lines, 10000 codings: open %d ms; scroll frame p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                text.length(), lines, openMs, frameNanos[frames / 2] / 1e6, frameNanos[frames * 95 / 100] / 1e6,
                frameNanos[frames - 1] / 1e6);
        System.out.print(figures);
        Path out = CodingUiTest.SCREENSHOTS.toAbsolutePath().resolveSibling("ui-benchmarks.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);
    }
}
