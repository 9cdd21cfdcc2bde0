package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * matrix, frequency and saturation through the command line, on a project made with it: two interviews
 * imported for the cases Amy (a carer) and Ben (a guider), "laughed" coded Shared joy (under the theme
 * Connection) in both and "calm" coded Calm in Amy's.
 */
class AnalysisCliTest {

    static Path study(Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        CliTest.ok("project", "create", folder.toString());
        Path carer = Files.writeString(tmp.resolve("carer.txt"), "Interviewer: How was it?\nAmy: We laughed together and I felt calm.\n");
        Path guider = Files.writeString(tmp.resolve("guider.txt"), "Guider: They laughed together a lot.\n");
        CliTest.ok("import", folder.toString(), carer.toString(), "--case", "Amy");
        CliTest.ok("import", folder.toString(), guider.toString(), "--case", "Ben");
        CliTest.ok("search", folder.toString(), "laughed", "--code", "Shared joy");
        CliTest.ok("search", folder.toString(), "calm", "--code", "Calm");
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("test").withBackups(false))) {
            store.apply("theme and roles", () -> {
                Code theme = AttuneFactory.eINSTANCE.createCode();
                theme.setName("Connection");
                theme.setLevel(AnalyticLevel.THEME);
                Code joy = store.project().getCodes().stream().filter(c -> c.getName().equals("Shared joy")).findFirst().orElseThrow();
                store.project().getCodes().add(0, theme);
                theme.getChildren().add(joy);
                store.project().getCases().forEach(c -> c.setRole(c.getName().equals("Amy") ? "carer" : "guider"));
            });
        }
        return folder;
    }

    static List<Long> row(JsonObject matrix, int row) {
        JsonArray values = matrix.getAsJsonArray("values").get(row).getAsJsonArray();
        return values.asList().stream().map(v -> v.getAsLong()).toList();
    }

    @Test
    void matrixAsTableJsonAndFiles(@TempDir Path tmp) throws Exception {
        Path folder = study(tmp);
        Run table = CliTest.ok("matrix", folder.toString());
        String[] lines = table.out().split("\n");
        assertTrue(lines[0].startsWith("codings") && lines[0].contains("Amy") && lines[0].contains("Ben"), table.out());
        assertTrue(lines[2].matches("\\s+Shared joy\\s+1\\s+1\\s+2\\s*"), "a sub-code indented under its theme: " + lines[2]);
        assertTrue(lines[4].matches("Total\\s+2\\s+1\\s+3\\s*"), lines[4]);

        Run json = CliTest.ok("matrix", folder.toString(), "--rows", "themes", "--columns", "attribute:role", "--measure", "words", "--json");
        JsonObject m = json.json().getAsJsonObject("matrix");
        assertEquals("words", m.get("measure").getAsString());
        assertEquals("carer", m.getAsJsonArray("columns").get(0).getAsJsonObject().get("label").getAsString());
        assertEquals(List.of(1L, 1L), row(m, 0));

        Run carers = cli("matrix", folder.toString(), "--rows", "themes", "--where", "role=carer", "--json");
        assertEquals(1, carers.json().getAsJsonObject("matrix").getAsJsonArray("columns").size(), "only Amy");

        Run turns = cli("matrix", folder.toString(), "--cooccurrence", "turn", "--json");
        JsonObject co = turns.json().getAsJsonObject("matrix");
        assertEquals("shared turns", co.get("measure").getAsString());
        assertEquals(List.of(1L, 1L, 1L), row(co, 2), "Calm and Shared joy in Amy's turn, and so Calm and the theme "
                + "Connection, which counts its sub-code Shared joy's codings");

        Path csv = tmp.resolve("m.csv");
        Path tidy = tmp.resolve("m-tidy.csv");
        Path xlsx = tmp.resolve("m.xlsx");
        Run files = CliTest.ok("matrix", folder.toString(), "--csv", csv.toString(), "--tidy", tidy.toString(), "--xlsx", xlsx.toString());
        assertEquals("codings,Amy,Ben,Total", Files.readAllLines(csv).get(0));
        assertEquals("Connection / Shared joy,Ben,codings,1", Files.readAllLines(tidy).get(4));
        assertTrue(Files.size(xlsx) > 1000);
        assertTrue(files.out().contains("Wrote " + xlsx.toAbsolutePath()), files.out());

        Path docx = tmp.resolve("m.docx");
        Run word = CliTest.ok("matrix", folder.toString(), "--docx", docx.toString(), "--json");
        assertEquals("docx", word.json().getAsJsonArray("written").get(0).getAsJsonObject().get("format").getAsString());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable t = doc.getTables().get(0);
            assertTrue(t.getRow(0).isRepeatHeader(), "the header row repeats on every page");
            assertEquals(List.of("codings", "Amy", "Ben", "Total"), t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals("Total", t.getRow(t.getNumberOfRows() - 1).getCell(0).getText());
        }
    }

    @Test
    void exportMatrixWritesTheSameMatrixInTheFormatOfItsFile(@TempDir Path tmp) throws Exception {
        Path folder = study(tmp);
        Path csv = tmp.resolve("themes.csv");
        Run written = CliTest.ok("export", "matrix", folder.toString(), csv.toString(), "--rows", "themes", "--columns", "attribute:role", "--json");
        assertEquals("csv", written.json().get("format").getAsString());
        assertEquals(1, written.json().get("rows").getAsInt());
        assertEquals(List.of("codings,carer,guider,Total", "Connection,1,1,2", "Total,1,1,2"), Files.readAllLines(csv));

        Path viaMatrix = tmp.resolve("same.csv");
        CliTest.ok("matrix", folder.toString(), "--rows", "themes", "--columns", "attribute:role", "--csv", viaMatrix.toString());
        assertEquals(Files.readAllLines(viaMatrix), Files.readAllLines(csv), "export matrix and matrix --csv agree");

        Path tidy = tmp.resolve("co.csv");
        Run turns = CliTest.ok("export", "matrix", folder.toString(), tidy.toString(), "--cooccurrence", "turn", "--format", "tidy");
        assertTrue(turns.out().startsWith("Wrote the cooccurrence matrix (3 rows, 3 columns) as tidy to "), turns.out());
        assertTrue(Files.readAllLines(tidy).contains("Calm,Connection / Shared joy,shared turns,1"), Files.readString(tidy));

        Path xlsx = tmp.resolve("framework.xlsx");
        Run framework = CliTest.ok("export", "matrix", folder.toString(), xlsx.toString(), "--framework", "--rows", "themes");
        assertTrue(Files.size(xlsx) > 1000);

        Path docx = tmp.resolve("framework.docx");
        Run word = CliTest.ok("export", "matrix", folder.toString(), docx.toString(), "--framework", "--rows", "themes");
        assertTrue(word.out().contains("as docx to "), word.out());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Theme", doc.getTables().get(0).getRow(0).getCell(0).getText());
            assertTrue(doc.getTables().get(0).getRow(0).isRepeatHeader());
        }

        CliTest.refused(Cli.FAILED, "unknown matrix format \"pdf\"", "export", "matrix", folder.toString(), csv.toString(), "--format", "pdf");
        CliTest.refused(Cli.USAGE, "no case attribute named \"age\"", "export", "matrix", folder.toString(), csv.toString(), "--columns", "attribute:age");
    }

    @Test
    void frameworkShowsExcerpts(@TempDir Path tmp) throws Exception {
        Path folder = study(tmp);
        Run text = CliTest.ok("matrix", folder.toString(), "--framework", "--rows", "themes");
        assertTrue(text.out().contains("== Connection ==\n  Amy (1 excerpt)\n    \u201claughed\u201d (carer)"), text.out());
        Run json = cli("matrix", folder.toString(), "--framework", "--rows", "themes", "--json");
        JsonObject cell = json.json().getAsJsonObject("matrix").getAsJsonArray("cells").get(1).getAsJsonObject();
        assertEquals("Ben", cell.get("column").getAsString());
        assertEquals("laughed", cell.getAsJsonArray("excerpts").get(0).getAsJsonObject().get("text").getAsString());
    }

    @Test
    void saturationAndFrequency(@TempDir Path tmp) throws Exception {
        Path folder = study(tmp);
        Run saturation = CliTest.ok("saturation", folder.toString(), "--json");
        JsonArray steps = saturation.json().getAsJsonArray("steps");
        assertEquals(2, steps.get(0).getAsJsonObject().get("newCodeCount").getAsInt());
        assertEquals(0, steps.get(1).getAsJsonObject().get("newCodeCount").getAsInt());
        assertEquals(2, saturation.json().get("distinctCodes").getAsInt());
        Run reversed = cli("saturation", folder.toString(), "--order", "guider,carer");
        assertTrue(reversed.out().contains("guider") && reversed.out().contains("Shared joy"), reversed.out());
        assertTrue(reversed.out().split("\n")[2].trim().endsWith("Calm"), reversed.out());

        Run frequency = cli("frequency", folder.toString(), "--json");
        JsonObject f = frequency.json().getAsJsonObject("matrix");
        assertEquals("carer", f.getAsJsonArray("columns").get(0).getAsJsonObject().get("label").getAsString());
        assertEquals(List.of(1L, 0L), row(f, 2), "Calm only in the carer's interview");
    }

    @Test
    void badOptionsAndUnwritableFilesAreExplained(@TempDir Path tmp) throws Exception {
        Path folder = study(tmp);
        CliTest.refused(Cli.USAGE, "there is no case attribute named \"age\"", "matrix", folder.toString(), "--columns", "attribute:age");
        CliTest.refused(Cli.USAGE, "there is no coder named \"nobody\"", "matrix", folder.toString(), "--coder", "nobody");
        Run measure = cli("matrix", folder.toString(), "--measure", "minutes");
        assertEquals(Cli.USAGE, measure.exitCode());
        Path missing = tmp.resolve("no/such/folder/m.xlsx");
        CliTest.refused(Cli.FAILED, missing.toString(), "matrix", folder.toString(), "--xlsx", missing.toString(), "--json");
        CliTest.refused(Cli.USAGE, "there is no source named \"focus group\"", "saturation", folder.toString(), "--order", "carer,focus group");
    }

    /**
     * A merge writes the code's history, which a walk of the codebook's contents met as if it were a code: the
     * themes matrix and coding queries then failed with "internal error" (ClassCastException).
     */
    @Test
    void themesAndQueriesStillCountAfterAMerge(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sample");
        CliTest.ok("project", "sample", folder.toString());
        Run before = CliTest.ok("matrix", folder.toString(), "--rows", "themes", "--json");
        Run merged = CliTest.ok("codes", "merge", folder.toString(), "Seeing strengths/Focus on what works", "--into",
                "Seeing strengths/Surprise at own competence");
        Run after = CliTest.ok("matrix", folder.toString(), "--rows", "themes", "--json");
        assertEquals(before.json().getAsJsonObject("matrix").get("values"), after.json().getAsJsonObject("matrix").get("values"),
                "a merge inside a theme changes none of its counts");
        Run query = CliTest.ok("query", folder.toString(), "--codes", "Seeing strengths", "--json");
        assertTrue(query.json().get("count").getAsInt() > 0, query.out());
    }

    /**
     * Co-occurrence has one definition (docs/analysis.md): {@code query --cooccurrence} lists, pair by pair, what the
     * {@code matrix --cooccurrence overlap} and {@code turn} cells count. They were two counts that disagreed on the
     * sample project (the query's same-turn count took paragraphs where the matrix took nothing).
     */
    @Test
    void queryCooccurrenceListsTheMatrixCells(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sample");
        CliTest.ok("project", "sample", folder.toString());
        Path diary = Files.writeString(tmp.resolve("diary.txt"), "We laughed and I felt calm.\n\nThe next day was hard.\n");
        CliTest.ok("import", folder.toString(), diary.toString());
        CliTest.ok("search", folder.toString(), "laughed", "--code", "Shared joy");
        CliTest.ok("search", folder.toString(), "calm", "--code", "Calm");
        Run pairs = CliTest.ok("query", folder.toString(), "--cooccurrence", "--json");
        JsonObject overlap = cli("matrix", folder.toString(), "--cooccurrence", "overlap", "--json").json().getAsJsonObject("matrix");
        JsonObject turn = cli("matrix", folder.toString(), "--cooccurrence", "turn", "--json").json().getAsJsonObject("matrix");
        Map<String, Integer> rowOf = new HashMap<>();
        JsonArray rows = overlap.getAsJsonArray("rows");
        for (int r = 0; r < rows.size(); r++) {
            rowOf.put(rows.get(r).getAsJsonObject().get("path").getAsString().replace(" / ", "/"), r);
        }
        int meeting = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = r + 1; c < rows.size(); c++) {
                meeting += row(overlap, r).get(c) + row(turn, r).get(c) > 0 ? 1 : 0;
            }
        }
        JsonArray listed = pairs.json().getAsJsonArray("pairs");
        assertTrue(meeting > 1, "the sample's codes meet: " + meeting);
        assertEquals(meeting, listed.size(), "one listed pair for each pair of codes that meets in the matrices");
        boolean paragraph = false;
        for (var element : listed) {
            JsonObject pair = element.getAsJsonObject();
            int a = rowOf.get(pair.get("codeA").getAsString());
            int b = rowOf.get(pair.get("codeB").getAsString());
            String which = pair.get("codeA").getAsString() + " ~ " + pair.get("codeB").getAsString();
            assertEquals(row(overlap, a).get(b), pair.get("overlapping").getAsLong(), "overlapping codings of " + which);
            assertEquals(row(turn, a).get(b), pair.get("sameTurn").getAsLong(), "turns (or paragraphs) holding " + which);
            paragraph |= which.equals("Calm ~ Shared joy") && pair.get("sameTurn").getAsLong() == 1;
        }
        assertTrue(paragraph, "the diary's first paragraph holds Calm and Shared joy: " + pairs.out());
    }
}
