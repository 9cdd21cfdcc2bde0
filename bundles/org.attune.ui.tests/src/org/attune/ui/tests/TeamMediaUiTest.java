package org.attune.ui.tests;

import java.nio.file.Path;

import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.PictureEditor;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.testsupport.Workbench;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team project's picture shows in the picture viewer as a local one does: its file is not in the workbench's working
 * copy until the viewer asks for it, and then comes from the server (the sample's sand tableau, with its coded region).
 */
class TeamMediaUiTest {
    private static final String PICTURE = "P01 Sand tableau Tyler";

    @AfterEach
    void closeTheProject() {
        Workbench.closeEditorsAndProject();
    }

    @Test
    void thePublishedPictureOpensFromTheServer(@TempDir Path tmp) throws Exception {
        PgCluster cluster = PgCluster.shared();
        String url = cluster.urlWithCredentials(cluster.newDatabase("teampicture"));
        try (ProjectStore sample = SampleProject.create(tmp.resolve("sample"), OpenOptions.of("team test").withBackups(false))) {
            TeamProject.publish(sample, url);
        }
        Shell window = Workbench.window();
        OpenedProject opened = ProjectStores.open(url, OpenOptions.of(IProjectSession.HOLDER).withBackups(false), true,
                window.getDisplay()::asyncExec);
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(opened));

        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the picture in the explorer", () -> CodingUiTest.find(explorer.getItems(), PICTURE) != null);
        UiThread.run(() -> Input.openItem(CodingUiTest.find(explorer.getItems(), PICTURE)));
        UiThread.waitUntil("the picture viewer", () -> Workbench.page().getActiveEditor() instanceof PictureEditor p
                && p.getPartName().equals(PICTURE));
        Label status = Widgets.byId(window, Label.class, WidgetIds.PICTURE_STATUS);
        UiThread.waitUntil("the picture shown, its file fetched from the server", () -> status.getText().contains("1 coded region"));
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-picture.png"));
    }
}
