package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.AuditView;
import org.attune.ui.analysis.Messages;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/**
 * Window > Audit Log (#20): the sample study's actions newest first, a new action, its undo, the filters, and the
 * toolbar's Export CSV of the entries shown.
 */
class AuditUiTest extends SampleWorkbench {
    @Test
    void theLogShowsActionsNewestFirstFiltersAndExports() throws Exception {
        Code code = code("Wondering aloud");
        code.setLevel(AnalyticLevel.OPEN);
        UiThread.run(() -> store.apply("New code 'Wondering aloud'", () -> store.project().getCodes().add(code)));
        int all = store.audit().size();

        Input.select(Widgets.menuItem(window, "Window", "Audit Log"));
        UiThread.waitUntil("the Audit Log view", () -> page().findView(AuditView.ID) != null);
        AuditView view = (AuditView) UiThread.call(() -> page().findView(AuditView.ID));
        Table table = Widgets.byId(window, Table.class, AnalysisIds.AUDIT_TABLE);
        UiThread.waitUntil("every entry shown", () -> table.getItemCount() == all);
        assertEquals("New code 'Wondering aloud'", UiThread.call(() -> table.getItem(0).getText(4)), "newest first");
        assertEquals(Messages.AuditView_do, UiThread.call(() -> table.getItem(0).getText(3)));

        UiThread.run(store::undo);
        UiThread.waitUntil("the undo shown", () -> table.getItemCount() == all + 1);
        assertEquals("Undo: New code 'Wondering aloud'", UiThread.call(() -> table.getItem(0).getText(4)));
        assertEquals(Messages.AuditView_undo, UiThread.call(() -> table.getItem(0).getText(3)));

        UiThread.run(() -> view.filter(null, "wondering", null));
        assertEquals(2, UiThread.call(table::getItemCount), "the action and its undo");
        Label status = Widgets.byId(window, Label.class, AnalysisIds.AUDIT_STATUS);
        assertEquals("2 entries", UiThread.call(status::getText));
        UiThread.run(() -> view.filter("nobody", null, null));
        assertEquals(0, UiThread.call(table::getItemCount));
        UiThread.run(() -> view.filter("", null, "yesterday-ish"));
        assertTrue(UiThread.call(status::getText).contains("is no date or time"), UiThread.call(status::getText));
        UiThread.run(() -> view.filter(null, null, "2000-01-01"));
        assertEquals(2, UiThread.call(table::getItemCount));

        Path csv = tmp.resolve("out/audit.csv");
        exportThroughToolbar(view, "org.attune.ui.analysis.toolbar.exportAudit.csv", Messages.ExportAuditHandler_title, csv);
        UiThread.waitUntil("the CSV written", () -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains("Undo: New code"), lines.get(1));
    }
}
