package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.store.OpenOptions;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.attune.testsupport.PgCluster;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.TeamMembersDialog;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.testsupport.Workbench;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * File &gt; Team Members...: enabled only with a team project open; the lead adds a viewer (a login that needs
 * quoting, with a password), who can then open the project and whose change the server refuses; the lead makes her a
 * coder, whose change is then done; opened as her, the dialog shows the server's refusal of her change of members;
 * removed by the lead, she can no longer open the project.
 */
class TeamMembersUiTest {
    private static final String DATABASE = "uimembers";
    private static final String UTE = "Ute O'Neil";
    private static final String PASSWORD = "pw&ute";
    private Shell window;

    @AfterEach
    void closeTheProject() {
        if (window != null) {
            Widgets.closeOtherShells(window);
        }
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
    }

    @Test
    void theLeadAddsChangesAndRemovesAMemberWhomTheServerThenHoldsToTheRole() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String plain = cluster.newDatabase(DATABASE);
        String lead = cluster.urlWithCredentials(plain);
        TeamProject.create(lead, "Members study");
        String ute = plain + "?user=" + URLEncoder.encode(UTE, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        window = Workbench.window();
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
        assertFalse(menuEnabled(), "no team project open");

        open(lead);
        assertTrue(menuEnabled(), "a team project open");
        Shell dialog = openDialog();
        Table table = Widgets.byId(dialog, Table.class, WidgetIds.TEAM_MEMBERS_TABLE);
        assertEquals(null, UiThread.call(() -> row(table, UTE)));
        Text login = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_MEMBER_LOGIN);
        Combo role = Widgets.byId(dialog, Combo.class, WidgetIds.TEAM_MEMBER_ROLE);
        Text password = Widgets.byId(dialog, Text.class, WidgetIds.TEAM_MEMBER_PASSWORD);
        UiThread.run(() -> {
            login.setText(UTE);
            role.select(3);
            password.setText(PASSWORD);
        });
        Input.click(Widgets.byText(dialog, Button.class, "Add"));
        UiThread.waitUntil("Ute listed as a viewer", () -> row(table, UTE) != null && row(table, UTE).getText(1).equals("viewer")
                && row(table, UTE).getText(2).equals("yes"));
        Label status = Widgets.byId(dialog, Label.class, WidgetIds.TEAM_MEMBERS_STATUS);
        assertEquals("Ute O'Neil was added as viewer.", UiThread.call(() -> Widgets.textOf(status)));
        assertEquals("", UiThread.call(password::getText), "the password not kept");
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("team-members.png"));

        // she opens the project with her login; the server refuses her change
        try (TeamProject asUte = TeamProject.open(ute, Runnable::run)) {
            assertEquals("Members study", asUte.read(() -> asUte.project().getName()));
            assertThrows(TeamProjectException.class, () -> asUte.apply("a viewer's code", () -> asUte.project().getCodes().add(code("Viewer's"))));
        }

        // made a coder, her change is done
        UiThread.run(() -> Input.selectItem(row(table, UTE)));
        assertEquals(UTE, UiThread.call(login::getText));
        assertEquals("viewer", UiThread.call(role::getText), "the chosen member's role");
        UiThread.run(() -> role.select(1));
        Input.click(Widgets.byText(dialog, Button.class, "Change Role"));
        UiThread.waitUntil("Ute listed as a coder", () -> row(table, UTE).getText(1).equals("coder"));
        try (TeamProject asUte = TeamProject.open(ute, Runnable::run)) {
            asUte.apply("a coder's code", () -> asUte.project().getCodes().add(code("Coder's")));
        }
        Input.click(Widgets.byText(dialog, Button.class, "Close"));
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);

        // the workbench opened as Ute: her change of members is refused, in the dialog's status line
        open(ute);
        Shell hers = openDialog();
        Text herLogin = Widgets.byId(hers, Text.class, WidgetIds.TEAM_MEMBER_LOGIN);
        Text herPassword = Widgets.byId(hers, Text.class, WidgetIds.TEAM_MEMBER_PASSWORD);
        UiThread.run(() -> {
            herLogin.setText("Her friend");
            herPassword.setText("pw");
        });
        Input.click(Widgets.byText(hers, Button.class, "Add"));
        Label refused = Widgets.byId(hers, Label.class, WidgetIds.TEAM_MEMBERS_STATUS);
        UiThread.waitUntil("the refusal shown", () -> Widgets.textOf(refused).contains("may not change the project's members"));
        assertEquals(1, UiThread.call(() -> Widgets.textOf(refused)).lines().count());
        Input.click(Widgets.byText(hers, Button.class, "Close"));
        UiThread.waitUntil("her dialog closed", hers::isDisposed);

        // removed by the lead: the row goes, and she can no longer open the project; her code stays
        open(lead);
        Shell again = openDialog();
        Table rows = Widgets.byId(again, Table.class, WidgetIds.TEAM_MEMBERS_TABLE);
        UiThread.run(() -> Input.selectItem(row(rows, UTE)));
        Input.click(Widgets.byText(again, Button.class, "Remove"));
        UiThread.waitUntil("Ute no longer listed", () -> row(rows, UTE) == null);
        TeamProjectException locked = assertThrows(TeamProjectException.class, () -> TeamProject.open(ute, Runnable::run).close());
        assertTrue(locked.getMessage().contains("permission denied"), locked.getMessage());
        try (TeamProject fresh = TeamProject.open(lead, Runnable::run)) {
            assertTrue(fresh.read(() -> fresh.project().getCodes().stream().anyMatch(c -> c.getName().equals("Coder's"))));
        }
    }

    private void open(String url) throws Exception {
        OpenedProject opened = ProjectStores.open(url, OpenOptions.of(IProjectSession.HOLDER).withBackups(false), true,
                UiThread.display()::asyncExec);
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(opened));
    }

    /** Whether File &gt; Team Members... is enabled, as the menu shows it when opened. */
    private boolean menuEnabled() {
        org.eclipse.swt.widgets.MenuItem item = Widgets.menuItem(window, "File", "Team Members...");
        return UiThread.call(item::isEnabled);
    }

    private Shell openDialog() {
        Input.select(Widgets.menuItem(window, "File", "Team Members..."));
        return Widgets.shell(TeamMembersDialog.TITLE);
    }

    private static Code code(String name) {
        Code code = AttuneFactory.eINSTANCE.createCode();
        code.setName(name);
        return code;
    }

    /** The table's row of {@code login}, or null. Call on the UI thread. */
    private static TableItem row(Table table, String login) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(login)).findFirst().orElse(null);
    }
}
