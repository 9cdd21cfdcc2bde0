package org.attune.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.importer.survey.ColumnRole;
import org.attune.importer.survey.Sheet;
import org.attune.importer.survey.SheetProblem;
import org.attune.importer.survey.SheetReader;
import org.attune.importer.survey.SurveyImport;
import org.attune.importer.survey.SurveyPlan;
import org.attune.importer.survey.SurveyReport;
import org.attune.model.AttributeType;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyImportTest {
    private static final OpenOptions OPEN = OpenOptions.of("survey test").withBackups(false);

    @Test
    void aSemicolonCsvWithBomBecomesCasesTypedAttributesAndAnswerSources(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("followup.csv");
        Files.write(csv, ("\uFEFFFamily;SDQ total;Visit;Group;Q1 What helped most?\n"
                + "F01;14;2024-03-01;VIG;The videos of us playing together, seeing myself calm with him for once.\n"
                + "F02;9,5;05/03/2024;control;\n"
                + ";12;2024-03-02;VIG;This row has no id\n"
                + "f01;99;2024-03-09;VIG;A second F01 row\n"
                + "F03;high;2024-03-03;VIG;Talking it through with the guider afterwards, every single week.\n"
                + "F04;7;2024-03-04;control;;stray\n").getBytes(StandardCharsets.UTF_8));
        Sheet sheet = SheetReader.read(csv, null);
        assertEquals(List.of("Family", "SDQ total", "Visit", "Group", "Q1 What helped most?"), sheet.columns());
        SurveyPlan plan = SurveyPlan.guess(sheet, "family");
        assertEquals(List.of(ColumnRole.ID, ColumnRole.TEXT, ColumnRole.DATE, ColumnRole.CHOICE, ColumnRole.ANSWER),
                List.copyOf(plan.roles().values()), "'high' makes SDQ a text column until the user says number");
        plan = plan.with(sheet, "SDQ total", ColumnRole.NUMBER);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Survey", OPEN)) {
            SurveyReport report = new SurveyImport(store).run(csv, sheet, plan);
            assertEquals(4, report.casesCreated(), report.summary());
            assertEquals(4, report.problems().size(), String.join("\n", report.problems()));
            assertEquals("row 7: cells to the right of the last named column (Q1 What helped most?) are not imported; name their column in the first row",
                    report.problems().get(0));
            assertTrue(report.problems().get(1).startsWith("row 4: the id cell (Family) is empty"), report.problems().get(1));
            assertTrue(report.problems().get(2).startsWith("row 5: the id \"f01\" is also in row 2"), report.problems().get(2));
            assertTrue(report.problems().get(3).startsWith("row 6, column SDQ total: \"high\" is not a number"), report.problems().get(3));
            assertEquals("14", value(store, "F01", "SDQ total"));
            assertEquals("9.5", value(store, "F02", "SDQ total"));
            assertEquals("2024-03-05", value(store, "F02", "Visit"));
            assertNull(value(store, "F03", "SDQ total"));
            assertEquals(AttributeType.CHOICE, store.project().getAttributeDefinitions().stream()
                    .filter(d -> d.getName().equals("Group")).findFirst().orElseThrow().getType());
            store.undo();
            assertEquals(0, store.project().getCases().size(), "one action, undone as one");
            assertEquals(0, store.project().getSources().size());
            assertEquals(0, store.project().getAttributeDefinitions().size());
            store.redo();
            assertEquals(4, store.project().getCases().size());
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) {
            TextSource q1 = answers(store, "Q1 What helped most?");
            assertEquals("Q1 What helped most? (followup.csv)", q1.getName());
            assertEquals(Map.of("F01", "The videos of us playing together, seeing myself calm with him for once.",
                    "F03", "Talking it through with the guider afterwards, every single week."), answersByCase(store, q1));
            assertTrue(find(store, "F03").getSources().contains(q1));
        }
    }

    @Test
    void anXlsxSheetGivesNumbersAndDatesAsTyped(@TempDir Path tmp) throws Exception {
        Path xlsx = tmp.resolve("baseline.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not this one");
            org.apache.poi.ss.usermodel.Sheet data = workbook.createSheet("Baseline");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = data.createRow(0);
            header.createCell(0).setCellValue("ID");
            header.createCell(1).setCellValue("Age");
            header.createCell(2).setCellValue("Start");
            Row row = data.createRow(1);
            row.createCell(0).setCellValue("P7");
            row.createCell(1).setCellValue(34);
            row.createCell(2).setCellValue(LocalDate.of(2024, 1, 31));
            row.getCell(2).setCellStyle(date);
            workbook.write(out);
        }
        Sheet sheet = SheetReader.read(xlsx, "Baseline");
        SurveyPlan plan = SurveyPlan.guess(sheet, "ID");
        assertEquals(List.of(ColumnRole.ID, ColumnRole.NUMBER, ColumnRole.DATE), List.copyOf(plan.roles().values()));
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Survey", OPEN)) {
            new SurveyImport(store).run(xlsx, sheet, plan);
            assertEquals("34", value(store, "P7", "Age"));
            assertEquals("2024-01-31", value(store, "P7", "Start"));
        }
        SheetProblem missing = assertThrows(SheetProblem.class, () -> SheetReader.read(xlsx, "Followup"));
        assertEquals("baseline.xlsx: there is no sheet \"Followup\" (it has Notes, Baseline)", missing.getMessage());
    }

    /**
     * Apache Tika's test-columnar.xlsx (from SAS) has a column of times of day and one of dates with times: read as dates
     * alone, every time became 1899-12-31 and every date-time lost its time. They keep all of it, to the second, and a
     * day-first date with hyphens (its CSV twin's 13-09-1960) is a date.
     */
    @Test
    void timesOfDayAndDateTimesKeepTheirTime(@TempDir Path tmp) throws Exception {
        Path xlsx = tmp.resolve("times.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            org.apache.poi.ss.usermodel.Sheet data = workbook.createSheet("Visits");
            CellStyle clock = workbook.createCellStyle();
            clock.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("h:mm:ss"));
            CellStyle stamp = workbook.createCellStyle();
            stamp.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            Row header = data.createRow(0);
            List.of("ID", "Time", "Visit", "Born").forEach(name -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(name));
            Object[][] rows = { { "P1", 3.0 / 86400, LocalDateTime.of(1960, 1, 1, 0, 0, 1), "13-09-1960" },
                    { "P2", (16 * 3600 + 24 * 60 + 9) / 86400.0, LocalDateTime.of(1976, 11, 19, 17, 46, 40), "01-01-1960" } };
            for (int r = 0; r < rows.length; r++) {
                Row row = data.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((Double) rows[r][1]);
                row.getCell(1).setCellStyle(clock);
                row.createCell(2).setCellValue((LocalDateTime) rows[r][2]);
                row.getCell(2).setCellStyle(stamp);
                row.createCell(3).setCellValue((String) rows[r][3]);
            }
            workbook.write(out);
        }
        Sheet sheet = SheetReader.read(xlsx, null);
        SurveyPlan plan = SurveyPlan.guess(sheet, "ID");
        assertEquals(ColumnRole.DATE, plan.roles().get("Born"));
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Survey", OPEN)) {
            new SurveyImport(store).run(xlsx, sheet, plan);
            assertEquals("00:00:03", value(store, "P1", "Time"));
            assertEquals("16:24:09", value(store, "P2", "Time"));
            assertEquals("1960-01-01 00:00:01", value(store, "P1", "Visit"));
            assertEquals("1976-11-19 17:46:40", value(store, "P2", "Visit"));
            assertEquals("1960-09-13", value(store, "P1", "Born"));
        }
    }

    @Test
    void aCorruptOrNonUtf8FileIsRefusedWithItsName(@TempDir Path tmp) throws Exception {
        Path corrupt = tmp.resolve("broken.xlsx");
        Files.write(corrupt, "PK\u0003\u0004 this is not a workbook".getBytes(StandardCharsets.ISO_8859_1));
        SheetProblem problem = assertThrows(SheetProblem.class, () -> SheetReader.read(corrupt, null));
        assertTrue(problem.getMessage().startsWith("broken.xlsx: it is not a readable spreadsheet"), problem.getMessage());
        Path latin = tmp.resolve("latin.csv");
        Files.write(latin, "id,name\n1,Ren\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1));
        problem = assertThrows(SheetProblem.class, () -> SheetReader.read(latin, null));
        assertEquals("latin.csv: it is not UTF-8 text (save it as \"CSV UTF-8\")", problem.getMessage());
    }

    @Test
    void reImportKeepsCodingsOnUnchangedAnswersAndSetsAsideThoseOnChangedOnes(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("sheet.csv");
        String a = "Feeling less alone with the worry about school and his temper at bedtime.";
        String b = "The guider noticed the small moments when we were getting it right together.";
        Files.writeString(csv, "id\tanswer\nA\t" + a + "\nB\t" + b + "\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Survey", OPEN)) {
            Sheet sheet = SheetReader.read(csv, null);
            SurveyPlan plan = SurveyPlan.guess(sheet, "id").with(sheet, "answer", ColumnRole.ANSWER);
            new SurveyImport(store).run(csv, sheet, plan);
            TextSource first = answers(store, "answer");
            String text = store.text(first);
            code(store, first, text.indexOf("less alone"), "less alone");
            code(store, first, text.indexOf("small moments"), "small moments");
            Files.writeString(csv, "id\tanswer\nC\tA new family joined the study later in the spring term.\nB\t" + b + " Changed.\nA\t" + a + "\n");
            SurveyReport again = new SurveyImport(store).run(csv, SheetReader.read(csv, null), plan);
            assertEquals(1, again.casesCreated());
            assertEquals(2, again.casesUpdated());
            assertEquals(1, again.codingsCarried());
            assertEquals(1, again.problems().size(), again.problems().toString());
            assertTrue(again.problems().get(0).contains("1 coding is on answers that changed"), again.problems().get(0));
            TextSource second = answers(store, "answer");
            String now = store.text(second);
            assertEquals(3, second.getTurns().size());
            Coding carried = second.getCodings().iterator().next();
            TextSelection s = (TextSelection) carried.getSelection();
            assertEquals("less alone", now.substring(s.getStart(), s.getEnd()));
            assertEquals(1, first.getCodings().size(), "the coding on the changed answer stays on the earlier answers");
            assertTrue(store.project().getSources().contains(first));
            assertEquals(Map.of("A", a, "B", b + " Changed.", "C", "A new family joined the study later in the spring term."),
                    answersByCase(store, second));
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) {
            TextSource second = answers(store, "answer");
            store.load(second);
            TextSelection s = (TextSelection) second.getCodings().iterator().next().getSelection();
            assertEquals("less alone", store.text(second).substring(s.getStart(), s.getEnd()), "the moved coding is stored where it moved");
            TextSource kept = store.project().getSources().stream().map(TextSource.class::cast).filter(t -> t != second).findFirst().orElseThrow();
            store.load(kept);
            TextSelection left = (TextSelection) kept.getCodings().iterator().next().getSelection();
            assertEquals("small moments", store.text(kept).substring(left.getStart(), left.getEnd()));
            assertEquals(2, store.project().getSources().size());
        }
    }

    /** Random sheets, imported and re-imported with random changes, against a map of what each case should hold. */
    @Test
    void randomSheetsAndReImportsMatchASimpleModel(@TempDir Path tmp) throws Exception {
        Random random = new Random(18);
        for (int round = 0; round < 6; round++) {
            Path project = tmp.resolve("p" + round);
            Map<String, Map<String, String>> expected = new HashMap<>(); // case → column → value
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3 + random.nextInt(8); i++) {
                ids.add("C" + i);
            }
            Path csv = tmp.resolve("r" + round + ".csv");
            try (ProjectStore store = ProjectStore.create(project, "Random", OPEN)) {
                SurveyPlan plan = null;
                for (int pass = 0; pass < 3; pass++) {
                    List<String> rows = new ArrayList<>();
                    for (String id : ids) {
                        if (random.nextInt(4) == 0 && pass > 0) {
                            continue; // a case missing from this sheet keeps what it has
                        }
                        Map<String, String> cells = new LinkedHashMap<>();
                        cells.put("score", random.nextInt(5) == 0 ? "" : Integer.toString(random.nextInt(40)));
                        cells.put("group", random.nextInt(5) == 0 ? "" : random.nextBoolean() ? "VIG" : "control");
                        cells.put("q1", random.nextInt(3) == 0 ? "" : "Answer " + random.nextInt(3) + " of " + id + ", said at some length here.");
                        cells.put("q2", random.nextInt(3) == 0 ? "" : "Other " + random.nextInt(3) + " from " + id + " \u00e9l\u00e8ve \ud83d\ude00.");
                        rows.add(id + "," + String.join(",", cells.values().stream().map(v -> v.isEmpty() ? v : "\"" + v + "\"").toList()));
                        cells.forEach((column, value) -> {
                            if (!value.isEmpty()) {
                                expected.computeIfAbsent(id, k -> new HashMap<>()).put(column, value);
                            }
                        });
                        expected.computeIfAbsent(id, k -> new HashMap<>());
                    }
                    Files.writeString(csv, "id,score,group,q1,q2\n" + String.join("\n", rows) + "\n");
                    Sheet sheet = SheetReader.read(csv, null);
                    if (plan == null) {
                        plan = SurveyPlan.guess(sheet, "id").with(sheet, "score", ColumnRole.NUMBER).with(sheet, "group", ColumnRole.CHOICE)
                                .with(sheet, "q1", ColumnRole.ANSWER).with(sheet, "q2", ColumnRole.ANSWER);
                    }
                    SurveyReport report = new SurveyImport(store).run(csv, sheet, plan);
                    assertTrue(report.problems().isEmpty(), report.problems().toString());
                    check(store, expected);
                }
            }
            try (ProjectStore store = ProjectStore.open(project, OPEN)) {
                check(store, expected);
            }
        }
    }

    private static void check(ProjectStore store, Map<String, Map<String, String>> expected) {
        assertEquals(expected.keySet(), store.project().getCases().stream().map(Case::getName).collect(java.util.stream.Collectors.toSet()));
        for (String question : List.of("q1", "q2")) {
            assertTrue(store.project().getSources().stream().filter(s -> question.equals(s.getImportMetadata().get("survey.question"))).count() <= 1,
                    "a re-import replaces the question's source, never adds a second");
            TextSource source = store.project().getSources().stream().map(TextSource.class::cast)
                    .filter(s -> question.equals(s.getImportMetadata().get("survey.question"))).findFirst().orElse(null);
            Map<String, String> actual = source == null ? Map.of() : answersByCase(store, source);
            Map<String, String> wanted = new HashMap<>();
            expected.forEach((id, values) -> {
                if (values.containsKey(question)) {
                    wanted.put(id, values.get(question));
                }
            });
            assertEquals(wanted, actual, question);
        }
        assertTrue(store.project().getSources().size() <= 2, "no earlier answers are left over when none was coded");
        expected.forEach((id, values) -> {
            assertEquals(values.get("score"), value(store, id, "score"), id);
            assertEquals(values.get("group"), value(store, id, "group"), id);
        });
    }

    private static void code(ProjectStore store, TextSource source, int charStart, String words) {
        String text = store.text(source);
        int start = text.codePointCount(0, charStart);
        store.apply("code", () -> {
            Code code = AttuneFactory.eINSTANCE.createCode();
            code.setName(words);
            store.project().getCodes().add(code);
            Coding coding = Marks.coding(code, Marks.text(start, start + words.codePointCount(0, words.length())));
            source.getCodings().add(coding);
        });
    }

    private static Case find(ProjectStore store, String name) {
        return store.project().getCases().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    private static String value(ProjectStore store, String caseName, String attribute) {
        return find(store, caseName).getValues().stream().filter(v -> v.getDefinition().getName().equals(attribute)).map(v -> v.getValue())
                .findFirst().orElse(null);
    }

    private static TextSource answers(ProjectStore store, String question) {
        return store.project().getSources().stream().map(TextSource.class::cast)
                .filter(s -> question.equals(s.getImportMetadata().get("survey.question"))).findFirst().orElseThrow();
    }

    /** Case name → answer, read from the stored text through the turns, each turn linked to its case. */
    private static Map<String, String> answersByCase(ProjectStore store, TextSource source) {
        store.load(source);
        String text = store.text(source);
        Map<String, String> answers = new HashMap<>();
        for (SpeakerTurn turn : source.getTurns()) {
            String said = text.substring(text.offsetByCodePoints(0, turn.getStart()), text.offsetByCodePoints(0, turn.getEnd()));
            String label = turn.getCase().getName() + ": ";
            assertTrue(said.startsWith(label), said);
            answers.put(turn.getCase().getName(), said.substring(label.length()));
        }
        return answers;
    }
}
