package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.exchange.CodebookExport;
import org.attune.model.Code;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook XLSX read back with POI: how it looks, not only what it holds. */
class CodebookSheetTest {

    @Test
    void headerStyledFrozenAndFilteredColumnsSizedLongTextWrappedNoIds(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.richProject(tmp.resolve("a"))) {
            Code plain = store.project().getCodes().get(1);
            String longDefinition = "A code for everything that does not fit elsewhere yet; ".repeat(4).strip();
            store.apply("long definition", () -> plain.setDefinition(longDefinition));
            Path file = tmp.resolve("codebook.xlsx");
            CodebookExport.write(store, file, CodebookExport.Format.XLSX, 2, null);

            List<String> ids = new ArrayList<>();
            EcoreUtil.getAllContents(store.project().getCodes(), false).forEachRemaining(o -> {
                if (o instanceof Code c) {
                    ids.add(c.getId());
                }
            });
            assertEquals(3, ids.size());
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
                XSSFSheet sheet = book.getSheet("Codebook");
                Row header = sheet.getRow(0);
                List<String> titles = new ArrayList<>();
                header.forEach(c -> titles.add(c.getStringCellValue()));
                assertEquals(List.of("Code", "Path", "Depth", "Level", "Definition", "Inclusion criteria", "Exclusion criteria", "Example",
                        "Codings (with sub-codes)", "Sources (with sub-codes)", "Example quotes", "Colour"), titles, "no Id column");
                for (Cell c : header) {
                    assertTrue(book.getFontAt(c.getCellStyle().getFontIndex()).getBold(), c.getStringCellValue());
                    assertEquals(FillPatternType.SOLID_FOREGROUND, c.getCellStyle().getFillPattern(), c.getStringCellValue());
                }
                PaneInformation pane = sheet.getPaneInformation();
                assertTrue(pane.isFreezePane());
                assertEquals(1, pane.getHorizontalSplitTopRow(), "header row frozen");
                assertEquals(1, pane.getVerticalSplitLeftColumn(), "code names stay in view");
                assertEquals("A1:L4", sheet.getCTWorksheet().getAutoFilter().getRef(), "filter on the header over the 3 codes");

                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            assertFalse(ids.stream().anyMatch(c.getStringCellValue()::contains), "an internal id in " + c.getAddress());
                        }
                    }
                }
                assertEquals(256 * ("Attunement".length() + 2), sheet.getColumnWidth(0), "sized to the longest name");
                assertEquals(256 * 60, sheet.getColumnWidth(4), "a long definition caps its column");
                Row plainRow = sheet.getRow(3);
                assertEquals("Plain", plainRow.getCell(0).getStringCellValue());
                assertEquals(longDefinition, plainRow.getCell(4).getStringCellValue());
                assertTrue(plainRow.getCell(4).getCellStyle().getWrapText(), "and wraps");
                assertFalse(plainRow.getCell(0).getCellStyle().getWrapText(), "short names do not wrap");
                Row attunement = sheet.getRow(1);
                assertEquals(CellType.NUMERIC, attunement.getCell(2).getCellType(), "depth is a number");
                assertEquals(CellType.NUMERIC, attunement.getCell(8).getCellType(), "codings are a number");
                assertEquals(4, attunement.getCell(8).getNumericCellValue());
                assertEquals(8, sheet.getColumnWidth(2) / 256, "Depth: as wide as its header");
            }
        }
    }
}
