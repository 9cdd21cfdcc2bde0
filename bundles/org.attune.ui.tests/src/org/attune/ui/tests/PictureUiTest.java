package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.attune.coding.Codebook;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.RegionSelection;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.PictureEditor;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture opened from the Project Explorer in the picture viewer: a rectangle dragged with the mouse is coded
 * through the code picker (in picture pixels, whatever the scale it is shown at) and Edit > Undo takes it back;
 * Ctrl+= zooms and Ctrl+0 fits again, the arrow keys pan and +, - and 0 zoom and fit; a damaged picture file is said in
 * the viewer.
 */
class PictureUiTest {
    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;
    private ProjectStore store;
    private ImageSource picture;
    private Shell window;

    @BeforeEach
    void importAPicture(@TempDir Path tmp) throws Exception {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int x = 100; x < 200; x++) {
            for (int y = 80; y < 160; y++) {
                image.setRGB(x, y, 0xd9a441); // a patch of sand
            }
        }
        Path file = Files.createDirectories(tmp.resolve("in")).resolve("sand tableau.png");
        ImageIO.write(image, "png", file.toFile());
        store = ProjectStore.create(tmp.resolve("p"), "Pictures", OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
        picture = (ImageSource) store.project().getSources().get(0);
        window = Workbench.open(store);
    }

    @AfterEach
    void closeTheProject() {
        Workbench.closeEditorsAndProject();
    }

    /** Opens the picture as a researcher does: select it in the Project Explorer and press Enter (double-click). */
    private PictureEditor openFromExplorer() {
        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        String name = picture.getName();
        UiThread.waitUntil("the picture in the explorer", () -> CodingUiTest.find(explorer.getItems(), name) != null);
        UiThread.run(() -> {
            TreeItem item = CodingUiTest.find(explorer.getItems(), name);
            Input.openItem(item);
        });
        UiThread.waitUntil("the picture viewer", () -> Workbench.page().getActiveEditor() instanceof PictureEditor p
                && p.getPartName().equals(name));
        return UiThread.call(() -> (PictureEditor) Workbench.page().getActiveEditor());
    }

    /** Opens the picture from the explorer and waits until the viewer shows it, with no coded region yet. */
    private PictureEditor openAndShown() {
        PictureEditor viewer = openFromExplorer();
        Canvas canvas = UiThread.call(viewer::canvas);
        Label status = status();
        UiThread.waitUntil("the picture shown", () -> canvas.getClientArea().width > 50 && status.getText().contains("0 coded regions"));
        return viewer;
    }

    /** The viewer's status line. */
    private Label status() {
        return Widgets.byId(window, Label.class, WidgetIds.PICTURE_STATUS);
    }

    private List<Coding> codings() {
        return UiThread.call(() -> List.copyOf(picture.getCodings()));
    }

    @Test
    void aDraggedRectangleIsCodedInPicturePixelsAndUndone() {
        PictureEditor viewer = openAndShown();
        Canvas canvas = UiThread.call(viewer::canvas);
        Label status = status();
        Rectangle area = UiThread.call(canvas::getClientArea);
        double scale = Math.min((double) area.width / WIDTH, (double) area.height / HEIGHT);
        int left = (int) Math.round((area.width - WIDTH * scale) / 2);
        int top = (int) Math.round((area.height - HEIGHT * scale) / 2);
        // drag over the patch of sand, (100, 80) to (200, 160) in the picture, at the scale it is shown
        int fromX = left + (int) Math.round(100 * scale);
        int fromY = top + (int) Math.round(80 * scale);
        int toX = left + (int) Math.round(200 * scale);
        int toY = top + (int) Math.round(160 * scale);
        Input.drag(canvas, fromX, fromY, toX, toY);

        Shell picker = Widgets.shell(Messages.PictureEditor_codeTitle);
        assertEquals(List.of(org.attune.ui.dialogs.CodePicker.NEW_CODE + "Safe place|" + org.attune.ui.dialogs.CodePicker.NEW_WHERE),
                CodePickerUiTest.narrow(picker, "Safe place"));
        Input.key(SWT.CR);
        UiThread.waitUntil("the region coded", () -> picture.getCodings().size() == 1 && status.getText().contains("1 coded region"));

        Coding coding = codings().get(0);
        assertEquals("Safe place", UiThread.call(() -> coding.getCode().getName()));
        RegionSelection region = (RegionSelection) coding.getSelection();
        int tolerance = (int) Math.ceil(1 / scale) + 1; // one screen pixel is this many picture pixels at most
        assertTrue(Math.abs(region.getX() - 100) <= tolerance && Math.abs(region.getY() - 80) <= tolerance, "at " + region.getX() + "," + region.getY());
        assertTrue(Math.abs(region.getX() + region.getWidth() - 200) <= tolerance && Math.abs(region.getY() + region.getHeight() - 160) <= tolerance,
                "size " + region.getWidth() + "\u00d7" + region.getHeight() + " at scale " + scale);
        assertEquals((int) Math.round((fromX - left) / scale), region.getX(), "the drag's start, in picture pixels");
        assertEquals((int) Math.round((toX - left) / scale) - region.getX(), region.getWidth(), "the drag's width, in picture pixels");

        Input.select(Widgets.menuItem(window, "Edit", "Undo Code with 'Safe place'"));
        UiThread.waitUntil("undo takes the region back", () -> picture.getCodings().isEmpty() && status.getText().contains("0 coded regions"));
        assertTrue(UiThread.call(() -> new Codebook(store).find("Safe place").isEmpty()), "and the code made with it");

        // Ctrl+= zooms in a step, Ctrl+0 fits the picture to the viewer again
        long fit = Math.round(scale * 100);
        UiThread.waitUntil("shown fit", () -> status.getText().contains("shown at " + fit + "%"));
        Input.focus(canvas);
        Input.chord(SWT.CTRL, '=');
        UiThread.waitUntil("zoomed in", () -> status.getText().contains("shown at " + Math.round(scale * 1.25 * 100) + "%"));
        Input.chord(SWT.CTRL, '0');
        UiThread.waitUntil("fit again", () -> status.getText().contains("shown at " + fit + "%"));
    }

    /**
     * The viewer's keys, pressed as a user does with the picture focused: each arrow key moves the picture a tenth
     * of the viewer's width (at least 20 pixels) the way a hand would drag it; + and = zoom in a step, - out, 0 fits
     * and centres again, alone or with Ctrl; the status line says the scale. A key the viewer does not use changes
     * nothing.
     */
    @Test
    void theKeyboardPansZoomsAndFitsThePicture() throws Exception {
        PictureEditor viewer = openAndShown();
        Canvas canvas = UiThread.call(viewer::canvas);
        Label status = status();
        Rectangle area = UiThread.call(canvas::getClientArea);
        double fit = Math.min((double) area.width / WIDTH, (double) area.height / HEIGHT);
        UiThread.waitUntil("the status line says the scale the picture is shown at, fit to the viewer as it is now",
                () -> status.getText().contains("shown at " + Math.round(fit * 100) + "%"));
        int[] centred = UiThread.call(viewer::origin);
        assertEquals(Math.round((area.width - WIDTH * fit) / 2), centred[0], "centred, fit to the viewer");
        int step = Math.max(20, area.width / 10);
        Input.focus(canvas);

        Input.key(SWT.ARROW_RIGHT);
        UiThread.waitUntil("moved left", () -> viewer.origin()[0] == centred[0] - step);
        Input.key(SWT.ARROW_DOWN);
        Input.key(SWT.ARROW_DOWN);
        UiThread.waitUntil("moved up twice", () -> viewer.origin()[1] == centred[1] - 2 * step);
        Input.key(SWT.ARROW_LEFT);
        Input.key(SWT.ARROW_UP);
        UiThread.waitUntil("back one step each way", () -> viewer.origin()[0] == centred[0] && viewer.origin()[1] == centred[1] - step);
        assertTrue(UiThread.call(status::getText).contains("shown at " + Math.round(fit * 100) + "%"), "panning does not zoom");

        Input.chord(0, '=');
        UiThread.waitUntil("zoomed in by =", () -> status.getText().contains("shown at " + Math.round(fit * 1.25 * 100) + "%"));
        Input.key(SWT.KEYPAD_ADD);
        UiThread.waitUntil("zoomed in by keypad +", () -> status.getText().contains("shown at " + Math.round(fit * (1.25 * 1.25) * 100) + "%"));
        org.attune.ui.testsupport.Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("picture-zoomed-and-panned.png"));
        Input.chord(0, '-');
        UiThread.waitUntil("zoomed out by -", () -> status.getText().contains("shown at " + Math.round(fit * 1.25 * 100) + "%"));
        Input.chord(SWT.CTRL, '-');
        Input.chord(SWT.CTRL, '-');
        UiThread.waitUntil("smaller than fit by Ctrl+-", () -> status.getText().contains("shown at " + Math.round(fit * (1 / 1.25) * 100) + "%"));
        Input.chord(0, 'x');
        assertTrue(UiThread.call(status::getText).contains("shown at " + Math.round(fit * (1 / 1.25) * 100) + "%"), "x does nothing");

        Input.chord(0, '0');
        UiThread.waitUntil("fit and centred again by 0", () -> status.getText().contains("shown at " + Math.round(fit * 100) + "%")
                && java.util.Arrays.equals(viewer.origin(), centred));
    }

    /** Where a picture pixel is shown on the canvas, fit to the viewer. */
    private static int[] onCanvas(Canvas canvas, int x, int y) {
        Rectangle area = UiThread.call(canvas::getClientArea);
        double scale = Math.min((double) area.width / WIDTH, (double) area.height / HEIGHT);
        return new int[] {(int) Math.round((area.width - WIDTH * scale) / 2 + x * scale), (int) Math.round((area.height - HEIGHT * scale) / 2 + y * scale)};
    }

    /**
     * Issue #18: the coded region's thumbnail in Coded Segments; a click selects the region and Memo on Region...
     * writes a memo on it, shown as the region's tooltip and in the Memos view; Link to... links the picture to the
     * transcript in which the child describes it, listed under the picture in the Project Explorer, and Open Linked
     * goes from the transcript to the picture and back. Undo takes back the memo and the link.
     */
    @Test
    void aRegionShowsItsThumbnailTakesAMemoAndThePictureLinksToItsTranscript(@TempDir Path in) throws Exception {
        Path story = Files.writeString(in.resolve("Tableau story.txt"), "Child: This is the sand where the family lives.\n");
        new Importer(store, ImportOptions.defaults()).importAll(List.of(story), ImportProgress.NONE);
        PictureEditor viewer = openAndShown();
        Canvas canvas = UiThread.call(viewer::canvas);
        Label status = status();
        int[] from = onCanvas(canvas, 100, 80);
        int[] to = onCanvas(canvas, 200, 160);
        Input.drag(canvas, from[0], from[1], to[0], to[1]);
        CodePickerUiTest.narrow(Widgets.shell(Messages.PictureEditor_codeTitle), "Sand");
        Input.key(SWT.CR);
        UiThread.waitUntil("the region coded", () -> picture.getCodings().size() == 1);
        Coding coding = codings().get(0);

        // its thumbnail in Coded Segments: the crop of the patch of sand, made in the background
        org.attune.ui.views.CodedSegmentsView segments = UiThread.call(() -> {
            try {
                return (org.attune.ui.views.CodedSegmentsView) Workbench.page().showView(org.attune.ui.views.CodedSegmentsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        UiThread.run(() -> segments.show(List.of(coding.getCode())));
        UiThread.waitUntil("the region's thumbnail", () -> segments.thumbnailOf(0) != null);
        org.eclipse.swt.graphics.ImageData thumb = UiThread.call(() -> segments.thumbnailOf(0).getImageData());
        RegionSelection region = (RegionSelection) coding.getSelection();
        assertEquals(48, Math.max(thumb.width, thumb.height), "scaled to fit the thumbnail");
        assertEquals(Math.round(48.0 * region.getHeight() / region.getWidth()), thumb.height, 1, "the region's shape");
        org.eclipse.swt.graphics.RGB middle = thumb.palette.getRGB(thumb.getPixel(thumb.width / 2, thumb.height / 2));
        assertEquals(new org.eclipse.swt.graphics.RGB(0xd9, 0xa4, 0x41), middle, "the thumbnail is the coded patch of sand");

        // double-clicked in Coded Segments: the picture with the region selected
        org.eclipse.swt.widgets.Table rows = Widgets.byId(window, org.eclipse.swt.widgets.Table.class, WidgetIds.SEGMENTS_TABLE);
        UiThread.run(() -> {
            rows.setSelection(0);
            rows.notifyListeners(SWT.DefaultSelection, new Event());
        });
        UiThread.waitUntil("the region selected from Coded Segments", () -> viewer.selected() == coding);
        UiThread.run(() -> viewer.select(null));

        // a click on the region selects it; Memo on Region... writes a memo on it
        UiThread.run(() -> Workbench.page().activate(viewer));
        int[] inside = onCanvas(canvas, 150, 120);
        Input.clickAt(canvas, inside[0], inside[1]);
        UiThread.waitUntil("the region selected", () -> viewer.selected() == coding);
        Input.select(Widgets.contextMenuItem(canvas, "Memo on Region..."));
        Shell ask = Widgets.shell(Messages.PictureEditor_memoTitle);
        Input.type(Widgets.find(ask, org.eclipse.swt.widgets.Text.class, t -> true, "the memo's text"), "The family lives here.");
        Input.click(Widgets.byText(ask, org.eclipse.swt.widgets.Button.class, "OK"));
        UiThread.waitUntil("the memo on the region", () -> new org.attune.coding.Memos(store).about(coding).size() == 1);
        assertEquals("The family lives here.", UiThread.call(() -> new org.attune.coding.Memos(store).about(coding).get(0).getText()));
        UiThread.waitUntil("listed in the Memos view", () -> Widgets.first(window, org.eclipse.swt.widgets.Table.class,
                t -> java.util.Arrays.stream(t.getItems()).anyMatch(i -> i.getText(0).equals("About Sand")
                        && i.getText(1).contains("Sand"))).isPresent());
        UiThread.run(() -> Workbench.page().activate(viewer));
        UiThread.run(() -> {
            Event move = new Event();
            move.x = inside[0];
            move.y = inside[1];
            canvas.notifyListeners(SWT.MouseMove, move);
        });
        assertEquals("About Sand: The family lives here.", UiThread.call(canvas::getToolTipText), "the memo as the region's tooltip");
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo New memo"));
        UiThread.waitUntil("undo takes the memo back", () -> new org.attune.coding.Memos(store).about(coding).isEmpty());

        // Link to... the transcript, listed under the picture in the Project Explorer
        UiThread.run(() -> Workbench.page().activate(viewer));
        Input.select(Widgets.contextMenuItem(canvas, "Link to..."));
        Shell pick = Widgets.shell(Messages.SourceLinks_linkTitle);
        Input.type(Widgets.find(pick, org.eclipse.swt.widgets.Text.class, t -> true, "the filter"), "Tableau");
        org.eclipse.swt.widgets.Table choices = Widgets.find(pick, org.eclipse.swt.widgets.Table.class, t -> true, "the sources to pick");
        UiThread.waitUntil("only the transcript left to pick", () -> choices.getItemCount() == 1
                && choices.getItem(0).getText().equals("Tableau story"));
        UiThread.run(() -> {
            choices.setSelection(0);
            choices.notifyListeners(SWT.Selection, new Event());
        });
        Input.click(Widgets.byText(pick, org.eclipse.swt.widgets.Button.class, "OK"));
        UiThread.waitUntil("the link", () -> store.project().getLinks().size() == 1);
        org.attune.model.TextSource transcript = UiThread.call(() -> (org.attune.model.TextSource) store.project().getSources()
                .stream().filter(s -> s.getName().equals("Tableau story")).findFirst().orElseThrow());
        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the link under the picture", () -> {
            TreeItem item = CodingUiTest.find(explorer.getItems(), NLS.bind(Messages.ProjectExplorerView_picture, picture.getName()));
            if (item == null) {
                return false;
            }
            Event expand = new Event();
            expand.item = item;
            explorer.notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
            return item.getItemCount() == 1 && item.getItem(0).getText().equals(NLS.bind(Messages.ProjectExplorerView_linked, "Tableau story"));
        });

        // Open Linked: from the transcript to the picture, and back
        UiThread.run(() -> {
            try {
                org.attune.ui.editors.SourceEditor.open(Workbench.page(), store, transcript, -1, -1);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
            Workbench.page().closeEditor(viewer, false);
        });
        org.eclipse.swt.custom.StyledText text = Widgets.byId(window, org.eclipse.swt.custom.StyledText.class, WidgetIds.SOURCE_TEXT);
        Input.select(Widgets.contextMenuItem(text, "Open Linked"));
        UiThread.waitUntil("the picture from its transcript", () -> Workbench.page().getActiveEditor() instanceof PictureEditor p
                && p.picture() == picture);
        PictureEditor again = UiThread.call(() -> (PictureEditor) Workbench.page().getActiveEditor());
        Input.select(Widgets.contextMenuItem(again.canvas(), "Open Linked"));
        UiThread.waitUntil("the transcript from its picture", () -> Workbench.page().getActiveEditor() instanceof org.attune.ui.editors.SourceEditor e
                && e.source() == transcript);

        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo Link"));
        UiThread.waitUntil("undo takes the link back", () -> store.project().getLinks().isEmpty());
    }


    @Test
    void aDamagedPictureFileIsSaidInTheViewer() throws Exception {
        Path file = store.folder().resolve(picture.getStoredPath());
        Files.writeString(file, "not a picture any more");
        openFromExplorer();
        Label status = Widgets.byId(window, Label.class, WidgetIds.PICTURE_STATUS);
        assertEquals(NLS.bind(Messages.PictureEditor_unreadable, picture.getName(), file.normalize()), UiThread.call(status::getText));
    }
}
