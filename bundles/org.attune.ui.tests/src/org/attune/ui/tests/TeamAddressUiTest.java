package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;

import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.attune.ui.IProjectSession;
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
 * A lead's {@code jdbc:postgresql://} address pasted into File &gt; Open Team Project...'s server field fills in the
 * fields, its '&amp;'s and other parameters kept whole: the database {@code amp&db}, and {@code ssl=true&sslmode=require}
 * as the options. The server of the test offers no TLS, so that address is refused, and the refusal names it as it is
 * (SWT took its '&amp;'s for mnemonics and dropped them: {@code ?user=attune_adminssl=truesslmode=require}); with
 * {@code sslmode=disable} instead the project opens, the Project Explorer names its database as it is, and the dialog
 * offers the same next time.
 */
class TeamAddressUiTest {
    private static final String DATABASE = "amp&db";
    private Shell window;

    @AfterEach
    void closeTheProject() {
        if (window != null) {
            Widgets.closeOtherShells(window);
        }
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
    }

    @Test
    void aPastedAddressKeepsItsAmpersandsFromTheFieldsToTheMessages() throws Exception {
        PgCluster cluster = PgCluster.shared();
        try (Connection admin = cluster.admin("postgres"); Statement s = admin.createStatement()) {
            s.execute("create database \"" + DATABASE + "\"");
        }
        TeamProject.create(cluster.urlWithCredentials("jdbc:postgresql://127.0.0.1:" + cluster.port() + "/amp%26db"), "Ampersand study");
        window = Workbench.window();
        String pasted = "jdbc:postgresql://127.0.0.1:" + cluster.port() + "/amp&db?user=" + PgCluster.USER + "&ssl=true&sslmode=require";

        Shell dialog = openDialog();
        Text server = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_SERVER);
        Text database = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_DATABASE);
        Text user = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_USER);
        Text options = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_OPTIONS);
        Text password = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_PASSWORD);
        Spinner port = Widgets.byId(dialog, Spinner.class, WidgetIds.TEAM_PORT);
        UiThread.run(() -> server.setText(pasted));
        assertEquals("127.0.0.1", UiThread.call(server::getText));
        assertEquals(cluster.port(), UiThread.call(port::getSelection));
        assertEquals(DATABASE, UiThread.call(database::getText));
        assertEquals(PgCluster.USER, UiThread.call(user::getText));
        assertEquals("ssl=true&sslmode=require", UiThread.call(options::getText));
        UiThread.run(() -> password.setText(PgCluster.PASSWORD));
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-pasted-address.png"));
        Input.click(Widgets.byText(dialog, Button.class, "Open"));

        Shell refused = Widgets.shell("Cannot open the project");
        Label message = Widgets.find(refused, Label.class, l -> l.getText().contains("jdbc:postgresql:"), "the message naming the address");
        String shown = UiThread.call(() -> Widgets.textOf(message)); // as a person reads it: mnemonics taken out
        assertTrue(shown.contains("/amp%26db?user=" + PgCluster.USER + "&ssl=true&sslmode=require&password=***"), shown);
        assertTrue(shown.contains("SSL"), "says why: " + shown);
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-project-address-refused.png"));
        Input.click(Widgets.byText(refused, Button.class, "OK"));
        UiThread.waitUntil("the message closed", refused::isDisposed);

        Shell second = openDialog();
        Text secondServer = Widgets.byId(second, Text.class, WidgetIds.TEAM_SERVER);
        Text secondPassword = Widgets.byId(second, Text.class, WidgetIds.TEAM_PASSWORD);
        UiThread.run(() -> {
            secondServer.setText(pasted.replace("ssl=true&sslmode=require", "sslmode=disable"));
            secondPassword.setText(PgCluster.PASSWORD);
        });
        Input.click(Widgets.byText(second, Button.class, "Open"));
        IProjectSession session = PlatformUI.getWorkbench().getService(IProjectSession.class);
        UiThread.waitUntil("the team project open", () -> session.current().isPresent());
        assertEquals("Ampersand study", UiThread.call(() -> session.current().get().project().getName()));
        String named = "Ampersand study, team project on 127.0.0.1:" + cluster.port() + "/" + DATABASE;
        Label explorer = Widgets.find(window, Label.class, l -> l.getText().contains("team project on"), "the Project Explorer's description");
        UiThread.waitUntil("the explorer names the database as it is", () -> named.equals(Widgets.textOf(explorer)));

        Shell third = openDialog();
        Text thirdDatabase = Widgets.byId(third, Text.class, WidgetIds.TEAM_DATABASE);
        Text thirdOptions = Widgets.byId(third, Text.class, WidgetIds.TEAM_OPTIONS);
        assertEquals(DATABASE, UiThread.call(thirdDatabase::getText));
        assertEquals("sslmode=disable", UiThread.call(thirdOptions::getText));
        Input.click(Widgets.byText(third, Button.class, "Cancel"));
        UiThread.waitUntil("the dialog closed", third::isDisposed);
    }

    private Shell openDialog() {
        Input.select(Widgets.menuItem(window, "File", "Open Team Project..."));
        return Widgets.shell(OpenTeamProjectDialog.TITLE);
    }
}
