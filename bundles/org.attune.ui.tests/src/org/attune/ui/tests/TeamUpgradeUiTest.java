package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.attune.store.pg.TeamProject;
import org.attune.testsupport.FirstTeamLayout;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * File &gt; Open Team Project... on a project laid out by an earlier Attune, as the owner of its tables: the workbench
 * says what it lacks and offers the upgrade; once upgraded, the project opens.
 */
class TeamUpgradeUiTest {
    private static final String DATABASE = "olderui";

    @AfterEach
    void closeTheProject() {
        Workbench.closeEditorsAndProject();
    }

    @Test
    void theLeadIsOfferedTheUpgradeAndTheProjectOpens() throws Exception {
        PgCluster cluster = PgCluster.shared();
        TeamProject.create(cluster.urlWithCredentials(cluster.newDatabase(DATABASE)), "Older study");
        try (Connection owner = cluster.admin(DATABASE)) {
            FirstTeamLayout.make(owner);
        }
        Shell window = Workbench.window();
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
            keep.setSelection(false);
        });
        Input.click(Widgets.byText(dialog, Button.class, "Open"));

        Shell offer = Widgets.shell(Messages.OpenTeamProjectHandler_upgradeTitle);
        String question = UiThread.call(() -> Widgets.descendants(offer).stream().filter(Label.class::isInstance)
                .map(Widgets::textOf).filter(t -> t != null && t.contains("lacks")).findFirst().orElse(""));
        assertTrue(question.contains("- the raters' blind rule") && question.contains("- the files of sources"), question);
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-upgrade.png"));
        Input.click(Widgets.byText(offer, Button.class, "Yes"));

        IProjectSession session = PlatformUI.getWorkbench().getService(IProjectSession.class);
        UiThread.waitUntil("the upgraded project open", () -> session.current().map(s -> s.project().getName().equals("Older study")).orElse(false));
        try (Connection admin = cluster.admin(DATABASE); Statement s = admin.createStatement();
                ResultSet r = s.executeQuery("select value from attune_meta where key = 'schema'")) {
            r.next();
            assertEquals("2", r.getString(1));
        }
    }
}
