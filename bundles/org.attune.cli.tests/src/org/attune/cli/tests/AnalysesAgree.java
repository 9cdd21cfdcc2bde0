package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Columns;
import org.attune.analysis.Cooccurrence;
import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixQuery;
import org.attune.analysis.MatrixSpec;
import org.attune.analysis.Measure;
import org.attune.analysis.Rows;
import org.attune.analysis.Saturation;
import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.coding.CodedSegments;
import org.attune.exchange.CodebookExport;
import org.attune.exchange.ProjectExport;
import org.attune.analysis.CodingQuery;
import org.attune.model.Code;
import org.attune.model.codes.CodeTree;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Every analysis, export and command-line read command on a project, each checked against {@link ExpectedCodebook}:
 * a code counts its own codings and its sub-codes' (each coding once) wherever it is counted, except in a codes
 * matrix without sub-codes, where a code that is not a theme counts its own.
 */
final class AnalysesAgree {
    private static final Pattern DOCX_COUNTS = Pattern.compile("\\((\\d+) codings? in (\\d+) sources?");

    private AnalysesAgree() {
    }

    static void inTheStore(ProjectStore store, ExpectedCodebook model, Path exports) throws Exception {
        List<Code> order = CodeTree.all(store.project());
        assertEquals(model.parents().keySet(), new HashSet<>(order), "the codes");
        CodingSet data = CodingSet.read(store);
        assertEquals(model.codings().size(), data.stretches().size(), "codings read for analysis");
        for (Rows rows : Rows.values()) {
            for (boolean subcodes : new boolean[] {false, true}) {
                for (Columns columns : List.of(Columns.cases(), Columns.sources())) {
                    Matrix m = MatrixQuery.compute(data, MatrixSpec.of(rows, columns, Measure.CODINGS).withSubcodes(subcodes));
                    checkRows(m, model, order, rows, subcodes);
                    if (columns.kind() == Columns.Kind.SOURCES) {
                        for (int r = 0; r < m.rows().size(); r++) {
                            long sum = 0;
                            for (int c = 0; c < m.columns().size(); c++) {
                                sum += m.value(r, c);
                            }
                            assertEquals(m.rowTotal(r), sum, "a coding is in one source: row " + m.rows().get(r).path());
                        }
                    }
                }
                for (Cooccurrence.Mode mode : Cooccurrence.Mode.values()) {
                    Matrix co = Cooccurrence.compute(data, rows, subcodes, mode);
                    assertEquals(co.rows().size(), co.columns().size(), "co-occurrence is square");
                }
                FrameworkMatrix.compute(data, rows, subcodes);
            }
        }
        assertEquals(model.codings().size(), Saturation.compute(data).stream().mapToInt(Saturation.Step::codings).sum(),
                "saturation's codings per source add up");
        Cooccurrence.pairs(data);
        for (Code code : model.codes()) {
            String path = model.path(code);
            assertEquals(model.inTextWithSubCodes(code), CodingQuery.run(store, "\"" + model.names().get(code) + "\"").size(),
                    "coding query of " + path);
            assertEquals(model.withSubCodes(code), CodedSegments.of(store, List.of(code), true, CodedSegments.Filter.NONE).size(),
                    "coded segments of " + path);
            assertEquals(model.own(code), CodedSegments.of(store, List.of(code), false, CodedSegments.Filter.NONE).size(),
                    "coded segments of " + path + " alone");
        }
        codebookDocuments(store, model, order, exports);
        ProjectExport.Result qdpx = ProjectExport.write(store, exports.resolve("project.qdpx"), new NullProgressMonitor());
        assertEquals(model.codes().size(), qdpx.codes(), "codes in the REFI-QDA export");
        assertEquals(model.codings().size(), qdpx.codings(), "codings in the REFI-QDA export");
    }

    private static void checkRows(Matrix m, ExpectedCodebook model, List<Code> order, Rows rows, boolean subcodes) {
        List<Code> expected = order.stream().filter(c -> rows == Rows.CODES || model.isTheme(c)).toList();
        assertEquals(expected, m.rows().stream().map(h -> h.element()).toList(), rows.label() + " as rows");
        for (int r = 0; r < expected.size(); r++) {
            Code code = expected.get(r);
            int count = subcodes || model.isTheme(code) ? model.withSubCodes(code) : model.own(code);
            assertEquals(count, m.rowTotal(r), rows.label() + " matrix" + (subcodes ? " with sub-codes" : "") + ", row "
                    + model.path(code));
        }
    }

    private static void codebookDocuments(ProjectStore store, ExpectedCodebook model, List<Code> codes, Path exports)
            throws Exception {
        Files.createDirectories(exports);
        Path csv = exports.resolve("codebook.csv");
        CodebookExport.write(store, csv, CodebookExport.Format.CSV, 1, new NullProgressMonitor());
        try (Reader in = Files.newBufferedReader(csv)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertEquals(codes.size(), records.size(), "codes in the CSV codebook");
            for (int i = 0; i < codes.size(); i++) {
                Code code = codes.get(i);
                assertEquals(model.path(code).replace("/", " > "), records.get(i).get("Path"));
                assertEquals(model.withSubCodes(code), Integer.parseInt(records.get(i).get("Codings (with sub-codes)")), "CSV codings of " + model.path(code));
                assertEquals(model.sourcesWithSubCodes(code), Integer.parseInt(records.get(i).get("Sources (with sub-codes)")),
                        "CSV sources of " + model.path(code));
            }
        }
        Path xlsx = exports.resolve("codebook.xlsx");
        CodebookExport.write(store, xlsx, CodebookExport.Format.XLSX, 1, new NullProgressMonitor());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> column = new HashMap<>();
            sheet.getRow(0).forEach(cell -> column.put(cell.getStringCellValue(), cell.getColumnIndex()));
            assertEquals(codes.size(), sheet.getLastRowNum(), "codes in the XLSX codebook");
            for (int i = 0; i < codes.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertEquals(model.withSubCodes(codes.get(i)), (int) row.getCell(column.get("Codings (with sub-codes)")).getNumericCellValue(),
                        "XLSX codings of " + model.path(codes.get(i)));
            }
        }
        Path docx = exports.resolve("codebook.docx");
        CodebookExport.write(store, docx, CodebookExport.Format.DOCX, 1, new NullProgressMonitor());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<int[]> counts = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                Matcher m = DOCX_COUNTS.matcher(p.getText());
                if (m.find()) {
                    counts.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                    int n = Integer.parseInt(m.group(1));
                    int s = Integer.parseInt(m.group(2));
                    assertTrue(p.getText().contains(n == 1 ? " coding " : " codings ") && p.getText().contains(s == 1 ? " source" : " sources"),
                            "the plural follows the number: " + p.getText());
                }
            }
            assertEquals(codes.size(), counts.size(), "codes in the DOCX codebook");
            for (int i = 0; i < codes.size(); i++) {
                assertEquals(model.withSubCodes(codes.get(i)), counts.get(i)[0], "DOCX codings of " + model.path(codes.get(i)));
                assertEquals(model.sourcesWithSubCodes(codes.get(i)), counts.get(i)[1], "DOCX sources of " + model.path(codes.get(i)));
            }
        }
    }

    /** The read commands as a script would run them, after the store is closed. */
    static void onTheCommandLine(Path folder, ExpectedCodebook model, Random random) {
        String project = folder.toString();
        JsonObject list = ok(cli("codes", "list", project, "--counts", "--json")).json();
        assertEquals(model.codes().size(), list.get("count").getAsInt(), "codes list");
        Map<String, JsonObject> byPath = new HashMap<>();
        list.getAsJsonArray("codes").forEach(e -> byPath.put(e.getAsJsonObject().get("path").getAsString(), e.getAsJsonObject()));
        for (Code code : model.codes()) {
            JsonObject row = byPath.get(model.path(code));
            assertEquals(model.own(code), row.get("codings").getAsInt(), "codes list: own codings of " + model.path(code));
            assertEquals(model.withSubCodes(code), row.get("codingsWithSubcodes").getAsInt(), "codes list: codings of " + model.path(code));
        }
        for (String rows : List.of("codes", "themes")) {
            JsonObject matrix = ok(cli("matrix", project, "--rows", rows, "--json")).json().getAsJsonObject("matrix");
            JsonArray headers = matrix.getAsJsonArray("rows");
            JsonArray totals = matrix.getAsJsonArray("rowTotals");
            Map<String, Long> totalOf = new HashMap<>();
            for (int r = 0; r < headers.size(); r++) {
                totalOf.put(headers.get(r).getAsJsonObject().get("path").getAsString(), totals.get(r).getAsLong());
            }
            List<Code> expected = model.codes().stream().filter(c -> rows.equals("codes") || model.isTheme(c)).toList();
            assertEquals(expected.size(), headers.size(), "matrix --rows " + rows);
            for (Code code : expected) {
                assertEquals((long) (model.isTheme(code) ? model.withSubCodes(code) : model.own(code)),
                        totalOf.get(model.path(code).replace("/", " / ")), "matrix --rows " + rows + ", row " + model.path(code));
            }
        }
        List<Code> codes = model.codes();
        for (int i = 0; i < 2 && !codes.isEmpty(); i++) {
            Code code = codes.get(random.nextInt(codes.size()));
            String name = model.names().get(code);
            assertEquals(model.inTextWithSubCodes(code), ok(cli("query", project, "--codes", "\"" + name + "\"", "--json")).json()
                    .get("count").getAsInt(), "query --codes " + name);
            assertEquals(model.withSubCodes(code), ok(cli("segments", project, "--code", model.path(code), "--json")).json()
                    .get("count").getAsInt(), "segments --code " + model.path(code));
        }
        assertEquals(model.codings().size(), ok(cli("project", "info", project, "--json")).json().get("codings").getAsInt(),
                "project info: codings");
        ok(cli("frequency", project, "--json"));
        ok(cli("saturation", project, "--json"));
        ok(cli("query", project, "--cooccurrence", "--json"));
        ok(cli("matrix", project, "--cooccurrence", "overlap", "--rows", "themes", "--json"));
        JsonElement framework = ok(cli("matrix", project, "--framework", "--rows", "themes", "--json")).json().get("matrix");
        assertEquals(model.codes().stream().filter(model::isTheme).count(),
                framework.getAsJsonObject().getAsJsonArray("rows").size(), "framework matrix rows");
    }

    private static Run ok(Run run) {
        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.err().isEmpty(), "nothing on the error stream: " + run.err());
        return run;
    }
}
