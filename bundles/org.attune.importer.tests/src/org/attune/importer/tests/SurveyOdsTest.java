package org.attune.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.attune.importer.survey.ColumnRole;
import org.attune.importer.survey.Sheet;
import org.attune.importer.survey.SheetProblem;
import org.attune.importer.survey.SheetReader;
import org.attune.importer.survey.SurveyImport;
import org.attune.importer.survey.SurveyPlan;
import org.attune.importer.survey.SurveyReport;
import org.attune.model.AttributeValue;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.testsupport.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenDocument spreadsheets (.ods) read as CSV and XLSX are: typed cells, empty cells, a chosen sheet. */
class SurveyOdsTest {
    private static final OpenOptions OPEN = OpenOptions.of("survey test").withBackups(false);

    /** An .ods as LibreOffice writes one: the mimetype first and stored, content.xml with typed cells and repeats. */
    static Path ods(Path file, String... tables) throws Exception {
        Documents.odf(Files.newOutputStream(file), "application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + String.join("", tables) + "</office:spreadsheet>");
        return file;
    }

    static String text(String value) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    static String number(String value) {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + value + "\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    static String date(String value) {
        return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + value + "\"><text:p>31.01.24</text:p></table:table-cell>";
    }

    static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    private static final String EMPTY = "<table:table-cell/>";

    @Test
    void anOdsSheetGivesTypedCellsEmptyCellsAndTheChosenSheet(@TempDir Path tmp) throws Exception {
        Path file = ods(tmp.resolve("followup.ods"),
                "<table:table table:name=\"Notes\"><table:table-row>" + text("not this one") + "</table:table-row></table:table>",
                "<table:table table:name=\"Followup\"><table:table-column table:number-columns-repeated=\"1024\"/>"
                        + row(text("Family"), text("SDQ total"), text("Visit"), text("What helped?"), "<table:table-cell table:number-columns-repeated=\"1020\"/>")
                        + row(text("F01"), number("14.50"), date("2024-01-31T00:00:00"),
                                "<table:table-cell office:value-type=\"string\"><text:p>Seeing   <text:span>us</text:span><text:s text:c=\"2\"/>play.</text:p>"
                                        + "<text:p>Every week.</text:p><office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>")
                        + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                        + row(text("F02"), EMPTY, date("2024-02-29"), text("The guider."))
                        + row(text(""), number("3"), EMPTY, EMPTY)
                        + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                        + "</table:table>");
        assertEquals(List.of("Notes", "Followup"), SheetReader.sheetNames(file));
        assertEquals(List.of("not this one"), SheetReader.read(file, null).columns(), "without a name, the first sheet");
        Sheet sheet = SheetReader.read(file, "followup");
        assertEquals(List.of("Family", "SDQ total", "Visit", "What helped?"), sheet.columns());
        assertEquals(List.of(List.of("F01", "14.5", "2024-01-31", "Seeing   us  play.\nEvery week."), List.of("F02", "", "2024-02-29", "The guider."),
                List.of("", "3", "", "")), sheet.rows());
        assertEquals(List.of(2, 6, 7), sheet.rowNumbers(), "row numbers count the repeated empty rows, as LibreOffice shows them");
        SurveyPlan plan = SurveyPlan.guess(sheet, "Family").with(sheet, "What helped?", ColumnRole.ANSWER);
        assertEquals(List.of(ColumnRole.ID, ColumnRole.NUMBER, ColumnRole.DATE, ColumnRole.ANSWER), List.copyOf(plan.roles().values()));
        assertEquals(List.of("row 7: the id cell (Family) is empty; the row is skipped"), SurveyImport.idProblems(sheet, "Family"));
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Survey", OPEN)) {
            assertThrows(CancellationException.class, () -> new SurveyImport(store).run(file, sheet, plan, Runnable::run, () -> true));
            assertEquals(0, store.project().getCases().size(), "a cancelled import imports nothing");
            SurveyReport report = new SurveyImport(store).run(file, sheet, plan, Runnable::run, () -> false);
            assertEquals(2, report.casesCreated(), report.summary());
            assertEquals("14.5", store.project().getCases().get(0).getValues().stream().filter(v -> v.getDefinition().getName().equals("SDQ total"))
                    .map(AttributeValue::getValue).findFirst().orElseThrow());
            TextSource answers = (TextSource) store.project().getSources().get(0);
            assertEquals("F01: Seeing   us  play.\nEvery week.\n\nF02: The guider.", store.text(answers));
        }
        SheetProblem missing = assertThrows(SheetProblem.class, () -> SheetReader.read(file, "Baseline"));
        assertEquals("followup.ods: there is no sheet \"Baseline\" (it has Notes, Followup)", missing.getMessage());
    }

    /**
     * A real ODS: the CSV converted by LibreOffice ({@code soffice --headless --convert-to ods}) reads as the CSV does,
     * its numbers and dates typed by LibreOffice. Skipped where LibreOffice is not installed.
     */
    @Test
    void aCsvConvertedByLibreOfficeReadsAsTheCsvDoes(@TempDir Path tmp) throws Exception {
        Path soffice = java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path csv = Files.writeString(tmp.resolve("followup.csv"), "Family,SDQ total,Visit,What helped most?\n"
                + "F01,14.5,2024-03-01,\"Seeing us play, calm.\"\nF02,,2024-03-05,The guider.\n,3,,\nF03,7,2024-03-07,\n");
        Process convert = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "ods", "--outdir", tmp.resolve("out").toString(), csv.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertTrue(convert.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "LibreOffice converts within 3 minutes");
        Path ods = tmp.resolve("out/followup.ods");
        assertTrue(Files.isRegularFile(ods), Files.readString(tmp.resolve("soffice.log")));
        Sheet fromCsv = SheetReader.read(csv, null);
        Sheet fromOds = SheetReader.read(ods, null);
        assertEquals(List.of("followup"), SheetReader.sheetNames(ods));
        assertEquals(fromCsv.columns(), fromOds.columns());
        assertEquals(fromCsv.rows(), fromOds.rows());
        assertEquals(fromCsv.rowNumbers(), fromOds.rowNumbers());
        assertEquals(List.of("F01", "14.5", "2024-03-01", "Seeing us play, calm."), fromOds.rows().get(0));
    }

    @Test
    void aBrokenOrHostileOdsIsRefusedWithItsName(@TempDir Path tmp) throws Exception {
        Path notZip = Files.writeString(tmp.resolve("broken.ods"), "Family,Age\nF01,3\n");
        SheetProblem broken = assertThrows(SheetProblem.class, () -> SheetReader.read(notZip, null));
        assertTrue(broken.getMessage().startsWith("broken.ods: it is not a readable spreadsheet"), broken.getMessage());
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET");
        Path xxe = tmp.resolve("xxe.ods");
        try (OutputStream out = Files.newOutputStream(xxe); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                    + "<office:body><office:spreadsheet><table:table table:name=\"S\">" + row(text("Id")) + row(text("&x;"))
                    + "</table:table></office:spreadsheet></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
        }
        Sheet sheet;
        try {
            sheet = SheetReader.read(xxe, null);
        } catch (SheetProblem refused) {
            assertTrue(refused.getMessage().startsWith("xxe.ods: it is not a readable spreadsheet"), refused.getMessage());
            return;
        }
        assertTrue(sheet.rows().stream().flatMap(List::stream).noneMatch(c -> c.contains("SECRET")), "no external entity is read");
    }
}
