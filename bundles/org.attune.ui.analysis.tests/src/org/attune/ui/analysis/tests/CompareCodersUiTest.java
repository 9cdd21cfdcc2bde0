package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.CodingStudy;
import org.attune.agreement.text.ProjectCodings;
import org.attune.agreement.text.Scope;
import org.attune.testsupport.TwoCoders;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.MediaSource;
import org.attune.model.TimeSelection;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.ui.analysis.compare.AgreementReportView;
import org.attune.ui.analysis.compare.CompareCodersView;
import org.attune.ui.analysis.compare.CompareIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * Compare Coders on the sample study: Ana and Ben code an interview through the store, the view opened from the
 * Window menu lists their four disagreements beside both coders' stripes; three are settled (a button, the context
 * menu, a button), one is undone through Edit > Undo, which names the step, one is settled by adjusting its
 * boundaries to words selected in the transcript; the progress and the consensus codings in the store follow. The
 * Agreement Report then shows the figures AgreementTable computes, worst first, for Ana and Ben and for Ana against
 * the consensus, recomputed after an undo, and exports them.
 */
class CompareCodersUiTest extends SampleWorkbench {
    private TextSource interview;
    private Code first;
    private Code second;

    private void twoCodersCode() {
        UiThread.run(() -> {
            interview = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                    .filter(t -> t.getLength() > 300).findFirst().orElseThrow();
            first = store.project().getCodes().get(0);
            second = store.project().getCodes().get(1);
            TwoCoders.in(store).as("Ana").code(interview, 0, 40, first).code(interview, 50, 90, first).code(interview, 100, 140, second)
                    .code(interview, 150, 190, first)
                    .as("Ben").code(interview, 0, 40, first).code(interview, 55, 95, first).code(interview, 100, 140, first)
                    .code(interview, 200, 240, second)
                    .back();
        });
    }

    private void select(CompareCodersView view, int number) {
        assertTrue(UiThread.call(() -> view.select(number)), "#" + number + " listed");
    }

    private void waitForProgress(CompareCodersView view, String progress) {
        UiThread.waitUntil("'" + progress + "'", () -> view.progressText().startsWith(progress));
    }

    private List<String> consensus() {
        return UiThread.call(this::consensusOnUiThread);
    }

    /** The consensus codings, read on the UI thread (inside {@code UiThread.waitUntil}). */
    private List<String> consensusOnUiThread() {
        List<String> out = new ArrayList<>();
        for (Source s : store.project().getSources()) {
            for (Coding c : s.getCodings()) {
                if (c.getCreatedBy() != null && "consensus".equals(c.getCreatedBy().getName())) {
                    TextSelection t = (TextSelection) c.getSelection();
                    out.add((c.getCode() == first ? "first " : "second ") + t.getStart() + "-" + t.getEnd());
                }
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void settleThreeDisagreementsUndoOneAndAdjustAnother() throws Exception {
        // the default window size: Compare Coders opens beside the editor, narrow
        Workbench.resize(window, 1280, 800);
        twoCodersCode();
        CompareCodersView view = compareAnaWithBen();
        choose(Widgets.byId(window, Combo.class, CompareIds.SOURCE), UiThread.call(interview::getName));
        Table table = Widgets.byId(window, Table.class, CompareIds.TABLE);
        waitForProgress(view, "0 of 4 settled");
        assertEquals(List.of("1 different boundaries", "2 different codes", "3 A only", "4 B only"),
                UiThread.call(() -> Arrays.stream(table.getItems()).map(i -> i.getText(0) + " " + i.getText(2)).toList()));
        select(view, 1);
        assertEquals(4, UiThread.call(() -> view.stripeCount(0)), "Ana's stripes");
        assertEquals(4, UiThread.call(() -> view.stripeCount(1)), "Ben's stripes");

        Input.click(Widgets.byText(window, Button.class, "Both"));
        waitForProgress(view, "1 of 4 settled");
        select(view, 2);
        Input.select(Widgets.contextMenuItem(table, "Accept B"));
        waitForProgress(view, "2 of 4 settled");
        select(view, 3);
        Input.click(Widgets.byText(window, Button.class, "Neither"));
        waitForProgress(view, "3 of 4 settled");
        assertEquals(List.of("first 100-140", "first 50-95"), consensus());
        assertEquals("Neither (" + UiThread.call(() -> store.currentUser().getName()) + ")",
                UiThread.call(() -> table.getItem(2).getText(6)), "the decision and who made it");
        Screenshots.capture(SCREENSHOTS.resolve("compare-coders.png"));

        assertTrue(UiThread.call(Widgets.menuItem(window, "Edit", "Undo Settle #3: Neither")::isEnabled), "Edit > Undo names the step");
        Input.select(Widgets.menuItem(window, "Edit", "Undo Settle #3: Neither"));
        waitForProgress(view, "2 of 4 settled");
        assertEquals("open", UiThread.call(() -> table.getItem(2).getText(6)));
        assertEquals(List.of("first 100-140", "first 50-95"), consensus());

        select(view, 4);
        StyledText transcript = Widgets.byId(window, StyledText.class, CompareIds.TRANSCRIPT);
        UiThread.run(() -> transcript.setSelection(205, 230));
        Input.click(Widgets.byText(window, Button.class, "Adjust Boundaries"));
        waitForProgress(view, "3 of 4 settled");
        assertEquals(List.of("first 100-140", "first 50-95", "second 205-230"), consensus());

        Input.click(Widgets.byId(window, Button.class, CompareIds.OPEN_ONLY));
        UiThread.waitUntil("only #3 open", () -> table.getItemCount() == 1 && table.getItem(0).getText(0).equals("3"));

        // Copy Agreed (settle --agreed): the one stretch both coded alike comes into the consensus, once; Edit > Undo.
        // Every button shows within the view, however narrow (they wrap)
        Button copy = Widgets.byText(window, Button.class, "Copy Agreed");
        for (String label : List.of("Accept A", "Accept B", "Both", "Neither", "Adjust Boundaries", "Reopen", "Copy Agreed")) {
            Button b = Widgets.byText(window, Button.class, label);
            assertTrue(UiThread.call(() -> {
                org.eclipse.swt.graphics.Rectangle inView = b.getDisplay().map(b.getParent(), b.getParent().getParent(), b.getBounds());
                return inView.x + inView.width <= b.getParent().getParent().getClientArea().width;
            }), label + " shows within the view");
        }
        // and so does every choice (the Code combo and "Open only" were cut off a single row): wholly inside the view
        for (String id : List.of(CompareIds.CODER_A, CompareIds.CODER_B, CompareIds.SOURCE, CompareIds.CODE, CompareIds.OPEN_ONLY)) {
            org.eclipse.swt.widgets.Control c = Widgets.byId(window, org.eclipse.swt.widgets.Control.class, id);
            String shown = UiThread.call(() -> {
                org.eclipse.swt.widgets.Composite part = c.getParent().getParent();
                org.eclipse.swt.graphics.Rectangle inView = c.getDisplay().map(c.getParent(), part, c.getBounds());
                org.eclipse.swt.graphics.Rectangle area = part.getClientArea();
                return c.isVisible() && inView.x >= 0 && inView.y >= 0 && inView.x + inView.width <= area.width
                        && inView.y + inView.height <= area.height ? "" : inView + " in a view of " + area.width + "x" + area.height;
            });
            assertEquals("", shown, id + " shows within the view");
        }
        Screenshots.capture(SCREENSHOTS.resolve("compare-coders-buttons.png"));
        Input.click(copy);
        UiThread.waitUntil("the agreed coding copied", () -> consensusOnUiThread().contains("first 0-40"));
        Input.click(Widgets.byText(window, Button.class, "Copy Agreed"));
        assertEquals(List.of("first 0-40", "first 100-140", "first 50-95", "second 205-230"), consensus(), "copied once");
        Input.select(Widgets.menuItem(window, "Edit", "Undo Adopt 1 agreed codings"));
        UiThread.waitUntil("the copy undone", () -> !consensusOnUiThread().contains("first 0-40"));
        assertEquals(List.of("first 100-140", "first 50-95", "second 205-230"), consensus());
        theReportFollows();
    }

    /** Window > Agreement Report: Ana and Ben per code, worst first; Ana against the consensus, recomputed after an undo. */
    /**
     * A recording's disagreement (#17): Ana and Ben code the sample's recording with different times; Adjust Boundaries
     * takes the start and end typed below the buttons (prefilled with the disagreement's stretch), makes one consensus
     * coding of those milliseconds in one step that Edit > Undo takes back; a time that is not one is said and changes
     * nothing.
     */
    @Test
    void adjustTheTimesOfARecordingsDisagreement() throws Exception {
        MediaSource[] recording = new MediaSource[1];
        UiThread.run(() -> {
            recording[0] = store.project().getSources().stream().filter(MediaSource.class::isInstance).map(MediaSource.class::cast)
                    .findFirst().orElseThrow();
            first = store.project().getCodes().get(0);
            TwoCoders.in(store).as("Ana").codeTime(recording[0], 200, 1800, first).as("Ben").codeTime(recording[0], 400, 2200, first).back();
        });
        CompareCodersView view = compareAnaWithBen();
        choose(Widgets.byId(window, Combo.class, CompareIds.SOURCE), UiThread.call(recording[0]::getName));
        // the view stays open between tests: list the settled ones too, whatever an earlier test left
        Button openOnly = Widgets.byId(window, Button.class, CompareIds.OPEN_ONLY);
        if (UiThread.call(openOnly::getSelection)) {
            Input.click(openOnly);
        }
        waitForProgress(view, "0 of 1 settled");
        select(view, 1);
        Text start = Widgets.byId(window, Text.class, CompareIds.START_TIME);
        Text end = Widgets.byId(window, Text.class, CompareIds.END_TIME);
        long from = UiThread.call(() -> view.selected().start());
        long to = UiThread.call(() -> view.selected().end());
        assertTrue(from <= 400 && to >= 1800, from + "–" + to);
        assertEquals(String.format(Locale.ROOT, "00:00:%02d.%03d", from / 1000, from % 1000), UiThread.call(start::getText));
        assertEquals(String.format(Locale.ROOT, "00:00:%02d.%03d", to / 1000, to % 1000), UiThread.call(end::getText));
        assertTrue(UiThread.call(start::isEnabled) && UiThread.call(end::isEnabled), "editable for a recording");

        UiThread.run(() -> view.typeTimes("half a second", "2.000"));
        Input.click(Widgets.byText(window, Button.class, "Adjust Boundaries"));
        UiThread.waitUntil("the time refused", () -> view.progressText().contains("\"half a second\" is not a time"));
        assertEquals(List.of(), UiThread.call(() -> times(recording[0])), "nothing settled");

        UiThread.run(() -> view.typeTimes("00:00:00.300", "2.050"));
        String refused = UiThread.call(view::progressText);
        Input.click(Widgets.byText(window, Button.class, "Adjust Boundaries"));
        UiThread.waitUntil("the progress line changed", () -> !view.progressText().equals(refused));
        assertTrue(UiThread.call(view::progressText).startsWith("1 of 1 settled"), UiThread.call(view::progressText));
        assertEquals(List.of("300-2050"), UiThread.call(() -> times(recording[0])), "one consensus coding of the times typed");
        Screenshots.capture(SCREENSHOTS.resolve("compare-coders-recording.png"));

        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo Settle #1:"));
        waitForProgress(view, "0 of 1 settled");
        assertEquals(List.of(), UiThread.call(() -> times(recording[0])), "the one step undone");
    }

    /** The consensus codings of {@code recording}, as start-end milliseconds. */
    private static List<String> times(MediaSource recording) {
        return recording.getCodings().stream().filter(c -> c.getCreatedBy() != null && "consensus".equals(c.getCreatedBy().getName()))
                .map(c -> (TimeSelection) c.getSelection()).map(t -> t.getStartMs() + "-" + t.getEndMs()).sorted().toList();
    }

    private void theReportFollows() throws Exception {
        AgreementReportView report = agreementOfAnaAndBen();
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_LEVEL), "Per code");
        Table figures = Widgets.byId(window, Table.class, CompareIds.REPORT_TABLE);
        List<AgreementTable.Line> expected = expected("Ana", "Ben");
        assertEquals(2, expected.size(), "two codes");
        assertEquals(shown(expected), UiThread.call(() -> Arrays.stream(figures.getItems())
                .map(i -> i.getText(0) + " " + i.getText(3) + " " + i.getText(6)).toList()));
        assertTrue(expected.get(0).kappa().value() <= expected.get(1).kappa().value(), "worst first");
        assertEquals(expected.get(0).kappa().value(), UiThread.call(() -> report.chartSeries("kappa"))[0], 1e-12);

        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_CODER_B), "consensus");
        List<AgreementTable.Line> againstConsensus = expected("Ana", "consensus");
        UiThread.waitUntil("Ana against the consensus", () -> shown(againstConsensus).equals(Arrays.stream(figures.getItems())
                .map(i -> i.getText(0) + " " + i.getText(3) + " " + i.getText(6)).toList()));
        Screenshots.capture(SCREENSHOTS.resolve("agreement-report.png"));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo Settle #4:"));
        UiThread.waitUntil("the adjustment undone", () -> !store.editingDomain().getCommandStack().getUndoCommand().getLabel().startsWith("Settle #4"));
        List<AgreementTable.Line> afterUndo = expected("Ana", "consensus");
        assertTrue(!shown(afterUndo).equals(shown(againstConsensus)), "the undo changes the consensus figures");
        UiThread.waitUntil("recomputed after the undo", () -> shown(afterUndo).equals(Arrays.stream(figures.getItems())
                .map(i -> i.getText(0) + " " + i.getText(3) + " " + i.getText(6)).toList()));

        java.nio.file.Path csv = tmp.resolve("agreement.csv");
        exportThroughToolbar(report, "org.attune.ui.analysis.toolbar.exportAgreement.csv", org.attune.ui.analysis.Messages.ExportAgreementHandler_title, csv);
        UiThread.waitUntil("the CSV written", () -> java.nio.file.Files.exists(csv));
        assertEquals(afterUndo.size() + 1, java.nio.file.Files.readAllLines(csv).size(), "a header and a line per code");

        java.nio.file.Path docx = tmp.resolve("agreement.docx");
        exportThroughToolbar(report, "org.attune.ui.analysis.toolbar.exportAgreement.docx", org.attune.ui.analysis.Messages.ExportAgreementHandler_title, docx);
        UiThread.waitUntil("the DOCX written", () -> java.nio.file.Files.exists(docx));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(body.contains("Agreement between Ana and consensus"), "the title names the coders");
            int perCode = body.indexOf("Per code</w:t>");
            assertTrue(perCode > 0 && body.indexOf("<w:tbl>", perCode) > 0, "a table per code");
            String table = body.substring(body.indexOf("<w:tbl>", perCode), body.indexOf("</w:tbl>", perCode));
            assertEquals(afterUndo.size() + 1, table.split("<w:tr[ >]", -1).length - 1, "a header and a row per code");
            assertTrue(zip.stream().anyMatch(e -> e.getName().startsWith("word/media/") && e.getName().endsWith(".png")), "the chart");
        }
    }

    private List<AgreementTable.Line> expected(String a, String b) {
        return UiThread.call(() -> {
            List<Source> sources = store.project().getSources();
            CodingStudy study = ProjectCodings.text(sources, ProjectCodings.codesUsed(sources, Set.of(a, b)), Code::path, List.of(a, b));
            return AgreementTable.worstFirst(AgreementTable.of(study), Scope.Level.CODE);
        });
    }

    private static List<String> shown(List<AgreementTable.Line> lines) {
        return lines.stream().map(l -> l.scope().code() + " " + (l.kappa().isDefined() ? String.format(Locale.ROOT, "%.3f", l.kappa().value()) : "–")
                + " " + l.units()).toList();
    }
}
