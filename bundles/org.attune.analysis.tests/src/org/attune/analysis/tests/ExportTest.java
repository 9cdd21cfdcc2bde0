package org.attune.analysis.tests;

import static org.attune.analysis.tests.MatrixQueryTest.reopened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.analysis.CodingSet;
import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixExport;
import org.attune.analysis.Rows;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports written to disk and read back with commons-csv and POI. */
class ExportTest {

    static List<List<String>> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(in).getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    static XSSFWorkbook xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void matrixAsWideAndTidyCsvAndXlsx(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            Matrix m = Study.codingsByRole(store);
            Path wide = tmp.resolve("matrix.csv");
            MatrixExport.writeCsv(m, wide);
            List<List<String>> rows = csv(wide);
            assertEquals(List.of("codings", "carer", "guider", "(no value)", "Total"), rows.get(0));
            assertEquals(List.of("Connection / Eye contact", "2", "1", "0", "3"), rows.get(2));
            assertEquals(List.of("Total", "6", "2", "1", "9"), rows.get(6));

            Path tidy = tmp.resolve("tidy.csv");
            MatrixExport.writeTidyCsv(m, tidy);
            List<List<String>> lines = csv(tidy);
            assertEquals(List.of("row", "column", "measure", "value"), lines.get(0));
            assertEquals(1 + 5 * 3, lines.size(), "one line per cell, no totals");
            assertTrue(lines.contains(List.of("Stress", "carer", "codings", "2")), lines.toString());

            Path book = tmp.resolve("matrix.xlsx");
            MatrixExport.writeXlsx(m, book);
            try (XSSFWorkbook read = xlsx(book)) {
                Sheet sheet = read.getSheet("Matrix");
                assertEquals("Connection / Eye contact", sheet.getRow(2).getCell(0).getStringCellValue());
                assertEquals(2, sheet.getRow(2).getCell(1).getNumericCellValue());
                assertEquals("Total", sheet.getRow(6).getCell(0).getStringCellValue());
                assertEquals(9, sheet.getRow(6).getCell(4).getNumericCellValue(), "grand total");
                assertTrue(read.getFontAt(sheet.getRow(6).getCell(4).getCellStyle().getFontIndex()).getBold());
                for (var title : sheet.getRow(0)) {
                    assertTrue(read.getFontAt(title.getCellStyle().getFontIndex()).getBold(), title.getStringCellValue());
                    assertEquals(FillPatternType.SOLID_FOREGROUND, title.getCellStyle().getFillPattern(), title.getStringCellValue());
                }
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "header frozen");
                assertEquals(1, sheet.getPaneInformation().getVerticalSplitLeftColumn(), "row labels frozen");
                assertEquals("A1:E6", read.getSheet("Matrix").getCTWorksheet().getAutoFilter().getRef(), "the totals row is not sorted in");
                assertEquals(256 * ("Connection / Eye contact".length() + 2), sheet.getColumnWidth(0), "sized to the longest label");
                assertEquals(256 * ("(no value)".length() + 3), sheet.getColumnWidth(3), "sized to its (bold) header");
                assertEquals(256 * 8, sheet.getColumnWidth(1), "\"carer\" and single digits: the narrowest width");
            }
            try (Stream<Path> files = Files.list(tmp)) {
                assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")), "no temporary file left behind");
            }
            IOException missing = assertThrows(IOException.class, () -> MatrixExport.writeCsv(m, tmp.resolve("no/such/dir/m.csv")));
            assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        }
    }

    /** The themes-by-cases framework of the fixture, with a summary in Connection x Amy. */
    static FrameworkMatrix summarisedFramework(ProjectStore store) throws Exception {
        var amy = store.project().getCases().get(0);
        var connection = store.project().getCodes().get(0);
        FrameworkMatrix.summarise(store, connection, amy, "Feels close to her son.");
        return FrameworkMatrix.compute(CodingSet.read(store), Rows.THEMES, true);
    }

    @Test
    void frameworkWithExcerptsInWrappedCells(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = reopened(tmp)) {
            FrameworkMatrix f = summarisedFramework(store);

            Path book = tmp.resolve("framework.xlsx");
            MatrixExport.writeXlsx(f, book);
            try (XSSFWorkbook read = xlsx(book)) {
                Sheet sheet = read.getSheet("Framework");
                assertEquals("Amy", sheet.getRow(0).getCell(1).getStringCellValue());
                var cell = sheet.getRow(1).getCell(1);
                assertEquals("Summary: Feels close to her son.\n\n"
                        + "\u201cI saw him smile at me and we laughed together\u201d (carer-interview)\n\n"
                        + "\u201csmile at me\u201d (carer-interview)\n\n"
                        + "\u201cwe laughed together\u201d (carer-interview)", cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getWrapText());
                assertEquals(256 * 60, sheet.getColumnWidth(1), "long excerpts cap the column and wrap");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "header frozen");
                assertTrue(read.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold());
                Sheet excerpts = read.getSheet("Excerpts");
                assertEquals("A1:F7", read.getSheet("Excerpts").getCTWorksheet().getAutoFilter().getRef());
                assertEquals(CellType.NUMERIC, excerpts.getRow(1).getCell(3).getCellType(), "offsets are numbers");
                assertEquals(6 + 1, excerpts.getPhysicalNumberOfRows(), "every excerpt on its own line");
                assertEquals("looked at me the whole time", excerpts.getRow(6).getCell(5).getStringCellValue());
            }

            Path tidy = tmp.resolve("framework-tidy.csv");
            MatrixExport.writeTidyCsv(f, tidy);
            List<List<String>> lines = csv(tidy);
            assertEquals(List.of("row", "column", "kind", "source", "start", "end", "text"), lines.get(0));
            assertEquals(List.of("Connection", "Amy", "summary", "", "", "", "Feels close to her son."), lines.get(1));
            assertEquals(1 + 1 + 6, lines.size());

            Path wide = tmp.resolve("framework.csv");
            MatrixExport.writeCsv(f, wide);
            assertEquals("\u201clooked at me the whole time\u201d (diary)", csv(wide).get(1).get(3));
        }
    }

    @Test
    void aCellLongerThanExcelAllowsIsCutVisiblyAndTheCsvKeepsItAll(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("long"), "Long", Study.OPEN)) {
            String text = "Carer: " + "we played together again ".repeat(2_000).strip() + "\n";
            Path file = Files.writeString(tmp.resolve("long.txt"), text);
            new org.attune.importer.Importer(store, org.attune.importer.ImportOptions.defaults().withCase("Dana"))
                    .importAll(List.of(file), org.attune.importer.ImportProgress.NONE);
            var theme = Study.code("Play", org.attune.model.AnalyticLevel.THEME);
            store.apply("code", () -> store.project().getCodes().add(theme));
            var source = Study.source(store, "long");
            String stored = store.text(source);
            Study.code(store, source, theme, stored.strip());
            FrameworkMatrix f = FrameworkMatrix.compute(CodingSet.read(store), Rows.THEMES, false);
            Path book = tmp.resolve("long.xlsx");
            MatrixExport.writeXlsx(f, book);
            try (XSSFWorkbook read = xlsx(book)) {
                String cell = read.getSheet("Framework").getRow(1).getCell(1).getStringCellValue();
                assertEquals(32_767, cell.length());
                assertTrue(cell.endsWith("the full text is in the CSV export and the Excerpts sheet]"), cell.substring(32_600));
            }
            Path wide = tmp.resolve("long.csv");
            MatrixExport.writeCsv(f, wide);
            assertTrue(csv(wide).get(1).get(1).contains(stored.strip()), "the CSV holds the whole excerpt");
        }
    }
}
