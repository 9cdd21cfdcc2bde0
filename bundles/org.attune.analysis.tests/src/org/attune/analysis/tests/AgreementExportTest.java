package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.CodingStudy;
import org.attune.agreement.text.Stretch;
import org.attune.analysis.AgreementExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement report's CSV and XLSX hold every line's figures at full precision; an undefined figure is empty. */
class AgreementExportTest {
    @Test
    void csvAndXlsxHoldEveryFigure(@TempDir Path tmp) throws Exception {
        Map<String, Long> sources = new LinkedHashMap<>();
        sources.put("S1", 1000L);
        CodingStudy study = CodingStudy.of("characters", "A", "B", sources, List.of("Fair", "Good"), List.of(
                new Stretch("S1", "Fair", "A", 200, 300), new Stretch("S1", "Fair", "B", 220, 300),
                new Stretch("S1", "Good", "A", 0, 100), new Stretch("S1", "Good", "B", 0, 100)));
        List<AgreementTable.Line> lines = AgreementTable.of(study);
        List<CSVRecord> records = csvOf(lines, tmp);
        assertEquals(lines.size(), records.size());
        Path xlsx = tmp.resolve("agreement.xlsx");
        AgreementExport.writeXlsx(lines, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Agreement");
            assertEquals(lines.size(), sheet.getLastRowNum());
            for (int i = 0; i < lines.size(); i++) {
                AgreementTable.Line line = lines.get(i);
                CSVRecord r = records.get(i);
                assertEquals(line.scope().code() == null ? "" : line.scope().code(), r.get("code"));
                assertEquals(line.units(), Long.parseLong(r.get("units")));
                assertEquals(line.kappa().value(), Double.valueOf(r.get("kappa")));
                assertEquals(line.kappa().value(), sheet.getRow(i + 1).getCell(4).getNumericCellValue(), 0);
                if (line.kappaCoded().value() == null) {
                    assertEquals("", r.get("kappa-coded"));
                    assertNull(sheet.getRow(i + 1).getCell(5));
                } else {
                    assertEquals(line.kappaCoded().value(), Double.valueOf(r.get("kappa-coded")));
                }
            }
        }
    }

    /**
     * The Word document: per level a table whose rows are the CSV's lines of that level, sorted worst first as the test
     * sorts the CSV's values (kappa, then alpha, then percent, ascending, undefined last), with the figures as shown
     * and the units named; and the chart as a PNG picture.
     */
    @Test
    void docxTablesAgreeWithTheCsvWorstFirstAndCarryTheChart(@TempDir Path tmp) throws Exception {
        java.util.Random random = new java.util.Random(17);
        Map<String, Long> sources = new LinkedHashMap<>();
        sources.put("Interview 1", 800L);
        sources.put("Interview 2", 600L);
        List<String> codes = List.of("Fair", "Good", "Waiting", "Warmth");
        List<Stretch> stretches = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String source = random.nextBoolean() ? "Interview 1" : "Interview 2";
            int start = random.nextInt(500);
            stretches.add(new Stretch(source, codes.get(random.nextInt(codes.size())), random.nextBoolean() ? "A" : "B", start,
                    start + 1 + random.nextInt(90)));
        }
        CodingStudy study = CodingStudy.of("characters", "A", "B", sources, codes, stretches);
        List<AgreementTable.Line> lines = AgreementTable.of(study);
        List<CSVRecord> records = csvOf(lines, tmp);
        Path docx = tmp.resolve("agreement.docx");
        AgreementExport.writeDocx("Ana", "Ben", lines, docx);
        Map<String, String> headings = Map.of("Overall", "overall", "Per code", "code", "Per source", "source", "Per code and source",
                "code-source");
        try (InputStream in = Files.newInputStream(docx); org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertEquals("Agreement between Ana and Ben", doc.getParagraphs().get(0).getText());
            String level = null;
            int tables = 0;
            for (org.apache.poi.xwpf.usermodel.IBodyElement e : doc.getBodyElements()) {
                if (e instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p && headings.containsKey(p.getText())) {
                    level = headings.get(p.getText());
                } else if (e instanceof org.apache.poi.xwpf.usermodel.XWPFTable table) {
                    String wanted = level;
                    List<CSVRecord> of = new java.util.ArrayList<>(records.stream().filter(r -> r.get("level").equals(wanted)).toList());
                    of.sort(java.util.Comparator.<CSVRecord, Double>comparing(r -> number(r.get("kappa")), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                            .thenComparing(r -> number(r.get("alpha-u")), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                            .thenComparing(r -> number(r.get("percent")), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                            .thenComparing(r -> r.get("code").isEmpty() ? "null" : r.get("code"))
                            .thenComparing(r -> r.get("source").isEmpty() ? "null" : r.get("source")));
                    assertEquals(AgreementExport.DOCX_COLUMNS, table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
                    assertEquals(of.size() + 1, table.getNumberOfRows(), level);
                    for (int i = 0; i < of.size(); i++) {
                        CSVRecord r = of.get(i);
                        List<String> expected = List.of(r.get("code").isEmpty() ? "all" : r.get("code"), r.get("source").isEmpty() ? "all" : r.get("source"),
                                AgreementExport.shown(number(r.get("percent")), true), AgreementExport.shown(number(r.get("kappa")), false),
                                AgreementExport.shown(number(r.get("kappa-coded")), false), AgreementExport.shown(number(r.get("alpha-u")), false),
                                r.get("units") + " " + r.get("unit"));
                        assertEquals(expected, table.getRow(i + 1).getTableCells().stream().map(c -> c.getText()).toList(), level + " row " + (i + 1));
                    }
                    tables++;
                }
            }
            assertEquals(4, tables, "overall, per code, per source, per code and source");
            assertEquals(1, doc.getAllPictures().size());
            java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(doc.getAllPictures().get(0).getData()));
            assertEquals(720, chart.getWidth());
        }
    }

    /** The lines written as CSV and read back. */
    private static List<CSVRecord> csvOf(List<AgreementTable.Line> lines, Path tmp) throws java.io.IOException {
        Path csv = tmp.resolve("agreement.csv");
        AgreementExport.writeCsv(lines, csv);
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
    }

    private static Double number(String cell) {
        return cell.isEmpty() ? null : Double.valueOf(cell);
    }
}
