package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.coding.Codebook;
import org.attune.exchange.ImportSummary;
import org.attune.exchange.QdaImport;
import org.attune.model.Code;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.exchange.ExportCodebookHandler;
import org.attune.ui.analysis.exchange.ExportProjectHandler;
import org.attune.ui.analysis.exchange.ImportQdaHandler;
import org.attune.ui.analysis.exchange.ImportReportDialog;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * File > Export Codebook..., Export Project (REFI-QDA)... and Import REFI-QDA... on the sample study: the
 * files written through the dialogs and jobs import again into a fresh project with everything in them; a small
 * .qdc imported through the dialog adds its codes and reports the one it skipped.
 */
class ExchangeUiTest extends SampleWorkbench {

    /** Opens a File menu dialog, types the path and presses its button (Export or Import). */
    private void runFileCommand(String menu, String title, Path file, String button) {
        Input.select(Widgets.menuItem(window, "File", menu));
        Shell dialog = Widgets.shell(title);
        Text path = Widgets.byId(dialog, Text.class, AnalysisIds.FILE_PATH);
        UiThread.run(() -> path.setText(file.toString()));
        Input.click(Widgets.byText(dialog, Button.class, button));
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
    }

    private ProjectStore freshProject(String name) throws Exception {
        return ProjectStore.create(tmp.resolve(name), name, OpenOptions.of("test").withBackups(false));
    }

    private static List<String> codePaths(ProjectStore store) {
        return new Codebook(store).all().stream().map(Code::path).sorted().toList();
    }

    @Test
    void codebookAndProjectExportedThroughTheMenusImportAgain() throws Exception {
        Path qdc = tmp.resolve("out/sample codebook.qdc");
        runFileCommand("Export Codebook...", ExportCodebookHandler.TITLE, qdc, "Export");
        closeMessage(ExportCodebookHandler.TITLE, "Wrote the codebook as QDC");
        assertTrue(Files.size(qdc) > 0);
        try (ProjectStore copy = freshProject("codebook-copy")) {
            ImportSummary summary = new QdaImport(copy).importFile(qdc, null);
            assertEquals(codePaths(store), codePaths(copy), "every code, in its place in the hierarchy");
            assertEquals(codePaths(store).size(), summary.imported("codes"));
        }

        Path docx = tmp.resolve("out/codebook.docx");
        Input.select(Widgets.menuItem(window, "File", "Export Codebook..."));
        Shell dialog = Widgets.shell(ExportCodebookHandler.TITLE);
        Text path = Widgets.byId(dialog, Text.class, AnalysisIds.FILE_PATH);
        UiThread.run(() -> path.setText(docx.toString()));
        Combo format = Widgets.byId(dialog, Combo.class, AnalysisIds.CODEBOOK_FORMAT);
        assertEquals("docx", UiThread.call(format::getText),
                "the format follows the file's extension");
        Input.click(Widgets.byText(dialog, Button.class, "Export"));
        closeMessage(ExportCodebookHandler.TITLE, "Wrote the codebook as DOCX");
        assertTrue(Files.size(docx) > 1000);

        Path qdpx = tmp.resolve("out/sample.qdpx");
        runFileCommand("Export Project (REFI-QDA)...", ExportProjectHandler.TITLE, qdpx, "Export");
        String message = closeMessage(ExportProjectHandler.TITLE, "Wrote");
        assertTrue(message.contains("9 sources"), message); // the six interviews, the practice recording, its transcript and the sand tableau
        try (ProjectStore copy = freshProject("project-copy")) {
            new QdaImport(copy).importFile(qdpx, null);
            assertEquals(store.summary().sources(), copy.summary().sources());
            assertEquals(store.summary().codings(), copy.summary().codings());
            assertEquals(store.summary().memos(), copy.summary().memos());
            assertEquals(store.project().getCases().size(), copy.project().getCases().size());
            assertEquals(codePaths(store), codePaths(copy));
        }
    }

    @Test
    void aSmallCodebookImportedThroughTheMenuShowsItsReport() throws Exception {
        Code existing = new Codebook(store).all().get(0);
        Path qdc = tmp.resolve("small.qdc");
        Files.writeString(qdc, """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="a colleague's tool">
                  <Codes>
                    <Code guid="1b2c3d4e-0000-4000-8000-000000000001" name="Bedtime routines" isCodable="true" color="#3366CC">
                      <Code guid="1b2c3d4e-0000-4000-8000-000000000002" name="Stories at bedtime" isCodable="true"/>
                    </Code>
                    <Code guid="%s" name="%s" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """.formatted(existing.getId(), existing.getName()));
        int before = new Codebook(store).all().size();
        runFileCommand("Import REFI-QDA...", ImportQdaHandler.TITLE, qdc, "Import");

        Shell report = Widgets.shell(ImportReportDialog.TITLE);
        Table table = Widgets.byId(report, Table.class, AnalysisIds.IMPORT_REPORT);
        List<String> codes = UiThread.call(() -> Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("codes"))
                .map(i -> i.getText(1) + " imported, " + i.getText(2) + " skipped: " + i.getText(3)).toList());
        assertEquals(List.of("2 imported, 1 skipped: \"" + existing.getName() + "\" is in the project already; codings use it"), codes);
        Screenshots.capture(SCREENSHOTS.resolve("import-report.png"));
        Input.click(Widgets.byText(report, Button.class, "Close"));
        UiThread.waitUntil("the report closed", report::isDisposed);

        assertEquals(before + 2, new Codebook(store).all().size());
        Code bedtime = new Codebook(store).find("Bedtime routines").orElseThrow();
        assertEquals(List.of("Stories at bedtime"), bedtime.getChildren().stream().map(Code::getName).toList());
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the import undone", () -> new Codebook(store).find("Bedtime routines").isEmpty());
    }

    /**
     * An archive as NVivo for Windows writes it (a Sources/ folder, a text with a byte-order mark, CR LF and emoji,
     * positions in UTF-16 units) imported through the menu: the report says how positions were read, and the
     * coding covers its words.
     */
    @Test
    void anNvivoArchiveImportedThroughTheMenuKeepsItsCodingOnItsWords() throws Exception {
        String text = "Guider: What did you see? 😀 She smiled at you.\r\nCarer: I waited 🙂 and she came to me.";
        String words = "she came to me";
        int start = text.indexOf(words);
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="nvivo study" origin="NVivo 12.6 (Windows)">
                <CodeBook><Codes><Code guid="5a0e4f7c-1b2d-4e3f-9a8b-7c6d5e4f3a2b" name="Coming closer" isCodable="true"/></Codes></CodeBook>
                <Sources><TextSource guid="5b0e4f7c-1b2d-4e3f-9a8b-7c6d5e4f3a2b" name="NVivo diary" plainTextPath="internal://diary.txt">
                <PlainTextSelection guid="5c0e4f7c-1b2d-4e3f-9a8b-7c6d5e4f3a2b" startPosition="%d" endPosition="%d">
                <Coding guid="5d0e4f7c-1b2d-4e3f-9a8b-7c6d5e4f3a2b"><CodeRef targetGUID="5a0e4f7c-1b2d-4e3f-9a8b-7c6d5e4f3a2b"/></Coding>
                </PlainTextSelection></TextSource></Sources>
                </Project>
                """.formatted(start, start + words.length()); // UTF-16 units: Java's own string indices
        Path qdpx = tmp.resolve("nvivo.qdpx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write(qde.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("Sources/diary.txt"));
            zip.write(("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        runFileCommand("Import REFI-QDA...", ImportQdaHandler.TITLE, qdpx, "Import");

        Shell report = Widgets.shell(ImportReportDialog.TITLE);
        Table table = Widgets.byId(report, Table.class, AnalysisIds.IMPORT_REPORT);
        List<String> sources = UiThread.call(() -> Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("sources"))
                .map(i -> i.getText(1) + " imported, " + i.getText(2) + " skipped").toList());
        assertEquals(List.of("1 imported, 0 skipped"), sources);
        Label notes = Widgets.byId(report, Label.class, AnalysisIds.IMPORT_NOTES);
        String said = UiThread.call(notes::getText);
        assertTrue(said.contains("UTF-16 code units"), said);
        Screenshots.capture(SCREENSHOTS.resolve("import-report-nvivo.png"));
        Input.click(Widgets.byText(report, Button.class, "Close"));
        UiThread.waitUntil("the report closed", report::isDisposed);

        TextSource diary = (TextSource) store.project().getSources().stream().filter(s -> s.getName().equals("NVivo diary")).findFirst().orElseThrow();
        store.load(diary);
        String stored = store.text(diary);
        TextSelection coded = (TextSelection) diary.getCodings().get(0).getSelection();
        int from = stored.offsetByCodePoints(0, coded.getStart());
        assertEquals(words, stored.substring(from, stored.offsetByCodePoints(from, coded.getEnd() - coded.getStart())));
    }
}
