package org.attune.analysis.tests;

import static org.attune.analysis.tests.MatrixQueryTest.reopened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixExport;
import org.attune.model.Element;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Matrices written as Word tables and read back with POI: what they hold and how they look. */
class MatrixDocxTest {

    static XWPFDocument docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> texts(XWPFTableRow row) {
        List<String> texts = new ArrayList<>();
        row.getTableCells().forEach(c -> texts.add(c.getText()));
        return texts;
    }

    private static boolean bold(XWPFTableCell cell) {
        List<XWPFRun> runs = cell.getParagraphs().get(0).getRuns();
        return !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold);
    }

    /** Every element id of the project, none of which a document for people may show. */
    private static List<String> ids(ProjectStore store) {
        List<String> ids = new ArrayList<>();
        EcoreUtil.getAllContents(store.project(), true).forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null) {
                ids.add(e.getId());
            }
        });
        return ids;
    }

    @Test
    void aMatrixIsOneTableWithARepeatingStyledHeaderTotalsAndNoIds(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            Matrix m = Study.codingsByRole(store);
            Path file = tmp.resolve("matrix.docx");
            MatrixExport.writeDocx(m, file);
            try (XWPFDocument doc = docx(file)) {
                assertEquals(STPageOrientation.LANDSCAPE, doc.getDocument().getBody().getSectPr().getPgSz().getOrient());
                assertEquals(1, doc.getTables().size());
                XWPFTable table = doc.getTables().get(0);
                XWPFTableRow header = table.getRow(0);
                assertEquals(List.of("codings", "carer", "guider", "(no value)", "Total"), texts(header));
                assertTrue(header.isRepeatHeader(), "the header row repeats on every page");
                assertFalse(table.getRow(1).isRepeatHeader(), "only the header row repeats");
                for (XWPFTableCell cell : header.getTableCells()) {
                    assertTrue(bold(cell), cell.getText());
                    assertEquals("D9D9D9", cell.getColor(), cell.getText());
                }
                assertEquals(TableWidthType.PCT, table.getWidthType(), "the table as wide as the page");
                assertEquals(100.0, table.getWidthDecimal());
                assertEquals(List.of("Connection / Eye contact", "2", "1", "0", "3"), texts(table.getRow(2)));
                assertTrue(bold(table.getRow(2).getCell(0)), "row labels bold");
                assertFalse(bold(table.getRow(2).getCell(1)), "values plain");
                assertEquals(ParagraphAlignment.RIGHT, table.getRow(2).getCell(1).getParagraphs().get(0).getAlignment());
                assertEquals(List.of("Total", "6", "2", "1", "9"), texts(table.getRow(6)));
                assertEquals(7, table.getNumberOfRows());
                String all = doc.getTables().get(0).getText() + doc.getParagraphs().stream().map(p -> p.getText()).toList();
                for (String id : ids(store)) {
                    assertFalse(all.contains(id), "an internal id in the document: " + id);
                }
            }
        }
    }

    @Test
    void aFrameworkMatrixKeepsEachExcerptOnALineOfItsOwn(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            FrameworkMatrix f = ExportTest.summarisedFramework(store);
            Path file = tmp.resolve("framework.docx");
            MatrixExport.writeDocx(f, file);
            try (XWPFDocument doc = docx(file)) {
                XWPFTable table = doc.getTables().get(0);
                assertTrue(table.getRow(0).isRepeatHeader());
                assertEquals("Theme", table.getRow(0).getCell(0).getText());
                assertEquals("Amy", table.getRow(0).getCell(1).getText());
                XWPFTableCell cell = table.getRow(1).getCell(1);
                XWPFRun run = cell.getParagraphs().get(0).getRuns().get(0);
                assertEquals(6, run.getCTR().sizeOfBrArray(), "the summary and three excerpts, a blank line between each");
                assertEquals("Summary: Feels close to her son.", run.getText(0));
                assertEquals("\u201cwe laughed together\u201d (carer-interview)", run.getText(6));
            }
        }
    }
}
