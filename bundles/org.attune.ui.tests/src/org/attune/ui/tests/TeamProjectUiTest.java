package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSource;
import org.attune.model.codes.Codes;
import org.attune.model.text.Marks;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.OpenTeamProjectDialog;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.views.ProjectExplorerView;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Open Team Project...: the published sample study opened from a throwaway PostgreSQL server through the
 * dialog; another client's rename and coding appear in the Codebook within a second, and the workbench's own action
 * reaches the other client; the password is kept in secure storage and filled in next time. The Project Explorer names
 * the team project and its server (not the working copy's temporary folder); when the server goes away it says so, an
 * action meanwhile is reported as not done and leaves the project as it was, and once the server is back the workbench
 * reconnects and the next action reaches the server.
 */
class TeamProjectUiTest {
    private static final String DATABASE = "workbench";
    private Shell window;

    @AfterEach
    void closeTheProject() {
        if (window != null) {
            Widgets.closeOtherShells(window);
        }
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
    }

    @Test
    void aTeamProjectOpensFromTheFileMenuAndFollowsAnotherClient(@TempDir Path tmp) throws Exception {
        PgCluster cluster = PgCluster.shared();
        String url = cluster.urlWithCredentials(cluster.newDatabase(DATABASE));
        try (ProjectStore sample = SampleProject.create(tmp.resolve("sample"), OpenOptions.of("team test").withBackups(false))) {
            TeamProject.publish(sample, url);
        }
        window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        fillAndOpen(cluster, true);
        IProjectSession session = PlatformUI.getWorkbench().getService(IProjectSession.class);
        UiThread.waitUntil("the team project open", () -> session.current().isPresent());
        assertEquals("VIG sample study (fictional)", UiThread.call(() -> session.current().get().project().getName()));

        Input.select(Widgets.menuItem(window, "Window", "Codebook"));
        Tree tree = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
        UiThread.waitUntil("four themes", () -> tree.getItemCount() == 4);
        String codings = UiThread.call(() -> row(tree, "Supervision").getText(2));

        try (TeamProject other = TeamProject.open(url, Runnable::run)) {
            Code supervision = other.read(() -> Codes.find(other.project(), "Supervision").orElseThrow());
            long start = System.nanoTime();
            other.apply("rename by another coder", () -> supervision.setName("Supervision (renamed elsewhere)"));
            UiThread.waitUntil("the rename in the Codebook", () -> row(tree, "Supervision (renamed elsewhere)") != null,
                    Duration.ofSeconds(10));
            long seenMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(seenMs < 1000, "another client's rename seen after " + seenMs + " ms");

            TextSource transcript = other.read(() -> other.project().getSources().stream().filter(TextSource.class::isInstance)
                    .map(TextSource.class::cast).findFirst().orElseThrow());
            other.load(transcript);
            Coding coding = Marks.coding(supervision, Marks.text(0, 5));
            start = System.nanoTime();
            other.apply("code elsewhere", () -> transcript.getCodings().add(coding));
            String expected = String.valueOf(Integer.parseInt(codings) + 1);
            UiThread.waitUntil("the new coding counted in the Codebook",
                    () -> expected.equals(row(tree, "Supervision (renamed elsewhere)").getText(2)), Duration.ofSeconds(10));
            seenMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(seenMs < 1000, "another client's coding seen after " + seenMs + " ms");
            Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-codebook.png"));

            // the workbench's own action reaches the other client
            ProjectStore mine = UiThread.call(() -> session.current().get());
            UiThread.run(() -> {
                Code code = Codes.find(mine.project(), "Supervision (renamed elsewhere)").orElseThrow();
                mine.apply("rename in the workbench", () -> code.setName("Supervision (workbench)"));
            });
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!other.read(supervision::getName).equals("Supervision (workbench)") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals("Supervision (workbench)", other.read(supervision::getName));
            try (TeamProject fresh = TeamProject.open(url, Runnable::run)) {
                assertTrue(fresh.read(() -> Codes.find(fresh.project(), "Supervision (workbench)").isPresent()));
            }
        }

        // the password was kept: the dialog fills it in next time
        Input.select(Widgets.menuItem(window, "File", "Open Team Project..."));
        Shell dialog = Widgets.shell(OpenTeamProjectDialog.TITLE);
        Text password = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_PASSWORD);
        Text database = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_DATABASE);
        assertEquals(PgCluster.PASSWORD, UiThread.call(password::getText));
        assertEquals(DATABASE, UiThread.call(database::getText));
        Input.click(Widgets.byText(dialog, Button.class, "Cancel"));
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
    }

    @Test
    void theExplorerNamesTheServerAndALostServerIsReportedAndReconnected(@TempDir Path tmp) throws Exception {
        PgCluster cluster = PgCluster.shared();
        String url = cluster.urlWithCredentials(cluster.newDatabase("lostserver"));
        try (ProjectStore sample = SampleProject.create(tmp.resolve("sample"), OpenOptions.of("team test").withBackups(false))) {
            TeamProject.publish(sample, url);
        }
        window = Workbench.window();
        IProjectSession session = PlatformUI.getWorkbench().getService(IProjectSession.class);
        OpenedProject opened = ProjectStores.open(url, OpenOptions.of(IProjectSession.HOLDER).withBackups(false), true,
                UiThread.display()::asyncExec);
        UiThread.run(() -> session.open(opened));
        UiThread.run(() -> {
            try {
                Workbench.page().showView(ProjectExplorerView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        String server = "127.0.0.1:" + cluster.port() + "/lostserver";
        String named = "VIG sample study (fictional), team project on " + server;
        UiThread.waitUntil("the explorer names the team project", () -> named.equals(explorerDescription()));
        String tempdir = System.getProperty("java.io.tmpdir");
        String shown = UiThread.call(TeamProjectUiTest::explorerDescription);
        assertFalse(shown.contains(tempdir), shown);
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-explorer.png"));

        ProjectStore mine = UiThread.call(() -> session.current().get());
        cluster.stopServer();
        try {
            UiThread.waitUntil("the lost server reported", () -> explorerDescription().contains("Server not reachable"),
                    Duration.ofSeconds(10));
            Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-server-lost.png"));
            // an action meanwhile: reported as not done, and the workbench's project is as before it
            UiThread.post(() -> {
                Code code = Codes.find(mine.project(), "Supervision").orElseThrow();
                mine.apply("rename while the server is away", () -> code.setName("Supervision (lost)"));
            });
            Shell notDone = Widgets.shell(Messages.ProjectSession_notDone);
            String message = UiThread.call(() -> Widgets.descendants(notDone).stream().map(Widgets::textOf)
                    .filter(t -> t != null && t.contains("was not done")).findFirst().orElse(""));
            assertTrue(message.contains("\"rename while the server is away\" was not done"), message);
            Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-not-done.png"));
            Input.click(Widgets.byText(notDone, Button.class, "OK"));
            UiThread.waitUntil("the report closed", notDone::isDisposed);
            assertTrue(UiThread.call(() -> Codes.find(mine.project(), "Supervision").isPresent()), "nothing half-applied");
            assertFalse(UiThread.call(() -> Codes.find(mine.project(), "Supervision (lost)").isPresent()));
        } finally {
            cluster.startAgain();
        }
        UiThread.waitUntil("reconnected", () -> named.equals(explorerDescription()), Duration.ofSeconds(15));
        UiThread.run(() -> {
            Code code = Codes.find(mine.project(), "Supervision").orElseThrow();
            mine.apply("rename after the server came back", () -> code.setName("Supervision (back)"));
        });
        try (TeamProject fresh = TeamProject.open(url, Runnable::run)) {
            assertEquals(1, fresh.read(() -> Codes.find(fresh.project(), "Supervision (back)").isPresent() ? 1 : 0));
        }
    }

    /** The Project Explorer's line under its title. Call on the UI thread. */
    private static String explorerDescription() {
        return Workbench.page().findView(ProjectExplorerView.ID) instanceof IWorkbenchPart2 part ? part.getContentDescription() : "";
    }

    private void fillAndOpen(PgCluster cluster, boolean remember) throws Exception {
        Input.select(Widgets.menuItem(window, "File", "Open Team Project..."));
        Shell dialog = Widgets.shell(OpenTeamProjectDialog.TITLE);
        Text server = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_SERVER);
        Spinner port = Widgets.byId(dialog, Spinner.class, WidgetIds.TEAM_PORT);
        Text database = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_DATABASE);
        Text user = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_USER);
        Text password = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_PASSWORD);
        Button keep = Widgets.byId(dialog, Button.class, WidgetIds.TEAM_REMEMBER);
        UiThread.run(() -> {
            server.setText("127.0.0.1");
            port.setSelection(cluster.port());
            database.setText(DATABASE);
            user.setText(PgCluster.USER);
            password.setText(PgCluster.PASSWORD);
            keep.setSelection(remember);
        });
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-dialog.png"));
        Input.click(Widgets.byText(dialog, Button.class, "Open"));
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
    }

    /** The Codebook's row of this code, at any depth (expanding as a user does); null when none. Call on the UI thread. */
    private static TreeItem row(Tree tree, String name) {
        return Widgets.treeItem(tree.getItems(), name);
    }
}
