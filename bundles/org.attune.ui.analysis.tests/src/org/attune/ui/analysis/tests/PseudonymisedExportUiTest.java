package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.model.TextSource;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.exchange.ExportProjectHandler;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * File > Export Project (REFI-QDA)... with "Write pseudonyms" ticked (#20): the archive holds the key table's pseudonyms
 * and none of its real names, while the project keeps them.
 */
class PseudonymisedExportUiTest extends SampleWorkbench {
    @Test
    void theArchiveCarriesPseudonymsAndTheProjectKeepsTheNames() throws Exception {
        KeyTable table = new KeyTable();
        table.put("Tyler", "Child 1", KeyTable.Origin.ADDED);
        table.put("Dawn", "Carer A", KeyTable.Origin.ADDED);
        KeyTableFile.save(store.folder(), table, "export key words".toCharArray());

        Path qdpx = tmp.resolve("out/pseudonymised.qdpx");
        Files.createDirectories(qdpx.getParent());
        Input.select(Widgets.menuItem(window, "File", "Export Project (REFI-QDA)..."));
        Shell dialog = Widgets.shell(ExportProjectHandler.TITLE);
        Text path = Widgets.byId(dialog, Text.class, AnalysisIds.FILE_PATH);
        Text key = Widgets.byId(dialog, Text.class, AnalysisIds.EXPORT_KEY_PASSPHRASE);
        UiThread.run(() -> path.setText(qdpx.toString()));
        Input.click(Widgets.byId(dialog, Button.class, AnalysisIds.EXPORT_PSEUDONYMISE));
        UiThread.waitUntil("the passphrase asked for", key::isEnabled);
        Button export = Widgets.byText(dialog, Button.class, "Export");
        assertFalse(UiThread.call(export::isEnabled), "no export with pseudonyms without the key table's passphrase");
        UiThread.run(() -> key.setText("export key words"));
        Input.click(export);
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
        closeMessage(ExportProjectHandler.TITLE, "Wrote");

        String archive = entries(qdpx);
        assertTrue(archive.contains("Child 1") && archive.contains("Carer A"), "the pseudonyms are in the archive");
        assertFalse(archive.matches("(?s).*\\bTyler\\b.*"), "Tyler left in the archive");
        assertFalse(archive.matches("(?s).*\\bDawn\\b.*"), "Dawn left in the archive");
        TextSource dawn = UiThread.call(() -> (TextSource) store.project().getSources().stream()
                .filter(s -> s.getName().equals("C01 Carer Dawn")).findFirst().orElseThrow());
        assertTrue(UiThread.call(() -> store.text(dawn)).contains("Tyler"), "the project keeps the real names");
    }

    /**
     * The Matrix view's CSV and the Coded Segments view's XLSX with "Write pseudonyms" ticked (#20): the same rows as
     * without, and no real name of the key table in the file, while the project keeps them.
     */
    @Test
    void theMatrixAndTheCodedSegmentsAreWrittenWithPseudonyms() throws Exception {
        KeyTable table = new KeyTable();
        table.put("Tyler", "Child 1", KeyTable.Origin.ADDED);
        table.put("Dawn", "Carer A", KeyTable.Origin.ADDED);
        table.put("Marcus", "Carer B", KeyTable.Origin.ADDED);
        KeyTableFile.save(store.folder(), table, "export key words".toCharArray());

        openAnalysisPerspective();
        org.attune.ui.analysis.MatrixView matrix = show(org.attune.ui.analysis.MatrixView.ID, org.attune.ui.analysis.MatrixView.class);
        choose(Widgets.byId(window, org.eclipse.swt.widgets.Combo.class, AnalysisIds.MATRIX_MODE), "Matrix coding");
        choose(Widgets.byId(window, org.eclipse.swt.widgets.Combo.class, AnalysisIds.MATRIX_ROWS), "codes");
        choose(Widgets.byId(window, org.eclipse.swt.widgets.Combo.class, AnalysisIds.MATRIX_COLUMNS), "cases");
        UiThread.waitUntil("codes by cases", () -> matrix.matrix() != null && matrix.matrix().columns().size() >= 6);
        Path plain = tmp.resolve("matrix.csv");
        Path pseudonymised = tmp.resolve("matrix-pseudonymised.csv");
        String title = org.attune.ui.analysis.Messages.ExportMatrixHandler_title;
        exportThroughToolbar(matrix, "org.attune.ui.analysis.toolbar.exportMatrix.csv", title, plain);
        exportThroughToolbar(matrix, "org.attune.ui.analysis.toolbar.exportMatrix.csv", title, pseudonymised, "export key words");
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.attune.ui.ProjectJob.FAMILY, null);
        UiThread.waitUntil("both written", () -> Files.isRegularFile(plain) && Files.isRegularFile(pseudonymised));
        String before = Files.readString(plain);
        String after = Files.readString(pseudonymised);
        assertTrue(before.contains("Dawn") && before.contains("Marcus"), before);
        assertNoRealName(table, after);
        assertTrue(after.contains("Carer A") && after.contains("Carer B"), after);
        assertEquals(before.lines().count(), after.lines().count(), "the same rows");
        assertEquals(rows(before), rows(after), "the same counts in each code's row (its columns named otherwise)");

        org.attune.ui.views.CodedSegmentsView segments = show(org.attune.ui.views.CodedSegmentsView.ID,
                org.attune.ui.views.CodedSegmentsView.class);
        org.attune.model.Code reassurance = UiThread.call(() -> store.project().getCodes().stream()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().stream()))
                .filter(c -> c.getName().equals("Reassurance from the guider")).findFirst().orElseThrow());
        UiThread.run(() -> segments.show(java.util.List.of(reassurance)));
        UiThread.waitUntil("its segments listed", () -> !segments.shownSegments().isEmpty());
        int listed = UiThread.call(() -> segments.shownSegments().size());
        Path xlsx = tmp.resolve("segments-pseudonymised.xlsx");
        exportThroughToolbar(segments, "org.attune.ui.analysis.toolbar.exportSegments.xlsx",
                org.attune.ui.analysis.Messages.ExportSegmentsHandler_title, xlsx, "export key words");
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.attune.ui.ProjectJob.FAMILY, null);
        UiThread.waitUntil("the sheet written", () -> Files.isRegularFile(xlsx));
        StringBuilder cells = new StringBuilder();
        int rows;
        try (var in = Files.newInputStream(xlsx); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = book.getSheet("Coded segments");
            rows = sheet.getLastRowNum();
            var text = new org.apache.poi.ss.usermodel.DataFormatter();
            sheet.forEach(row -> row.forEach(cell -> cells.append(text.formatCellValue(cell)).append('\n')));
        }
        assertEquals(listed, rows, "a row for each segment the view lists");
        assertTrue(cells.toString().contains("Carer A"), cells.toString());
        assertNoRealName(table, cells.toString());
        assertTrue(UiThread.call(() -> segments.shownSegments().stream().anyMatch(s -> s.source().getName().contains("Dawn"))),
                "the project keeps the real names");
    }

    /** Each data row of a matrix CSV: its code, then its counts sorted (columns may come in another order). */
    private static java.util.List<String> rows(String csv) {
        return csv.lines().skip(1).map(l -> {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(l.split(",")));
            String code = cells.remove(0);
            return code + ": " + cells.stream().sorted().toList();
        }).toList();
    }

    private static void assertNoRealName(KeyTable table, String text) {
        for (KeyTable.Entry e : table.entries()) {
            assertFalse(java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(e.real()) + "\\b").matcher(text).find(),
                    e.real() + " left in " + text);
        }
    }

    private static String entries(Path zip) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                text.append(e.getName()).append('\n').append(bytes.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
