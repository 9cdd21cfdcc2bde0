package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.attune.model.ImageSource;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.PictureEditor;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.ratings.MediaPlayerView;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's picture of a child's sand tableau (issue #18): listed in the Project Explorer with its link to the
 * practice recording; Open Linked in the picture viewer plays that recording in the Media Player beside its
 * transcript, and Open Linked in the transcript opens the picture again.
 */
class SamplePictureUiTest {
    private static final String PICTURE = "P01 Sand tableau Tyler";

    @AfterEach
    void closeTheProject() {
        CleanWorkbench.closeEverything();
    }

    @Test
    void thePictureOpensItsRecordingWithItsTranscriptAndTheTranscriptThePicture(@TempDir Path tmp) throws Exception {
        ProjectStore store = SampleProject.create(tmp.resolve("sample"), OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        Shell window = Workbench.open(store);
        Input.select(Widgets.menuItem(window, "Window", "Coding Perspective"));
        Tree explorer = Widgets.find(window, Tree.class, t -> WidgetIds.PROJECT_TREE.equals(t.getData(Widgets.ID_KEY)) && t.isVisible(),
                "the shown Project Explorer");
        UiThread.waitUntil("the picture in the explorer", () -> picture(explorer) != null);
        // its link shows under it: expand the picture's node as a click on its arrow does
        UiThread.run(() -> {
            TreeItem item = picture(explorer);
            Event expand = new Event();
            expand.item = item;
            explorer.notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
        });
        String link = UiThread.call(() -> picture(explorer).getItem(0).getText());
        assertTrue(link.startsWith("linked: " + SampleRecordingUiTest.RECORDING + "  [video"), "the link to the practice recording, under the picture: " + link);
        UiThread.run(() -> {
            TreeItem item = picture(explorer);
            Input.openItem(item);
        });
        UiThread.waitUntil("the picture viewer", () -> SampleRecordingUiTest.page().getActiveEditor() instanceof PictureEditor p
                && p.getPartName().equals(PICTURE));
        PictureEditor viewer = UiThread.call(() -> (PictureEditor) SampleRecordingUiTest.page().getActiveEditor());
        UiThread.waitUntil("the picture shown", () -> viewer.canvas().getClientArea().width > 50);
        UiThread.flush();
        Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("sample-picture.png"));

        Input.select(Widgets.contextMenuItem(viewer.canvas(), "Open Linked"));
        UiThread.waitUntil("the recording in the Media Player", () -> MediaPlayerView.find() != null && MediaPlayerView.find().media() != null
                && SampleRecordingUiTest.RECORDING.equals(MediaPlayerView.find().media().getName()));
        UiThread.waitUntil("its transcript open", () -> SampleRecordingUiTest.page().getActiveEditor() instanceof SourceEditor e
                && SampleRecordingUiTest.RECORDING.equals(e.getPartName()));
        UiThread.flush();
        Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("sample-picture-linked.png"));

        // back from the transcript: close the picture first, so that it is Open Linked that opens it
        UiThread.run(() -> SampleRecordingUiTest.page().closeEditor(viewer, false));
        SourceEditor transcript = UiThread.call(() -> (SourceEditor) SampleRecordingUiTest.page().getActiveEditor());
        org.eclipse.swt.custom.StyledText text = Widgets.byId(window, org.eclipse.swt.custom.StyledText.class, WidgetIds.SOURCE_TEXT);
        assertTrue(UiThread.call(() -> transcript.source().getMedia() != null));
        Input.select(Widgets.contextMenuItem(text, "Open Linked"));
        UiThread.waitUntil("the picture open again", () -> SampleRecordingUiTest.page().getActiveEditor() instanceof PictureEditor p
                && p.getPartName().equals(PICTURE));
    }

    private static TreeItem picture(Tree explorer) {
        return Widgets.treeItem(explorer.getItems(), i -> i.getData() instanceof ImageSource s && PICTURE.equals(s.getName()));
    }
}
