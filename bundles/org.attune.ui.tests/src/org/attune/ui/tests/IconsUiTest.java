package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.attune.coding.Colours;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.Code;
import org.attune.model.Source;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.Images;
import org.attune.testsupport.Recordings;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandImageService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Icons: every Attune action in the main menus shows an image (and the menu shows it), the Project Explorer shows each
 * source by its kind (the sample's transcripts, an imported recording, picture and e-mail), and a code in the Codebook
 * is a tag in its own colour.
 */
class IconsUiTest {
    /** Rare actions of the main menus that need no picture of their own. */
    private static final Set<String> WITHOUT_IMAGE = Set.of("org.attune.ui.commands.about", "org.attune.ui.commands.restoreBackup");

    private ProjectStore store;

    @AfterEach
    void closeTheProject() {
        Workbench.closeEditorsAndProject();
    }

    @Test
    void everyAttuneActionInTheMainMenusHasAnImage() {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        ICommandImageService images = UiThread.call(() -> PlatformUI.getWorkbench().getService(ICommandImageService.class));
        for (IConfigurationElement contribution : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus")) {
            if (!contribution.getContributor().getName().startsWith("org.attune.")
                    || !contribution.getAttribute("locationURI").startsWith("menu:")) {
                continue; // context menus and the status line are not main menus
            }
            for (IConfigurationElement command : commands(contribution)) {
                String id = command.getAttribute("commandId");
                String target = id;
                for (IConfigurationElement parameter : command.getChildren("parameter")) {
                    target = parameter.getAttribute("value"); // Window > Codebook: showView of an Attune view
                }
                if (!target.startsWith("org.attune.") || WITHOUT_IMAGE.contains(id)) {
                    continue;
                }
                String icon = command.getAttribute("icon");
                ImageDescriptor image = icon != null
                        ? ResourceLocator.imageDescriptorFromBundle(contribution.getContributor().getName(), icon).orElse(null)
                        : UiThread.call(() -> images.getImageDescriptor(id));
                checked.add(target);
                if (image == null || UiThread.call(() -> loads(image)) == false) {
                    missing.add(target + " (" + command.getAttribute("label") + ")");
                }
            }
        }
        assertTrue(checked.size() >= 20, "the main menus' Attune actions were found: " + checked);
        assertTrue(checked.containsAll(List.of("org.attune.ui.commands.import", "org.attune.ui.commands.quickCode",
                "org.attune.ui.commands.showSearch", "org.attune.ui.analysis.commands.exportProject",
                "org.attune.ui.analysis.commands.mergeProject", "org.attune.ui.views.codebook")), checked.toString());
        assertEquals(List.of(), missing, "main actions without an image");

        Shell window = Workbench.window();
        for (String[] path : List.of(new String[] {"File", "Import..."}, new String[] {"File", "Export Project"},
                new String[] {"Edit", "Quick Code..."}, new String[] {"Window", "Codebook"})) {
            MenuItem item = Widgets.menuItemStartingWith(window, path);
            assertNotNull(UiThread.call(item::getImage), String.join(" > ", path) + " shows its image");
        }
    }

    private static List<IConfigurationElement> commands(IConfigurationElement parent) {
        List<IConfigurationElement> all = new ArrayList<>();
        for (IConfigurationElement child : parent.getChildren()) {
            if (child.getName().equals("command")) {
                all.add(child);
            } else {
                all.addAll(commands(child));
            }
        }
        return all;
    }

    private static boolean loads(ImageDescriptor descriptor) {
        Image image = descriptor.createImage(false);
        if (image == null) {
            return false;
        }
        image.dispose();
        return true;
    }

    @Test
    void theProjectExplorerShowsEachSourceByItsKindAndTheCodebookCodesInTheirColours(@TempDir Path tmp) throws Exception {
        store = SampleProject.create(tmp.resolve("sample"), OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        Path in = Files.createDirectories(tmp.resolve("in"));
        new Importer(store, ImportOptions.defaults()).importAll(List.of(Recordings.silentWave(in.resolve("home visit.wav"), 8000, 500),
                png(in.resolve("sand tableau.png")), mail(in.resolve("from the nursery.eml"))), ImportProgress.NONE);
        Shell window = Workbench.open(store);
        Workbench.resize(window, 1280, 800);
        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the project in the explorer", () -> explorer.getItemCount() == 1);

        Map<String, Image> byKind = new HashMap<>();
        // the sources themselves, not their names: the practice recording and its transcript share theirs
        Set<Source> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        UiThread.run(() -> expandAll(explorer.getItems()));
        UiThread.run(() -> visit(explorer.getItems(), item -> {
            assertNotNull(item.getImage(), item.getText() + " shows an image");
            if (item.getData() instanceof Source source) {
                String kind = Images.sourceKind(source);
                assertEquals(Images.get(kind), item.getImage(), item.getText() + " shows the " + kind + " icon");
                byKind.put(kind, item.getImage());
                listed.add(source);
            }
        }));
        assertEquals(store.project().getSources().size(), listed.size(), "every source is listed with its image: "
                + listed.stream().map(Source::getName).sorted().toList());
        assertTrue(byKind.keySet().containsAll(List.of(Images.SOURCE_TEXT, Images.SOURCE_AUDIO, Images.SOURCE_PICTURE, Images.SOURCE_EMAIL)),
                "text, audio, picture and e-mail sources: " + byKind.keySet());
        assertEquals(byKind.size(), new java.util.HashSet<>(byKind.values()).size(), "each kind its own image: " + byKind.keySet());
        ImageData audio = UiThread.call(() -> byKind.get(Images.SOURCE_AUDIO).getImageData());
        ImageData picture = UiThread.call(() -> byKind.get(Images.SOURCE_PICTURE).getImageData());
        assertEquals(16, audio.width, "a 16 px icon at 100 %");
        assertTrue(!java.util.Arrays.equals(audio.data, picture.data), "the audio and picture icons differ in their pixels");

        Input.select(Widgets.menuItem(window, "Window", "Codebook"));
        Tree codebook = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
        UiThread.waitUntil("the codebook's themes", () -> codebook.getItemCount() > 0);
        UiThread.run(() -> visit(codebook.getItems(), item -> {
            Code code = (Code) item.getData();
            Image image = item.getImage();
            assertNotNull(image, code.getName() + " shows its tag");
            ImageData data = image.getImageData();
            int[] rgb = Colours.rgb(code.getColour() == null ? "#999999" : code.getColour());
            RGB fill = data.palette.getRGB(data.getPixel(10, code.getChildren().isEmpty() ? 8 : 10));
            assertEquals(new RGB(rgb[0], rgb[1], rgb[2]), fill, code.getName() + "'s tag is filled with its colour");
        }));
        Code theme = store.project().getCodes().stream().filter(c -> !c.getChildren().isEmpty()).findFirst().orElseThrow();
        Code leaf = theme.getChildren().get(0);
        assertNotSame(UiThread.call(() -> Images.code(theme)), UiThread.call(() -> Images.code(leaf)), "a theme shows two tags, a code one");
        UiThread.run(() -> expandAll(codebook.getItems()));
        UiThread.flush();
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("icons-1280x800.png"));
    }

    private static void expandAll(TreeItem[] items) {
        for (TreeItem item : items) {
            if (item.getItemCount() > 0) {
                Event e = new Event();
                e.item = item;
                item.getParent().notifyListeners(SWT.Expand, e);
                item.setExpanded(true);
                expandAll(item.getItems());
            }
        }
    }

    private static void visit(TreeItem[] items, java.util.function.Consumer<TreeItem> check) {
        for (TreeItem item : items) {
            if (item.getData() != null) {
                check.accept(item);
            }
            visit(item.getItems(), check);
        }
    }


    private static Path png(Path file) throws Exception {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xd9a441);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path mail(Path file) throws Exception {
        return Files.writeString(file, """
                From: Key Worker <worker@example.org>
                To: Team <team@example.org>
                Subject: Nursery visit
                Date: Mon, 2 Mar 2026 10:00:00 +0000
                Message-ID: <nursery-1@example.org>
                Content-Type: text/plain; charset=UTF-8

                The child settled well after the first ten minutes.
                """.replace("\n", "\r\n"));
    }
}
