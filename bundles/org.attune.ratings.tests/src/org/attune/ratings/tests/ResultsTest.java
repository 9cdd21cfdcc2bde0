package org.attune.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.ratings.AgreementRows;
import org.attune.ratings.Consensus;
import org.attune.ratings.Mark;
import org.attune.ratings.RatingExport;
import org.attune.ratings.RatingService;
import org.attune.ratings.ResultsTables;
import org.attune.ratings.ResultsTables.Basis;
import org.attune.ratings.ResultsTables.By;
import org.attune.ratings.ResultsTables.Cell;
import org.attune.ratings.ResultsTables.Table;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-computed example: two practitioners, each recorded in a VIG shared review and a non-VIG meeting,
 * rated by A and B on sub-items 1.1, 1.2, 2.1 (A marked 1.2 of P2's meeting N/A):
 * <pre>
 *            A: 1.1 1.2 2.1  sum     B: 1.1 1.2 2.1  sum    mean sum
 * P1 VIG         5   6   4   15          5   4   4   13     14
 * P1 non-VIG     3   4   2    9          3   4   3   10      9.5
 * P2 VIG         7   7   6   20          6   7   6   19     19.5
 * P2 non-VIG     4  N/A  3    7          4   5   3   12     12   (1.2: only B's 5)
 * </pre>
 */
class ResultsTest {
    static final String SCALE = "Likert 1-7";
    static final String VIG = "VIG shared review";
    static final String NON_VIG = "non-VIG meeting";

    private static void example(ProjectStore store) {
        RatingScale scale = Fixtures.miniScale(store);
        RatingService ratings = new RatingService(store);
        User a = ratings.user("A");
        User b = ratings.user("B");
        Integer[][] aValues = {{5, 6, 4}, {3, 4, 2}, {7, 7, 6}, {4, null, 3}};
        Integer[][] bValues = {{5, 4, 4}, {3, 4, 3}, {6, 7, 6}, {4, 5, 3}};
        String[][] recordings = {{"p1-vig.mp4", "P1", VIG}, {"p1-meeting.mp4", "P1", NON_VIG}, {"p2-vig.mp4", "P2", VIG},
                {"p2-meeting.mp4", "P2", NON_VIG}};
        for (int r = 0; r < recordings.length; r++) {
            VideoSource video = Fixtures.addRecording(store, recordings[r][0], 900_000);
            RatingSheet sa = ratings.start(video, scale, a, ratings.practitioner(recordings[r][1]), recordings[r][2]);
            RatingSheet sb = ratings.start(video, scale, b, ratings.practitioner(recordings[r][1]), recordings[r][2]);
            SheetsTest.scoreAll(ratings, sa, a, aValues[r]);
            SheetsTest.scoreAll(ratings, sb, b, bValues[r]);
            ratings.submit(sa, a, false);
            ratings.submit(sb, b, false);
            if (r == 0) {
                new Consensus(store).make(sa, sb, Map.of("1.2", Mark.value(5)), "agreed on 5", a);
            }
        }
    }

    @Test
    void tablesReproduceTheHandComputedExample(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            example(store);
            User a = new RatingService(store).user("A");
            List<String> order = List.of(VIG, NON_VIG);

            Table fromA = ResultsTables.compute(store.project(), SCALE, By.PRACTITIONER,
                    ResultsTables.basis(store.project(), SCALE, "A"), order, a);
            assertEquals(List.of("P1", "P2"), fromA.rows().stream().map(ResultsTables.Row::label).toList());
            assertEquals(List.of(new Cell(15, 0, 1), new Cell(9, 0, 1)), fromA.rows().get(0).cells());
            assertEquals(6.0, fromA.rows().get(0).difference());
            assertEquals(List.of(new Cell(20, 0, 1), new Cell(7, 1, 1)), fromA.rows().get(1).cells());
            assertEquals(List.of(new Cell(35, 0, 2), new Cell(16, 1, 2)), fromA.total().cells());
            assertEquals(19.0, fromA.total().difference());

            Table mean = ResultsTables.compute(store.project(), SCALE, By.PRACTITIONER, Basis.MEAN, order, a);
            assertEquals(List.of(14.0, 9.5), mean.rows().get(0).cells().stream().map(Cell::total).toList());
            assertEquals(List.of(19.5, 12.0), mean.rows().get(1).cells().stream().map(Cell::total).toList());
            assertEquals(12.0, mean.total().difference());
            assertEquals(0, mean.total().cells().get(1).missing(), "B's value fills A's N/A in the mean");

            Table byItem = ResultsTables.compute(store.project(), SCALE, By.ITEM,
                    ResultsTables.basis(store.project(), SCALE, "A"), order, a);
            assertEquals(List.of("1 Statements", "2 Pacing"), byItem.rows().stream().map(ResultsTables.Row::label).toList());
            assertEquals(List.of(new Cell(25, 0, 2), new Cell(11, 1, 2)), byItem.rows().get(0).cells());
            assertEquals(14.0, byItem.rows().get(0).difference());
            assertEquals(List.of(new Cell(10, 0, 2), new Cell(5, 0, 2)), byItem.rows().get(1).cells());
            assertEquals(19.0, byItem.total().difference(), "item rows add up to the practitioner totals");

            Table fromB = ResultsTables.compute(store.project(), SCALE, By.PRACTITIONER,
                    ResultsTables.basis(store.project(), SCALE, "B"), order, a);
            assertEquals(List.of(32.0, 22.0), fromB.total().cells().stream().map(Cell::total).toList());

            Table agreed = ResultsTables.compute(store.project(), SCALE, By.PRACTITIONER, Basis.CONSENSUS, order, a);
            assertEquals(new Cell(14, 0, 1), agreed.rows().getFirst().cells().getFirst());
            assertNull(agreed.rows().getFirst().difference(), "no consensus for P1's meeting yet");
            assertEquals(3, agreed.skipped().size());
            assertTrue(ResultsTables.format(agreed).contains("Left out: p1-meeting.mp4: no submitted consensus sheet"));

            List<AgreementRows.Rating> rows = AgreementRows.of(store.project(), SCALE, a);
            assertEquals(24, rows.size(), "4 recordings x 3 sub-items x 2 raters; consensus left out");
            assertEquals(12, rows.stream().map(AgreementRows.Rating::unit).distinct().count());
            assertNull(rows.stream().filter(r -> r.recording().equals("p2-meeting.mp4") && r.subItem().equals("1.2")
                    && r.rater().equals("A")).findFirst().orElseThrow().value());
        }
    }

    @Test
    void blindRuleHoldsInTablesAndExports(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            example(store);
            RatingService ratings = new RatingService(store);
            User lead = ratings.user("Lead");
            RatingSheet reopened = store.project().getRatingSheets().stream()
                    .filter(s -> s.getCreatedBy().getName().equals("A") && s.getRecording().getName().equals("p2-vig.mp4"))
                    .findFirst().orElseThrow();
            ratings.reopen(reopened, reopened.getCreatedBy());
            Table table = ResultsTables.compute(store.project(), SCALE, By.PRACTITIONER, Basis.MEAN, List.of(VIG, NON_VIG), lead);
            assertEquals(1, table.withheldSheets(), "B's submitted sheet of p2-vig, while A's is a draft again");
            assertEquals(List.of(new Cell(14, 0, 1), new Cell(9.5, 0, 1)), table.rows().get(0).cells());
            assertEquals(List.of(new Cell(0, 0, 0), new Cell(12, 0, 1)), table.rows().get(1).cells(), "P2's review left out");
            assertTrue(ResultsTables.format(table).contains("1 submitted sheet(s) withheld"), ResultsTables.format(table));
            RatingExport.Written csv = RatingExport.scoresCsv(store.project(), SCALE, lead, tmp.resolve("scores.csv"));
            assertEquals(2, csv.withheldSheets(), "both sheets of p2-vig");
            assertEquals(21, csv.rows(), "7 visible sheets x 3 sub-items");
            assertEquals(3, AgreementRows.of(store.project(), SCALE, ratings.user("B")).stream()
                    .filter(r -> r.recording().equals("p2-vig.mp4")).count(), "B sees only their own sheet of p2-vig");
        }
    }

    @Test
    void csvAndXlsxReadBack(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            example(store);
            User a = new RatingService(store).user("A");
            Path csvFile = tmp.resolve("scores.csv");
            RatingExport.Written written = RatingExport.scoresCsv(store.project(), SCALE, a, csvFile);
            assertEquals(27, written.rows(), "9 sheets (8 raters' and 1 consensus) x 3 sub-items");
            try (Reader in = Files.newBufferedReader(csvFile)) {
                List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
                assertEquals(27, records.size());
                CSVRecord missing = records.stream().filter(r -> r.get("recording").equals("p2-meeting.mp4") && r.get("rater").equals("A")
                        && r.get("item").equals("1") && r.get("sub_item").equals("2")).findFirst().orElseThrow();
                assertEquals("not_applicable", missing.get("state"));
                assertEquals("", missing.get("value"));
                assertEquals(NON_VIG, missing.get("condition"));
                assertEquals("P2", missing.get("practitioner"));
                long fives = records.stream().filter(r -> r.get("value").equals("5")).count();
                assertEquals(5, fives, "A 1, B 2, consensus 2");
            }
            Table byPractitioner = ResultsTables.compute(store.project(), SCALE, By.PRACTITIONER, Basis.MEAN, List.of(VIG, NON_VIG), a);
            Path tableCsv = tmp.resolve("table.csv");
            RatingExport.tableCsv(byPractitioner, tableCsv);
            List<String> lines = Files.readAllLines(tableCsv);
            assertEquals("practitioner,VIG shared review,VIG shared review missing,VIG shared review recordings,"
                    + "non-VIG meeting,non-VIG meeting missing,non-VIG meeting recordings,difference", lines.get(0));
            assertEquals("P1,14,0,1,9.50,0,1,4.50", lines.get(1));
            assertEquals("Total,33.50,0,2,21.50,0,2,12", lines.get(3));

            Table byItem = ResultsTables.compute(store.project(), SCALE, By.ITEM, Basis.MEAN, List.of(VIG, NON_VIG), a);
            Path xlsx = tmp.resolve("ratings.xlsx");
            RatingExport.xlsx(store.project(), SCALE, a, List.of(byPractitioner, byItem), xlsx);
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet scores = book.getSheet("Scores");
                assertEquals(28, scores.getPhysicalNumberOfRows());
                assertEquals("value", scores.getRow(0).getCell(11).getStringCellValue());
                assertEquals("sheet", scores.getRow(0).getCell(12).getStringCellValue(), "the internal sheet id last");
                assertTrue(scores.isColumnHidden(12), "and hidden");
                assertFalse(scores.isColumnHidden(11));
                String id = scores.getRow(1).getCell(12).getStringCellValue();
                assertTrue(store.project().getRatingSheets().stream().anyMatch(s -> s.getId().equals(id)), id);
                for (var title : scores.getRow(0)) {
                    assertTrue(book.getFontAt(title.getCellStyle().getFontIndex()).getBold(), title.getStringCellValue());
                    assertEquals(FillPatternType.SOLID_FOREGROUND, title.getCellStyle().getFillPattern(), title.getStringCellValue());
                }
                assertEquals(1, scores.getPaneInformation().getHorizontalSplitTopRow(), "header frozen");
                assertEquals("A1:M28", book.getSheet("Scores").getCTWorksheet().getAutoFilter().getRef());
                assertEquals("A1:H3", book.getSheet("By practitioner").getCTWorksheet().getAutoFilter().getRef(), "the Total row stays out");
                assertEquals(256 * ("VIG shared review recordings".length() + 3), book.getSheet("By practitioner").getColumnWidth(3),
                        "sized to its header");
                Sheet practitioners = book.getSheet("By practitioner");
                assertEquals("Total", practitioners.getRow(3).getCell(0).getStringCellValue());
                assertEquals(33.5, practitioners.getRow(3).getCell(1).getNumericCellValue());
                assertEquals(12.0, practitioners.getRow(3).getCell(7).getNumericCellValue());
                Sheet items = book.getSheet("By item");
                assertEquals("2 Pacing", items.getRow(2).getCell(0).getStringCellValue());
                assertEquals(10.0, items.getRow(2).getCell(1).getNumericCellValue()); // (4+4)/2 + (6+6)/2
            }
        }
    }

    /** An export that fails half-way leaves the file that was there, whole, and no part of the new one. */
    @Test
    void aFailedExportLeavesThePreviousFile(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("scores.csv"), "the scores of last week\n");
        Object unwritable = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("the value cannot be written");
            }
        };
        List<List<Object>> rows = List.of(List.of("first row"), List.of(unwritable));
        assertThrows(IllegalStateException.class, () -> RatingExport.scoresCsv(rows, 0, file));
        assertEquals("the scores of last week\n", Files.readString(file));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        RatingExport.scoresCsv(List.of(List.of("first row")), 0, file);
        assertTrue(Files.readString(file).endsWith("first row\r\n"), Files.readString(file));
    }
}
