package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.attune.coding.SegmentExport;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.RegionSelection;
import org.attune.ui.ProjectJob;
import org.attune.ui.WidgetIds;
import org.attune.ui.analysis.Messages;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.CodedSegmentsView;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/**
 * Coded Segments' Export on the sample study, as a researcher uses it: the segments of the code of the sand
 * tableau's region, written through the view's XLSX toolbar item and File > Export Coded Segments as DOCX...; POI
 * reads back a row for each row the view lists, and the region's thumbnail. With no codes chosen, File > Export
 * says to choose codes first.
 */
class SegmentsExportUiTest extends SampleWorkbench {

    @Test
    void theSegmentsListedAreWrittenAsXlsxAndDocxWithTheRegionsThumbnail() throws Exception {
        Code code = UiThread.call(() -> {
            ImageSource picture = (ImageSource) store.project().getSources().stream().filter(ImageSource.class::isInstance)
                    .findFirst().orElseThrow();
            store.load(picture);
            return picture.getCodings().stream().filter(c -> c.getSelection() instanceof RegionSelection).map(Coding::getCode)
                    .findFirst().orElseThrow();
        });
        CodedSegmentsView view = show(CodedSegmentsView.ID, CodedSegmentsView.class);
        UiThread.run(() -> view.show(List.of()));
        Input.select(Widgets.menuItem(window, "File", "Export Coded Segments as XLSX..."));
        assertTrue(closeMessage(Messages.ExportSegmentsHandler_title, "select codes").contains("Codebook"));

        UiThread.run(() -> view.show(List.of(code)));
        Table table = Widgets.byId(window, Table.class, WidgetIds.SEGMENTS_TABLE);
        UiThread.waitUntil("the code's segments listed", () -> table.getItemCount() > 0);
        int listed = UiThread.call(table::getItemCount);
        int regions = UiThread.call(() -> (int) view.shownSegments().stream()
                .filter(s -> s.coding().getSelection() instanceof RegionSelection).count());
        assertTrue(regions >= 1, "the sand tableau's region among them");

        org.attune.ui.testsupport.Screenshots.capture(SCREENSHOTS.resolve("coded-segments-export.png"));
        Path xlsx = tmp.resolve("segments.xlsx");
        exportThroughToolbar(view, "org.attune.ui.analysis.toolbar.exportSegments.xlsx", Messages.ExportSegmentsHandler_title, xlsx);
        Job.getJobManager().join(ProjectJob.FAMILY, null);
        UiThread.waitUntil("the sheet written", () -> Files.isRegularFile(xlsx));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Coded segments");
            assertEquals(listed, sheet.getLastRowNum(), "a row for each row the view lists");
            DataFormatter text = new DataFormatter();
            for (int r = 1; r <= listed; r++) {
                int index = r - 1;
                String source = UiThread.call(() -> table.getItem(index).getText(1));
                assertEquals(source, text.formatCellValue(sheet.getRow(r).getCell(1)), "row " + r + " in the view's order");
            }
            List<XSSFPicture> pictures = ((XSSFDrawing) sheet.getDrawingPatriarch()).getShapes().stream()
                    .filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).toList();
            assertEquals(regions, pictures.size(), "a thumbnail for each region");
        }

        Path docx = tmp.resolve("segments.docx");
        UiThread.run(() -> page().activate(view));
        Input.select(Widgets.menuItem(window, "File", "Export Coded Segments as DOCX..."));
        org.eclipse.swt.widgets.Shell dialog = Widgets.shell(Messages.ExportSegmentsHandler_title);
        org.eclipse.swt.widgets.Text path = Widgets.byId(dialog, org.eclipse.swt.widgets.Text.class, org.attune.ui.analysis.AnalysisIds.FILE_PATH);
        UiThread.run(() -> path.setText(docx.toString()));
        Input.click(Widgets.byText(dialog, org.eclipse.swt.widgets.Button.class, "Export"));
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
        Job.getJobManager().join(ProjectJob.FAMILY, null);
        UiThread.waitUntil("the document written", () -> Files.isRegularFile(docx));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable words = doc.getTables().get(0);
            assertEquals(listed + 1, words.getNumberOfRows(), "the header and a row for each row the view lists");
            assertEquals(SegmentExport.HEADER, words.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(regions, doc.getAllPictures().size(), "a thumbnail for each region");
        }
    }
}
