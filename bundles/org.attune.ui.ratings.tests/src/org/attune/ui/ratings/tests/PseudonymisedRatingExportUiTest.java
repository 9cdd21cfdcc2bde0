package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.ProjectJob;
import org.attune.ui.WidgetIds;
import org.attune.ui.ratings.ResultsView;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.testsupport.Workbench;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Rating Results view's Export CSV... and Export XLSX... with "Write pseudonyms" ticked (#20), on the sample study's
 * two rating sheets: every file written holds the key table's pseudonyms for the practitioner and the two raters and
 * none of their real names (each found in the export without pseudonyms), the same rows as without, while the project
 * keeps the names.
 */
class PseudonymisedRatingExportUiTest {
    private static final String KEY = "rating key words";
    private static final List<String> REAL = List.of("Anna", "Nora Hale", "Sam Ortiz");

    @AfterEach
    void closeTheProject() {
        CleanWorkbench.closeEverything();
    }

    @Test
    void theResultsAreWrittenWithPseudonymsAndTheProjectKeepsTheNames(@TempDir Path tmp) throws Exception {
        ProjectStore store = sampleWithKeyTable(tmp.resolve("sample"));
        Shell window = Workbench.open(store);
        ResultsView results = UiThread.call(() -> {
            try {
                return (ResultsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ResultsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        UiThread.waitUntil("the sample's results", () -> results.tables().size() == 2);

        Path plain = tmp.resolve("out/plain.csv");
        Path pseudonymised = tmp.resolve("out/pseudonymised.csv");
        Path workbook = tmp.resolve("out/pseudonymised.xlsx");
        Files.createDirectories(plain.getParent());
        export(window, "Export CSV...", plain, null, null);
        export(window, "Export CSV...", pseudonymised, KEY, RatingUiTest.SCREENSHOTS.resolve("rating-export-pseudonyms.png"));
        export(window, "Export XLSX...", workbook, KEY, null);

        List<String> kinds = List.of("-scores.csv", "-by-practitioner.csv", "-by-item.csv", "-agreement.csv");
        String plainText = read(plain, kinds);
        for (String real : REAL) {
            assertTrue(holds(plainText, real), "the control: " + real + " is in the export without pseudonyms");
        }
        List<Path> written = new ArrayList<>();
        for (String kind : kinds) {
            Path with = sibling(pseudonymised, kind);
            written.add(with);
            assertEquals(Files.readAllLines(sibling(plain, kind)).size(), Files.readAllLines(with).size(), kind + ": the same rows");
        }
        String withText = read(pseudonymised, kinds);
        for (String real : REAL) {
            assertFalse(holds(withText, real), real + " left in " + written);
        }
        assertTrue(withText.contains("Practitioner A") && withText.contains("Rater 1") && withText.contains("Rater 2"), withText);
        String cells = cells(workbook);
        for (String real : REAL) {
            assertFalse(holds(cells, real), real + " left in " + workbook);
        }
        assertTrue(cells.contains("Practitioner A") && cells.contains("Rater 2"), cells);
        assertTrue(UiThread.call(() -> store.project().getCases().stream().anyMatch(c -> c.getName().equals("Anna"))),
                "the project keeps the real names");
    }

    /** The sample study with a key table: pseudonyms for its practitioner and its two raters. */
    private static ProjectStore sampleWithKeyTable(Path folder) throws Exception {
        ProjectStore store = SampleProject.create(folder, OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        KeyTable table = new KeyTable();
        table.put("Anna", "Practitioner A", KeyTable.Origin.ADDED);
        table.put("Nora Hale", "Rater 1", KeyTable.Origin.ADDED);
        table.put("Sam Ortiz", "Rater 2", KeyTable.Origin.ADDED);
        KeyTableFile.save(store.folder(), table, KEY.toCharArray());
        return store;
    }

    /** Clicks the view's export button, fills the dialog and waits for the files. */
    private static void export(Shell window, String button, Path file, String key, Path screenshot) throws Exception {
        Input.click(Widgets.byText(window, Button.class, button));
        Shell dialog = Widgets.shell(org.attune.ui.ratings.Messages.ResultsView_exportTitle);
        Text path = Widgets.byId(dialog, Text.class, WidgetIds.FILE_PATH);
        UiThread.run(() -> path.setText(file.toString()));
        if (key != null) {
            Input.click(Widgets.byId(dialog, Button.class, WidgetIds.EXPORT_PSEUDONYMISE));
            Text passphrase = Widgets.byId(dialog, Text.class, WidgetIds.EXPORT_KEY_PASSPHRASE);
            UiThread.waitUntil("the passphrase asked for", passphrase::isEnabled);
            UiThread.run(() -> passphrase.setText(key));
        }
        if (screenshot != null) {
            Screenshots.capture(screenshot);
        }
        Input.click(Widgets.byText(dialog, Button.class, "Export"));
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
        Job.getJobManager().join(ProjectJob.FAMILY, null);
        Path first = file.toString().endsWith(".xlsx") ? file : sibling(file, "-agreement.csv");
        UiThread.waitUntil("written: " + first, () -> Files.isRegularFile(first));
    }

    private static Path sibling(Path csv, String kind) {
        return csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", "") + kind);
    }

    private static String read(Path csv, List<String> kinds) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String kind : kinds) {
            text.append(Files.readString(sibling(csv, kind))).append('\n');
        }
        return text.toString();
    }

    private static String cells(Path xlsx) throws Exception {
        StringBuilder cells = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(format.formatCellValue(cell)).append('\n'))));
        }
        return cells.toString();
    }

    private static boolean holds(String text, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }
}
