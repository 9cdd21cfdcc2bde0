package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.RatingSheet;
import org.attune.model.Score;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.ratings.ComparisonView;
import org.attune.ui.ratings.ExportJob;
import org.attune.ui.ratings.MediaPlayerView;
import org.attune.ui.ratings.MergeCopyHandler;
import org.attune.ui.ratings.RatingFormView;
import org.attune.ui.ratings.RatingIds;
import org.attune.ui.ratings.ResultsView;
import org.attune.ui.ratings.ScaleEditorView;
import org.attune.ui.ratings.TimeCodes;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.RanCommands;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.attune.testsupport.ProjectCopies;
import org.attune.testsupport.Recordings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two raters score a 5-second video (made by FFmpeg) on the VIG scale in the real workbench: template from the
 * Rating Scales view, sheets through the Rating Form, an evidence moment from typed in/out times, submit, the blind
 * rule in the comparison, the highlighted disagreement, a consensus sheet and the results tables, then an export.
 */
class RatingUiTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));
    static final String VIG = "VIG Practice Skills Rating Scale";
    private ProjectStore store;
    private Shell window;
    private Path tmp;

    @BeforeEach
    void openAProjectWithAVideo(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        Path video = Recordings.ffmpeg(tmp.resolve("review-1.mp4"), "-f", "lavfi", "-i", "testsrc=duration=5:size=320x240:rate=25",
                "-pix_fmt", "yuv420p");
        store = ProjectStore.create(tmp.resolve("study"), "Rating UI", OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        var report = new Importer(store, ImportOptions.defaults()).importAll(List.of(video), ImportProgress.NONE);
        assertEquals(1, store.project().getSources().size(), report.toString());
        store.setCurrentUser("NM");
        window = Workbench.open(store);
        store.setCurrentUser("NM"); // the session applies the coder preference; the test chooses its raters
        Input.select(Widgets.menuItem(window, "Ratings", "Rating Perspective"));
        Widgets.byId(window, Combo.class, RatingIds.FORM_SCALE);
    }

    @AfterEach
    void closeTheProject() {
        CleanWorkbench.closeEverything();
    }

    /** Shows a view maximized (the mouse out of the way) for a screenshot, then restores the layout. */
    private static void screenshot(String viewId, String file) throws Exception {
        UiThread.run(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.setPartState(page.findViewReference(viewId), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
            org.eclipse.swt.widgets.Display.getCurrent().setCursorLocation(1395, 895);
        });
        UiThread.flush();
        Screenshots.capture(SCREENSHOTS.resolve(file));
        UiThread.run(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.setPartState(page.findViewReference(viewId), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        });
    }

    private static void choose(Combo combo, String startsWith) {
        UiThread.run(() -> {
            int at = -1;
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (combo.getItem(i).startsWith(startsWith)) {
                    at = i;
                    break;
                }
            }
            assertTrue(at >= 0, startsWith + " in " + Arrays.toString(combo.getItems()));
            combo.select(at);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private Label label(String id) {
        return Widgets.byId(window, Label.class, id);
    }

    private void waitForText(String what, Label label, String expected) {
        UiThread.waitUntil(what + ": '" + expected + "'", () -> label.getText().contains(expected));
    }

    private void startSheet() {
        startSheet(VIG);
    }

    private void startSheet(String scale) {
        choose(Widgets.byId(window, Combo.class, RatingIds.FORM_SCALE), scale);
        choose(Widgets.byId(window, Combo.class, RatingIds.FORM_RECORDING), "review-1");
        Combo practitioner = Widgets.byId(window, Combo.class, RatingIds.FORM_PRACTITIONER);
        Combo condition = Widgets.byId(window, Combo.class, RatingIds.FORM_CONDITION);
        UiThread.run(() -> {
            practitioner.setText("Practitioner 1");
            condition.setText("VIG shared review");
        });
        Input.click(Widgets.byId(window, Button.class, RatingIds.FORM_START));
        waitForText("my draft", label(RatingIds.FORM_STATUS), "Draft, ");
    }

    private void score(String key, String level) {
        choose(Widgets.byId(window, Combo.class, RatingIds.FORM_CHOICE + key), level);
    }

    private void submit() throws Exception {
        Input.click(Widgets.byId(window, Button.class, RatingIds.FORM_SUBMIT));
        Shell confirm = Widgets.shell("Submit Sheet");
        Input.click(Widgets.byText(confirm, Button.class, "OK"));
        waitForText("submitted", label(RatingIds.FORM_STATUS), "Submitted (read-only)");
    }

    private void changeRater(String name) {
        Input.click(Widgets.byId(window, Button.class, RatingIds.FORM_CHANGE_RATER));
        Shell dialog = Widgets.shell("Change Rater");
        UiThread.run(() -> Widgets.first(dialog, Text.class, t -> true).orElseThrow().setText(name));
        Input.click(Widgets.byText(dialog, Button.class, "OK"));
        waitForText("the rater", label(RatingIds.FORM_RATER), name);
    }

    private Table comparison() {
        UiThread.run(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            try {
                page.showView(ComparisonView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        return Widgets.byId(window, Table.class, RatingIds.COMPARE_TABLE);
    }

    @Test
    void theFormSaysWhatIsMissingAndItsLinkOpensTheScales() throws Exception {
        org.eclipse.swt.widgets.Link hint = Widgets.byId(window, org.eclipse.swt.widgets.Link.class, RatingIds.FORM_HINT);
        UiThread.waitUntil("the form asks for a scale", () -> hint.isVisible() && hint.getText().equals(RatingFormView.NO_SCALE.strip()));
        Screenshots.capture(SCREENSHOTS.resolve("rating-no-scale.png"));
        Input.clickAnchor(hint, "No rating scale yet: ");
        UiThread.waitUntil("Rating Scales shown", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActivePart() instanceof ScaleEditorView);
        choose(Widgets.byId(window, Combo.class, RatingIds.SCALES_TEMPLATE), "VIG Practice Skills Rating Scale");
        Input.click(Widgets.byText(window, Button.class, "Add from Template"));
        UiThread.waitUntil("nothing missing any more", () -> !hint.isVisible());
    }

    @Test
    void twoRatersBlindComparisonConsensusAndResults() throws Exception {
        // the VIG template from the Rating Scales view
        addScale(VIG);

        // rater NM: start a sheet, score two sub-items, an evidence moment from typed times, submit
        Label rater = label(RatingIds.FORM_RATER);
        assertEquals("NM", UiThread.call(rater::getText));
        startSheet();
        waitForText("progress", label(RatingIds.FORM_STATUS), "Draft, 0 of 52 scored");
        assertFalse(UiThread.call(() -> Widgets.first(window, Combo.class,
                c -> (RatingIds.FORM_CHOICE + "1.1").equals(c.getData(Widgets.ID_KEY))).isPresent()), "item 1 is not used: hidden");
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);
        Label playerStatus = label(RatingIds.PLAYER_STATUS);
        UiThread.waitUntil("the player loaded or said why not", () -> player.isPlayable() || playerStatus.getText().contains("Type times"),
                java.time.Duration.ofSeconds(30));
        System.out.println("Media player: playable=" + UiThread.call(player::isPlayable) + ", status: "
                + UiThread.call(playerStatus::getText));
        assertEquals(5000, UiThread.call(player::durationMs), 100, "the recording's duration");

        score("4.1", "4 ");
        score("4.2", "3 ");
        waitForText("progress", label(RatingIds.FORM_STATUS), "2 of 52 scored");
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        waitForText("each score is one action", label(RatingIds.FORM_STATUS), "1 of 52 scored");
        Combo choice42 = Widgets.byId(window, Combo.class, RatingIds.FORM_CHOICE + "4.2");
        assertEquals("-", UiThread.call(choice42::getText));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Redo"));
        waitForText("redone", label(RatingIds.FORM_STATUS), "2 of 52 scored");
        assertEquals("3 To a moderate extent", UiThread.call(choice42::getText));
        Text note = Widgets.byId(window, Text.class, RatingIds.FORM_NOTE + "4.2");
        UiThread.run(() -> { // typed and Enter pressed (posted keys would race the video view for the focus)
            note.setText("turn taking");
            note.notifyListeners(SWT.DefaultSelection, new Event());
        });
        Text typed = Widgets.byId(window, Text.class, RatingIds.PLAYER_TYPED_TIME);
        UiThread.run(() -> typed.setText("00:00:01.000"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_SET_IN));
        UiThread.run(() -> typed.setText("00:00:02.500"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_SET_OUT));
        waitForText("the range", label(RatingIds.PLAYER_RANGE), "In 00:00:01.000  Out 00:00:02.500");
        UiThread.run(() -> typed.setText("00:00:03.000"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_GO));
        waitForText("the time", label(RatingIds.PLAYER_TIME), "00:00:03.000 / 00:00:05.000");
        Input.click(Widgets.byText(window, Button.class, "+1 frame"));
        waitForText("a frame later (25 fps)", label(RatingIds.PLAYER_TIME), "00:00:03.040");
        if (UiThread.call(player::isPlayable)) { // the real video plays: the media element moves the time on
            Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_PLAY));
            UiThread.waitUntil("playback", () -> player.currentMs() > 3300);
            Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_PLAY));
            UiThread.run(() -> org.eclipse.swt.widgets.Display.getCurrent().setCursorLocation(1395, 895));
            Screenshots.capture(SCREENSHOTS.resolve("player-playing.png"));
        }
        Input.click(Widgets.byId(window, Button.class, RatingIds.FORM_ADD_EVIDENCE + "4.2"));
        waitForText("the evidence moment", label(RatingIds.FORM_EVIDENCE + "4.2"), "00:00:01.000-00:00:02.500");
        RatingSheet nm = UiThread.call(() -> store.project().getRatingSheets().get(0));
        Score scored = UiThread.call(() -> nm.getScores().stream().filter(s -> s.getSubItem().getNumber().equals("2")
                && s.getSubItem().eContainer() instanceof org.attune.model.ScaleItem i && i.getNumber().equals("4")).findFirst().orElseThrow());
        assertEquals(List.of(1000L, 2500L, 3), UiThread.call(() -> List.of(scored.getEvidence().get(0).getStartMs(),
                scored.getEvidence().get(0).getEndMs(), scored.getValue())));
        assertEquals("turn taking", UiThread.call(scored::getNote));
        screenshot(org.attune.ui.ratings.RatingFormView.ID, "rating-form.png");
        submit();
        Combo choice41 = Widgets.byId(window, Combo.class, RatingIds.FORM_CHOICE + "4.1");
        assertFalse(UiThread.call(choice41::isEnabled), "read-only");

        // rater ST: blind to NM's scores until both have submitted
        changeRater("ST");
        waitForText("no sheet for ST yet", label(RatingIds.FORM_STATUS), "No sheet");
        Table compared = comparison();
        waitForText("blind", label(RatingIds.COMPARE_STATUS), "Blind rating");
        assertEquals(0, UiThread.call(compared::getItemCount), "no scores shown before both submitted");
        startSheet();
        waitForText("ST's own empty sheet", label(RatingIds.FORM_STATUS), "Draft, 0 of 52 scored");
        Combo stChoice41 = Widgets.byId(window, Combo.class, RatingIds.FORM_CHOICE + "4.1");
        assertEquals("-", UiThread.call(stChoice41::getText), "NM's 4 is not shown to ST");
        score("4.1", "4 ");
        score("4.2", "1 ");
        waitForText("progress", label(RatingIds.FORM_STATUS), "2 of 52 scored");
        submit();

        // comparison: the disagreement on 4.2 is highlighted, NM's evidence moment plays
        comparison();
        waitForText("both submitted", label(RatingIds.COMPARE_STATUS), "1 disagreement of 52 sub-items");
        TableItem row42 = UiThread.call(() -> Arrays.stream(compared.getItems()).filter(i -> i.getText(0).equals("4.2")).findFirst().orElseThrow());
        TableItem row41 = UiThread.call(() -> Arrays.stream(compared.getItems()).filter(i -> i.getText(0).equals("4.1")).findFirst().orElseThrow());
        assertEquals(List.of("3", "1", "2"), UiThread.call(() -> List.of(row42.getText(2), row42.getText(3), row42.getText(4))));
        assertEquals(UiThread.call(() -> ComparisonView.DISAGREE_RGB), UiThread.call(() -> row42.getBackground(0).getRGB()));
        assertNotEquals(UiThread.call(() -> ComparisonView.DISAGREE_RGB), UiThread.call(() -> row41.getBackground(0).getRGB()));
        screenshot(ComparisonView.ID, "comparison.png");
        UiThread.run(() -> {
            compared.setSelection(row42);
            compared.notifyListeners(SWT.Selection, new Event());
        });
        org.eclipse.swt.widgets.List moments = Widgets.byId(window, org.eclipse.swt.widgets.List.class, RatingIds.COMPARE_MOMENTS);
        UiThread.waitUntil("NM's moment", () -> moments.getItemCount() == 1
                && moments.getItem(0).startsWith("A NM: 00:00:01.000 - 00:00:02.500"));
        UiThread.run(() -> {
            moments.setSelection(0);
            moments.notifyListeners(SWT.DefaultSelection, new Event());
        });
        UiThread.waitUntil("the player at the moment", () -> player.currentMs() == 1000);

        // consensus on 4.2 = 2
        decide(compared, "4.2", "2");
        Text decisionNote = Widgets.byId(window, Text.class, RatingIds.COMPARE_NOTE);
        UiThread.run(() -> decisionNote.setText("watched it together"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.COMPARE_MAKE));
        waitForText("consensus", label(RatingIds.COMPARE_STATUS), "consensus sheet made by ST");
        RatingSheet consensus = UiThread.call(() -> store.project().getRatingSheets().stream().filter(RatingSheet::isConsensus)
                .findFirst().orElseThrow());
        assertEquals("watched it together\n4.2: NM 3, ST 1, agreed 2", UiThread.call(consensus::getDecisionNote));

        // results from the consensus: 4 + 2 = 6, with the other 50 (resp. 6 of item 4's 8) sub-items missing
        UiThread.run(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ResultsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        choose(Widgets.byId(window, Combo.class, RatingIds.RESULTS_BASIS), "consensus");
        Table byPractitioner = Widgets.byId(window, Table.class, RatingIds.RESULTS_BY_PRACTITIONER);
        UiThread.waitUntil("the practitioner row", () -> byPractitioner.getItemCount() == 2);
        assertEquals(List.of("Practitioner 1", "6 (50)"), UiThread.call(() -> List.of(byPractitioner.getItem(0).getText(0),
                byPractitioner.getItem(0).getText(1))));
        Table byItem = Widgets.byId(window, Table.class, RatingIds.RESULTS_BY_ITEM);
        String item4 = UiThread.call(() -> Arrays.stream(byItem.getItems()).filter(i -> i.getText(0).startsWith("4 ")).findFirst()
                .orElseThrow().getText(1));
        assertEquals("6 (6)", item4);
        choose(Widgets.byId(window, Combo.class, RatingIds.RESULTS_BASIS), "rater A");
        UiThread.waitUntil("rater A's totals", () -> byPractitioner.getItem(0).getText(1).equals("7 (50)"));
        org.attune.ui.ratings.BarChart chart = Widgets.byId(window, org.attune.ui.ratings.BarChart.class, RatingIds.RESULTS_CHART);
        assertEquals(List.of("VIG shared review"), UiThread.call(chart::series));
        assertEquals(7.0, UiThread.call(() -> chart.values(0)[0]), "item 4 from rater A: 4 + 3");
        Table agreement = Widgets.byId(window, Table.class, RatingIds.RESULTS_AGREEMENT);
        assertEquals(List.of("overall ", "52", "0.500 [2]"), UiThread.call(() -> List.of(
                agreement.getItem(0).getText(0), agreement.getItem(0).getText(1), agreement.getItem(0).getText(2))),
                "percent agreement: 4.1 agrees, 4.2 does not; 2 of 52 units pairable");
        screenshot(ResultsView.ID, "results.png");

        ResultsView results = UiThread.call(() -> (ResultsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(ResultsView.ID));
        Path workbook = tmp.resolve("results.xlsx");
        ExportJob job = UiThread.call(() -> results.export(ExportJob.Format.XLSX, workbook));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(List.of("Scores", "By practitioner", "By item", "Agreement"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
            assertEquals(1 + 3 * 52, book.getSheet("Scores").getPhysicalNumberOfRows(), "a header, the 52 sub-items of both raters' and the consensus sheet");
        }
        org.eclipse.core.runtime.jobs.Job boot = UiThread.call(results::bootstrap);
        boot.join();
        assertTrue(boot.getResult().isOK(), boot.getResult().toString());
        // both bootstraps: resampling the units, and Krippendorff's own (K, KALPHA)
        UiThread.waitUntil("ordinal alpha with its bootstrap intervals", () -> agreement.getItem(0).getText(5)
                .matches("-?\\d\\.\\d{3} \\[2\\] \\((-?\\d\\.\\d{3}–-?\\d\\.\\d{3}; )?K -?\\d\\.\\d{3}–-?\\d\\.\\d{3}\\)"));
        Shell shell = Workbench.window();
        Label kalphaLine = Widgets.byId(shell, Label.class, org.attune.ui.ratings.RatingIds.RESULTS_KALPHA);
        String kalpha = UiThread.call(kalphaLine::getText);
        assertTrue(kalpha.lines().anyMatch(l -> l.contains("alpha, ordinal") && l.contains("KALPHA, 1000 samples")
                && l.matches(".*95% -?\\d\\.\\d{3}–-?\\d\\.\\d{3}; q\\(α<0\\.9\\) \\d\\.\\d{3}, .*q\\(α<0\\.5\\) \\d\\.\\d{3}")), kalpha);
        screenshot(ResultsView.ID, "results-alpha-intervals.png");
        ExportJob csv = UiThread.call(() -> results.export(ExportJob.Format.CSV, tmp.resolve("vig.csv")));
        csv.join();
        assertTrue(csv.getResult().isOK(), csv.getResult().toString());
        assertTrue(Files.readAllLines(tmp.resolve("vig-by-practitioner.csv")).get(1).startsWith("Practitioner 1,7,50,1"),
                Files.readString(tmp.resolve("vig-by-practitioner.csv")));
        // the agreement export carries what the view shows: the overall ordinal alpha with Krippendorff's bootstrap and q's
        assertTrue(Files.readAllLines(tmp.resolve("vig-agreement.csv")).stream().anyMatch(l -> l.startsWith("overall,")
                && l.contains(",alpha-ordinal,") && l.matches(".*,-?\\d\\.\\d+,-?\\d\\.\\d+(,\\d\\.\\d+(E-\\d+)?){6}")),
                Files.readString(tmp.resolve("vig-agreement.csv")));
    }

    /** Adds a built-in scale from the Rating Scales view. */
    private void addScale(String template) {
        UiThread.run(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(org.attune.ui.ratings.ScaleEditorView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Tree scales = Widgets.byId(window, Tree.class, RatingIds.SCALES_TREE);
        int before = UiThread.call(scales::getItemCount);
        choose(Widgets.byId(window, Combo.class, RatingIds.SCALES_TEMPLATE), template);
        Input.click(Widgets.byText(window, Button.class, "Add from Template"));
        UiThread.waitUntil("the scale in the tree", () -> scales.getItemCount() == before + 1
                && Arrays.stream(scales.getItems()).anyMatch(i -> i.getText().startsWith(template) && i.getText().endsWith(" (version 1)")));
    }

    private static TableItem row(Table table, String key) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(key)).findFirst().orElseThrow();
    }

    /**
     * Clicks a row's Decision cell as a user does (the row selected, then a click in the cell) and picks {@code mark}
     * in the drop-down that opens in the cell; returns the marks it offered.
     */
    private List<String> decide(Table compared, String key, String mark) {
        UiThread.run(() -> {
            compared.showItem(row(compared, key));
            compared.setSelection(row(compared, key));
            compared.notifyListeners(SWT.Selection, new Event());
        });
        // GTK gives the columns their widths after the rows are filled: a cell read too early is {x, y, -3, h}
        UiThread.waitUntil("the Decision cell of " + key + " laid out", () -> row(compared, key).getBounds(5).width > 0);
        org.eclipse.swt.graphics.Rectangle cell = UiThread.call(() -> row(compared, key).getBounds(5));
        UiThread.run(() -> {
            Event down = new Event();
            down.button = 1;
            down.x = cell.x + cell.width / 2;
            down.y = cell.y + cell.height / 2;
            compared.notifyListeners(SWT.MouseDown, down);
        });
        org.eclipse.swt.custom.CCombo combo = Widgets.byId(window, org.eclipse.swt.custom.CCombo.class, RatingIds.COMPARE_DECISION);
        UiThread.waitUntil("the decision drop-down of " + key, combo::isVisible);
        List<org.eclipse.swt.graphics.Rectangle> where = UiThread.call(() -> List.of(combo.getBounds(), row(compared, key).getBounds(5)));
        org.eclipse.swt.graphics.Rectangle overlap = where.get(0).intersection(where.get(1));
        assertTrue(overlap.width * overlap.height * 2 >= where.get(0).width * where.get(0).height,
                "the drop-down lies in the row's Decision cell " + where.get(1) + ", not elsewhere: " + where.get(0));
        List<String> marks = UiThread.call(() -> List.of(combo.getItems()));
        assertTrue(marks.contains(mark), mark + " among " + marks);
        UiThread.run(() -> {
            combo.select(marks.indexOf(mark));
            combo.notifyListeners(SWT.DefaultSelection, new Event());
        });
        UiThread.waitUntil(key + " decided as " + mark, () -> row(compared, key).getText(5).equals(mark));
        return marks;
    }

    /**
     * Compare Sheets at the window's own size (1280×800, not maximised): every cell is drawn in its row, the decision
     * drop-down opens inside its cell, and N/A is among the decisions where the scale allows it (#22): not on the
     * VIG scale's sub-items in use, on every sub-item of the Likert scale.
     */
    @Test
    void compareSheetsDrawsItsCellsInTheirRowsAndOffersNotApplicable() throws Exception {
        addScale(VIG);
        addScale("Likert");
        for (String rater : List.of("NM", "ST")) {
            if (rater.equals("ST")) {
                changeRater("ST");
            }
            startSheet();
            score("4.2", rater.equals("NM") ? "3 " : "1 ");
            waitForText(rater + "'s VIG sheet", label(RatingIds.FORM_STATUS), "1 of 52 scored");
            submit();
            startSheet("Likert");
            score("1.1", rater.equals("NM") ? "N/A" : "5");
            waitForText(rater + "'s Likert sheet", label(RatingIds.FORM_STATUS), "1 of 1 scored");
            submit();
        }

        Table compared = comparison();
        choose(Widgets.byId(window, Combo.class, RatingIds.COMPARE_RECORDING), "review-1 - " + VIG);
        waitForText("both submitted", label(RatingIds.COMPARE_STATUS), "1 disagreement of 52 sub-items");
        assertEquals(List.of("3", "1", "2", "choose..."), UiThread.call(() -> List.of(row(compared, "4.2").getText(2),
                row(compared, "4.2").getText(3), row(compared, "4.2").getText(4), row(compared, "4.2").getText(5))));
        assertTrue(UiThread.call(() -> Arrays.stream(compared.getChildren()).noneMatch(c -> c.isVisible())),
                "no editor floats over the table while nothing is edited");
        UiThread.run(() -> org.eclipse.swt.widgets.Display.getCurrent().setCursorLocation(1275, 795));
        UiThread.flush();
        Screenshots.capture(SCREENSHOTS.resolve("compare-sheets-1280x800.png"));
        UiThread.run(() -> { // no header cut, "Sub-item" included
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(compared);
            try {
                for (org.eclipse.swt.widgets.TableColumn column : compared.getColumns()) {
                    int header = gc.textExtent(column.getText()).x;
                    assertTrue(column.getWidth() >= header + 8, column.getText() + " is " + column.getWidth() + " px wide, its header "
                            + header + " px");
                }
            } finally {
                gc.dispose();
            }
        });
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), decide(compared, "4.2", "2"), "4.2 cannot be N/A on the VIG scale");
        UiThread.flush();
        Screenshots.capture(SCREENSHOTS.resolve("compare-sheets-decided.png"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.COMPARE_MAKE));
        waitForText("VIG consensus", label(RatingIds.COMPARE_STATUS), "consensus sheet made by ST");

        choose(Widgets.byId(window, Combo.class, RatingIds.COMPARE_RECORDING), "review-1 - Likert");
        waitForText("the Likert pair", label(RatingIds.COMPARE_STATUS), "1 disagreement of 1 sub-item");
        Label status = label(RatingIds.COMPARE_STATUS);
        assertFalse(UiThread.call(status::getText).contains("1 sub-items"), "one sub-item");
        assertEquals(List.of("N/A", "5", "?"), UiThread.call(() -> List.of(row(compared, "1.1").getText(2),
                row(compared, "1.1").getText(3), row(compared, "1.1").getText(4))));
        assertTrue(decide(compared, "1.1", "N/A").contains("N/A"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.COMPARE_MAKE));
        waitForText("Likert consensus", label(RatingIds.COMPARE_STATUS), "consensus sheet made by ST");
        List<String> notes = UiThread.call(() -> store.project().getRatingSheets().stream().filter(RatingSheet::isConsensus)
                .map(RatingSheet::getDecisionNote).toList());
        assertEquals(List.of("4.2: NM 3, ST 1, agreed 2", "1.1: NM N/A, ST 5, agreed N/A"), notes);
    }

    @Test
    void aRecordingThatCannotBePlayedSaysSoAndTypedTimesStillWork() throws Exception {
        org.attune.model.Source video = store.project().getSources().get(0);
        Path file = store.folder().resolve(video.getStoredPath());
        Files.write(file, "not a video at all".repeat(100).getBytes()); // what a codec cannot decode
        choose(Widgets.byId(window, Combo.class, RatingIds.FORM_RECORDING), "review-1");
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);
        Label status = label(RatingIds.PLAYER_STATUS);
        UiThread.waitUntil("the reason shown", () -> status.getText().contains("Type times"), java.time.Duration.ofSeconds(30));
        assertFalse(UiThread.call(player::isPlayable));
        String shown = UiThread.call(status::getText);
        assertTrue(shown.contains("\"review-1\" cannot be played here") || shown.contains("web browser component cannot be used"), shown);
        Text typed = Widgets.byId(window, Text.class, RatingIds.PLAYER_TYPED_TIME);
        UiThread.run(() -> typed.setText("00:02.5"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_SET_IN));
        UiThread.run(() -> typed.setText("bad"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_GO));
        waitForText("a clear message", status, "\"bad\" is not a time; write hh:mm:ss.mmm");
        Label range = label(RatingIds.PLAYER_RANGE);
        assertEquals("In 00:00:02.500  Out -", UiThread.call(range::getText));

        // the timeline seeks where it is clicked; keys act while the player has the focus (events sent to the
        // widgets: posted OS input races the web view for the focus under Xvfb)
        org.eclipse.swt.widgets.Canvas timeline = Widgets.byId(window, org.eclipse.swt.widgets.Canvas.class, RatingIds.PLAYER_TIMELINE);
        UiThread.run(() -> {
            Event click = new Event();
            click.x = timeline.getClientArea().width / 2;
            click.y = 10;
            click.button = 1;
            timeline.notifyListeners(SWT.MouseDown, click);
        });
        UiThread.waitUntil("seeked to the middle", () -> Math.abs(player.currentMs() - 2500) < 20);
        long middle = UiThread.call(player::currentMs);
        for (int key : new int[] {SWT.ARROW_RIGHT, 'i', '.'}) {
            UiThread.run(() -> {
                Event press = new Event();
                press.keyCode = key;
                press.character = key == SWT.ARROW_RIGHT ? 0 : (char) key;
                timeline.notifyListeners(SWT.KeyDown, press);
            });
        }
        UiThread.waitUntil("a second and a frame later, the range starting a second later", () -> player.currentMs() == middle + 1040
                && range.getText().startsWith("In " + TimeCodes.format(middle + 1000)));
        assertTrue(UiThread.call(range::getText).endsWith("Out -"), "no out point yet");
        // The keys are bindings of the player's context (plugin.xml), which is off while a time is typed: there an
        // O is a letter, not Set Out.
        Input.focus(typed);
        UiThread.run(() -> typed.notifyListeners(SWT.KeyDown, letter('o')));
        UiThread.flush();
        assertTrue(UiThread.call(range::getText).endsWith("Out -"), "O typed in the time field: " + UiThread.call(range::getText));
        Input.focus(timeline);
        UiThread.run(() -> timeline.notifyListeners(SWT.KeyDown, letter('o')));
        UiThread.waitUntil("O on the timeline sets the out point", () -> range.getText().endsWith("Out " + TimeCodes.format(middle + 1040)));
        Screenshots.capture(SCREENSHOTS.resolve("player-cannot-play.png"));
    }

    private static Event letter(char key) {
        Event press = new Event();
        press.keyCode = key;
        press.character = key;
        return press;
    }

    /** Imports subtitles for the video: its transcript, linked to it. */
    private org.attune.model.TextSource linkedTranscript() throws Exception {
        Path subtitles = Files.writeString(tmp.resolve("review-1.srt"),
                "1\n00:00:00,500 --> 00:00:02,000\nGuider: Look at her face here.\n\n2\n00:00:03,000 --> 00:00:04,500\nMother: She is waiting for me.\n");
        new Importer(store, ImportOptions.defaults()).importAll(List.of(subtitles), ImportProgress.NONE);
        org.attune.model.TextSource transcript = (org.attune.model.TextSource) store.project().getSources().stream()
                .filter(org.attune.model.TextSource.class::isInstance).findFirst().orElseThrow();
        if (transcript.getMedia() != video()) {
            store.apply("link", () -> transcript.setMedia(video()));
        }
        store.load(transcript);
        return transcript;
    }

    private org.attune.model.VideoSource video() {
        return (org.attune.model.VideoSource) store.project().getSources().stream()
                .filter(org.attune.model.VideoSource.class::isInstance).findFirst().orElseThrow();
    }

    /** A double-click on a video in the Project Explorer opens it in the Media Player, and its transcript beside it (#22). */
    @Test
    void aVideoOpensFromTheProjectExplorerWithItsTranscript() throws Exception {
        org.attune.model.TextSource transcript = linkedTranscript();
        Input.select(Widgets.menuItem(window, "Window", "Project Explorer"));
        org.eclipse.swt.widgets.Tree explorer = Widgets.byId(window, org.eclipse.swt.widgets.Tree.class,
                org.attune.ui.WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the video in the explorer", () -> Widgets.treeItem(explorer.getItems(), i -> i.getData() == video()) != null);
        UiThread.run(() -> {
            org.eclipse.swt.widgets.TreeItem item = Widgets.treeItem(explorer.getItems(), i -> i.getData() == video());
            Input.openItem(item);
        });
        UiThread.waitUntil("the Media Player with the video", () -> MediaPlayerView.find() != null
                && MediaPlayerView.find().media() == video());
        UiThread.waitUntil("the transcript open", () -> java.util.Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().getEditorReferences()).anyMatch(r -> r.getEditor(false) instanceof org.attune.ui.editors.SourceEditor s
                        && s.source() == transcript));
        UiThread.flush();
        Screenshots.capture(SCREENSHOTS.resolve("video-opened-from-explorer.png"));

        UiThread.run(() -> MediaPlayerView.find().open(null));
        Input.select(Widgets.contextMenuItem(explorer, "Open"));
        UiThread.waitUntil("Open in the context menu opens it too", () -> MediaPlayerView.find().media() == video());
    }

    /**
     * The player's buttons (Code Range too) and the sheet's Add Evidence buttons run their commands (#16), as their keys or a menu
     * would: each click is seen by the command service's execution listeners with the parameter the button passes (a
     * typed time, the sub-item), and has its effect; a time that is not one is refused in the status line.
     */
    @Test
    void thePlayersButtonsAndAddEvidenceRunTheirCommands() throws Exception {
        addScale(VIG);
        startSheet();
        waitForText("the sheet", label(RatingIds.FORM_STATUS), "0 of 52 scored");
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);
        UiThread.waitUntil("the recording loaded", () -> player.durationMs() > 4900, java.time.Duration.ofSeconds(30));
        var commands = UiThread.call(() -> PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class));
        try (RanCommands ran = RanCommands.record()) {
            for (String id : List.of(MediaPlayerView.PLAY_PAUSE, MediaPlayerView.BACK, MediaPlayerView.FORWARD, MediaPlayerView.PREVIOUS_FRAME,
                    MediaPlayerView.NEXT_FRAME, MediaPlayerView.SET_IN, MediaPlayerView.SET_OUT, MediaPlayerView.GO, MediaPlayerView.CODE_RANGE,
                    RatingFormView.ADD_EVIDENCE)) {
                UiThread.run(() -> {
                    var command = commands.getCommand(id);
                    assertTrue(command.isDefined() && command.isHandled(), id + " is contributed and handled");
                });
            }
            Text typed = Widgets.byId(window, Text.class, RatingIds.PLAYER_TYPED_TIME);
            Label time = label(RatingIds.PLAYER_TIME);
            Label range = label(RatingIds.PLAYER_RANGE);
            UiThread.run(() -> typed.setText("00:00:01.000"));
            Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_SET_IN));
            waitForText("In from the typed time", range, "In 00:00:01.000");
            UiThread.run(() -> typed.setText("00:00:03.000"));
            Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_GO));
            waitForText("Go to the typed time", time, "00:00:03.000 /");
            Input.click(Widgets.byText(window, Button.class, "+1 frame"));
            waitForText("a frame on", time, "00:00:03.040 /");
            Input.click(Widgets.byText(window, Button.class, "-1 frame"));
            waitForText("a frame back", time, "00:00:03.000 /");
            Input.click(Widgets.byText(window, Button.class, "-1 s"));
            waitForText("a second back", time, "00:00:02.000 /");
            Input.click(Widgets.byText(window, Button.class, "+1 s"));
            waitForText("a second on", time, "00:00:03.000 /");
            UiThread.run(() -> typed.setText(""));
            Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_SET_OUT));
            waitForText("Out at the playhead: nothing typed", range, "In 00:00:01.000  Out 00:00:03.000");
            UiThread.run(() -> typed.setText("soon"));
            Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_SET_IN));
            waitForText("the status says why", label(RatingIds.PLAYER_STATUS), "\"soon\" is not a time");
            assertEquals("In 00:00:01.000  Out 00:00:03.000", UiThread.call(range::getText), "a time that is not one changes nothing");
            Input.click(Widgets.byId(window, Button.class, RatingIds.FORM_ADD_EVIDENCE + "4.2"));
            waitForText("the evidence moment", label(RatingIds.FORM_EVIDENCE + "4.2"), "00:00:01.000-00:00:03.000");
            Text codeName = Widgets.byId(window, Text.class, RatingIds.PLAYER_CODE_NAME);
            UiThread.run(() -> codeName.setText("Attuned response"));
            Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_CODE_RANGE));
            UiThread.waitUntil("Code Range coded the marked range with the typed code", () -> codedOver(video(), "Attuned response", 1000, 3000));
            boolean playable = UiThread.call(player::isPlayable);
            Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_PLAY));
            if (playable) {
                UiThread.waitUntil("playback", () -> player.currentMs() > 3300);
                Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_PLAY));
            }
            UiThread.waitUntil("every click ran its command", () -> ran.list().size() >= (playable ? 12 : 11));
            assertEquals(List.of("setIn[00:00:01.000]", "go[00:00:03.000]", "nextFrame[]", "previousFrame[]", "back[]", "forward[]", "setOut[]",
                    "setIn[soon]", "addEvidence[4.2]", "codeRange[]", "playPause[]"), ran.list().subList(0, 11));
        }
    }

    @Test
    void aTimeRangeIsCodedFromThePlayerAndTheTranscriptFollowsPlayback() throws Exception {
        org.attune.model.TextSource transcript = linkedTranscript();
        org.attune.model.VideoSource video = video();
        choose(Widgets.byId(window, Combo.class, RatingIds.FORM_RECORDING), "review-1");
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);

        Text typed = Widgets.byId(window, Text.class, RatingIds.PLAYER_TYPED_TIME);
        typeAndPress(typed, "00:00:01", RatingIds.PLAYER_SET_IN);
        typeAndPress(typed, "00:00:03", RatingIds.PLAYER_SET_OUT);
        Text codeName = Widgets.byId(window, Text.class, RatingIds.PLAYER_CODE_NAME);
        UiThread.run(() -> codeName.setText("Shared attention"));
        Input.click(Widgets.byId(window, Button.class, RatingIds.PLAYER_CODE_RANGE));
        UiThread.waitUntil("the range coded", () -> codedOver(video, "Shared attention", 1000, 3000));

        // Ctrl+1 in the player codes the marked range with the code used last (bound in the transcript context).
        typeAndPress(typed, "00:00:05", RatingIds.PLAYER_SET_OUT);
        Input.focus(Widgets.byId(window, org.eclipse.swt.widgets.Canvas.class, RatingIds.PLAYER_TIMELINE));
        Input.chord(SWT.CTRL, '1');
        UiThread.waitUntil("Ctrl+1 coded the new range", () -> codedOver(video, "Shared attention", 1000, 5000));

        // Ctrl+Q in the player opens the code picker with the code used last first; Enter codes the range with it.
        typeAndPress(typed, "00:00:02", RatingIds.PLAYER_SET_IN);
        Input.focus(Widgets.byId(window, org.eclipse.swt.widgets.Canvas.class, RatingIds.PLAYER_TIMELINE));
        Input.chord(SWT.CTRL, 'q');
        Shell picker = Widgets.shell(org.attune.ui.handlers.QuickCodeHandler.TITLE);
        org.eclipse.swt.widgets.Table list = Widgets.byId(picker, org.eclipse.swt.widgets.Table.class, org.attune.ui.WidgetIds.CODE_PICKER_LIST);
        UiThread.waitUntil("the code used last first", () -> list.getItemCount() > 0 && list.getItem(0).getText(0).equals("Shared attention"));
        Input.focus(Widgets.byId(picker, Text.class, org.attune.ui.WidgetIds.CODE_PICKER_FILTER));
        Input.key(SWT.CR);
        UiThread.waitUntil("Ctrl+Q coded the range", () -> codedOver(video, "Shared attention", 2000, 5000));

        // The code box suggests codes as you type; Enter takes the highlighted one.
        typeAndPress(typed, "00:00:03", RatingIds.PLAYER_SET_IN);
        UiThread.run(() -> codeName.setText(""));
        Input.clickAt(codeName); // the pointer on the box: without a window manager the keyboard follows the pointer
        Input.type(codeName, "shared");
        org.eclipse.swt.widgets.Table suggestions = Widgets.byId(window, org.eclipse.swt.widgets.Table.class, org.attune.ui.WidgetIds.CODE_SUGGESTIONS);
        UiThread.waitUntil("the suggestion", () -> suggestions.isVisible() && suggestions.getItemCount() > 0
                && suggestions.getItem(0).getText(0).equals("Shared attention"));
        Input.key(SWT.CR);
        UiThread.waitUntil("the suggestion coded the range", () -> codedOver(video, "Shared attention", 3000, 5000));

        org.attune.ui.editors.SourceEditor editor = UiThread.call(() -> {
            try {
                return org.attune.ui.editors.SourceEditor.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                        store, transcript, -1, -1);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        String text = store.text(transcript);
        int secondLine = UiThread.call(() -> editor.textWidget().getLineAtOffset(text.indexOf("She is waiting")));
        UiThread.run(() -> player.seek(3500));
        UiThread.waitUntil("the transcript follows to the second cue", () -> editor.followedLine() == secondLine);

        // A click on the first cue's words seeks the player to its time.
        UiThread.run(() -> {
            editor.textWidget().setCaretOffset(text.indexOf("her face"));
            editor.textWidget().notifyListeners(SWT.MouseUp, new Event());
        });
        UiThread.waitUntil("seeked to the first cue", () -> player.currentMs() == 500);
    }

    @Test
    void aSecondRatersCopyIsMergedFromTheRatingsMenu() throws Exception {
        // The second rater's copy: this project as it is now, copied, with a sheet started there by ST.
        Workbench.closeProject();
        Path copy = tmp.resolve("copy-of-st");
        ProjectCopies.colleaguesCopy(store.folder(), copy);
        try (ProjectStore theirs = ProjectStore.open(copy, OpenOptions.of("copy").withBackups(false))) {
            theirs.setCurrentUser("ST");
            var scale = org.attune.ratings.ScaleTemplates.add(theirs, org.attune.ratings.ScaleTemplates.Template.named("LIKERT7"));
            var service = new org.attune.ratings.RatingService(theirs);
            service.start(theirs.project().getSources().get(0), scale, theirs.currentUser(), service.practitioner("Practitioner 1"),
                    "VIG shared review");
        }
        ProjectStore reopened = ProjectStore.open(store.folder(), OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        store = reopened;
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(reopened));
        assertEquals(0, reopened.project().getRatingSheets().size());

        Shell shell = Workbench.window();
        UiThread.post(() -> MergeCopyHandler.merge(shell, copy));
        Shell report = Widgets.shell(MergeCopyHandler.TITLE);
        Label shown = Widgets.find(report, Label.class, l -> l.getText().contains("added"), "the report");
        String message = UiThread.call(shown::getText);
        assertTrue(message.startsWith("4 added, 0 updated") && message.contains("added: ST's sheet"), message); // user, scale, case, sheet
        Input.click(Widgets.byText(report, Button.class, "OK"));
        UiThread.waitUntil("the sheet merged", () -> reopened.project().getRatingSheets().size() == 1);
        assertEquals("ST", UiThread.call(() -> reopened.project().getRatingSheets().get(0).getCreatedBy().getName()));
    }

    /** The first row (depth first) whose label starts with {@code prefix}; call on the UI thread. */
    private static org.eclipse.swt.widgets.TreeItem row(Tree tree, String prefix) {
        java.util.Deque<org.eclipse.swt.widgets.TreeItem> todo = new java.util.ArrayDeque<>(List.of(tree.getItems()));
        while (!todo.isEmpty()) {
            var item = todo.pollFirst();
            if (item.getText().startsWith(prefix)) {
                return item;
            }
            List<org.eclipse.swt.widgets.TreeItem> children = List.of(item.getItems());
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.addFirst(children.get(i));
            }
        }
        return null;
    }

    private void answer(String title, String text) {
        Shell dialog = Widgets.shell(title);
        UiThread.run(() -> Widgets.first(dialog, Text.class, t -> true).orElseThrow().setText(text));
        Input.click(Widgets.byText(dialog, Button.class, "OK"));
        UiThread.waitUntil("the dialog closed", () -> dialog.isDisposed());
    }

    @Test
    void scaleEditorEditsAreUndoableActions() {
        addScale("Likert");
        Tree scales = Widgets.byId(window, Tree.class, RatingIds.SCALES_TREE);
        UiThread.waitUntil("the Likert scale", () -> row(scales, "Likert 1-7 (version 1)") != null);
        var scale = UiThread.call(() -> store.project().getRatingScales().get(0));

        UiThread.run(() -> scales.setSelection(row(scales, "1  Statements")));
        Input.click(Widgets.byText(window, Button.class, "Used / Not Used"));
        UiThread.waitUntil("item 1 not used", () -> row(scales, "1  Statements") != null && row(scales, "1  Statements").getText().endsWith("[not used]"));
        assertTrue(UiThread.call(() -> scale.getItems().get(0).isNotUsed()));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("undone", () -> row(scales, "1  Statements") != null && !row(scales, "1  Statements").getText().endsWith("[not used]"));
        assertFalse(UiThread.call(() -> scale.getItems().get(0).isNotUsed()));

        UiThread.run(() -> scales.setSelection(row(scales, "Likert 1-7")));
        Input.click(Widgets.byText(window, Button.class, "Add Level..."));
        answer("Add Level", "8");
        answer("Add Level", "Beyond agreement");
        UiThread.waitUntil("the new level", () -> row(scales, "8  Beyond agreement") != null);
        assertEquals(8, UiThread.call(() -> scale.getLevels().size()), "the same version: no sheet uses it");
        assertEquals(1, UiThread.call(() -> store.project().getRatingScales().size()));
    }

    /** Whether {@code media} has a coding with {@code code} over exactly {@code startMs}-{@code endMs}. */
    private static boolean codedOver(org.attune.model.MediaSource media, String code, long startMs, long endMs) {
        return media.getCodings().stream().anyMatch(c -> c.getCode().getName().equals(code)
                && c.getSelection() instanceof org.attune.model.TimeSelection t && t.getStartMs() == startMs && t.getEndMs() == endMs);
    }

    /** Types {@code time} into the player's time box and presses the player's button {@code buttonId} (In, Out, Go). */
    private void typeAndPress(Text typed, String time, String buttonId) {
        UiThread.run(() -> typed.setText(time));
        Input.click(Widgets.byId(window, Button.class, buttonId));
    }
}
