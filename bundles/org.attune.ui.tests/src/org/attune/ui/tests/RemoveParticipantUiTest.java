package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.model.Case;
import org.attune.model.Source;
import org.attune.sample.SampleProject;
import org.attune.store.AuditEntry;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.CasesView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remove Participant... (#20) on the sample study: the dialog lists what goes, with counts; Cancel changes nothing;
 * after Remove the project is open again without the participant, and the views, the counts and the audit log agree.
 */
class RemoveParticipantUiTest {
    private Shell window;

    @AfterEach
    void closeTheProject() {
        Widgets.closeOtherShells(window);
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
    }

    /** The open project; on the UI thread. */
    private static ProjectStore current() {
        return PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
    }

    private static ProjectStore open() {
        return UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null));
    }

    @Test
    void theDialogShowsWhatGoesAndAfterTheRemovalViewsAndCountsAgree(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sample");
        SampleProject.create(folder, OpenOptions.of("test").withBackups(false)).close();
        ProjectStore.open(folder, OpenOptions.of("test")).close(); // waits for the backup made on opening
        assertEquals(1, ProjectStore.backups(folder).size());
        ProjectStore store = ProjectStore.open(folder, OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        int sources = store.project().getSources().size();
        long codings = store.summary().codings();
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(store));
        window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        org.eclipse.swt.widgets.Tree explorer = Widgets.byId(window, org.eclipse.swt.widgets.Tree.class, WidgetIds.PROJECT_TREE);
        CodingUiTest.selectInExplorer(explorer, "Priya  [carer]");
        assertTrue(Widgets.contextMenuLabels(explorer).contains("Remove Participant..."), "on a case in the Project Explorer");
        CodingUiTest.selectInExplorer(explorer, "C03 Carer Priya");
        assertFalse(Widgets.contextMenuLabels(explorer).contains("Remove Participant..."), "not on a source");
        Input.select(Widgets.menuItem(window, "Window", "Cases"));
        Table sheet = Widgets.byId(window, Table.class, WidgetIds.CASES_TABLE);
        UiThread.waitUntil("six cases", () -> sheet.getItemCount() == 6);
        choose("Priya");

        Input.click(Widgets.byId(window, Button.class, WidgetIds.CASES_REMOVE_PARTICIPANT));
        Shell dialog = Widgets.shell("Remove Participant");
        org.eclipse.swt.widgets.List list = Widgets.byId(dialog, org.eclipse.swt.widgets.List.class, WidgetIds.REMOVE_PARTICIPANT_LIST);
        List<String> lines = UiThread.call(() -> Arrays.asList(list.getItems()));
        assertEquals("Case: Priya", lines.get(0));
        assertTrue(lines.contains("Source: C03 Carer Priya"), lines.toString());
        long codingLines = lines.stream().filter(l -> l.startsWith("Coding: ")).count();
        assertTrue(codingLines > 0, lines.toString());
        Label intro = Widgets.find(dialog, Label.class, l -> l.getText().startsWith("Remove Priya and everything"), "the counts");
        assertTrue(UiThread.call(intro::getText).contains("1 source, 0 speaker turns in shared sources, " + codingLines + " codings"),
                UiThread.call(intro::getText));
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("remove-participant.png"));
        Input.click(Widgets.byText(dialog, Button.class, "Cancel"));
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
        assertEquals(6, (int) UiThread.call(() -> store.project().getCases().size()), "Cancel removes nothing");

        choose("Priya");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.CASES_REMOVE_PARTICIPANT));
        Shell again = Widgets.shell("Remove Participant");
        java.time.Instant removal = java.time.Instant.now();
        Input.click(Widgets.byText(again, Button.class, "Remove"));
        Shell done = Widgets.shell("Participant Removed");
        Label told = Widgets.find(done, Label.class, l -> l.getText().startsWith("Removed: 1 source"), "the outcome");
        assertTrue(UiThread.call(told::getText).contains("Backups made before the removal deleted"), UiThread.call(told::getText));
        Input.click(Widgets.byText(done, Button.class, "OK"));

        UiThread.waitUntil("the project open again", () -> current() != null && current() != store);
        ProjectStore reopened = open();
        Table cases = Widgets.byId(window, Table.class, WidgetIds.CASES_TABLE);
        UiThread.waitUntil("five cases listed", () -> cases.getItemCount() == 5);
        List<String> names = UiThread.call(() -> Arrays.stream(cases.getItems()).map(i -> i.getText(0)).toList());
        assertFalse(names.contains("Priya"), names.toString());
        UiThread.run(() -> {
            assertEquals(names, reopened.project().getCases().stream().map(Case::getName).toList(), "the view lists the project's cases");
            assertEquals(sources - 1, reopened.project().getSources().size());
            assertTrue(reopened.project().getSources().stream().map(Source::getName).noneMatch(n -> n.contains("Priya")));
            long loaded = 0;
            for (Source source : reopened.project().getSources()) {
                reopened.load(source);
                loaded += source.getCodings().size();
            }
            assertEquals(codings - codingLines, loaded, "only her codings went (the sources' codings)");
            // no coding record of hers left without its source (EcoreUtil.deleteAll's order once orphaned them: Withdrawal)
            assertEquals(loaded, reopened.summary().codings(), "codings in the store = codings of the sources");
            AuditEntry last = reopened.audit().get(0);
            assertTrue(last.summary().startsWith("Participant removed"), last.summary());
            assertTrue(reopened.audit().stream().noneMatch(e -> e.toString().contains("Priya")), "no entry names her");
            assertFalse(reopened.editingDomain().getCommandStack().canUndo(), "nothing to undo");
        });
        assertTrue(ProjectStore.backups(folder).stream().allMatch(b -> b.made().isAfter(removal)),
                "the backups made before are deleted: " + ProjectStore.backups(folder));
    }

    /** Selects the case of that name in the Cases view, as a click on its row does, with the view active. */
    private static void choose(String name) {
        UiThread.run(() -> {
            CasesView view = (CasesView) SampleStudy.page().findView(CasesView.ID);
            SampleStudy.page().activate(view);
            Case c = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElseThrow().project().getCases().stream().filter(k -> k.getName().equals(name)).findFirst().orElseThrow();
            view.viewer().setSelection(new StructuredSelection(c), true);
        });
    }
}
