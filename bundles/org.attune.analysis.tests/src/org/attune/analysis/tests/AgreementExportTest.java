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
        Path csv = tmp.resolve("agreement.csv");
        AgreementExport.writeCsv(lines, csv);
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv)) {
            records = CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
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
}
