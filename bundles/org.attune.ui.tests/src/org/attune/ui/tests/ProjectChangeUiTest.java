package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.attune.coding.Codebook;
import org.attune.sample.SampleProject;
import org.attune.model.Code;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.CodedSegmentsView;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views show the open project only: nothing of the one before stays after another is opened (#22). */
class ProjectChangeUiTest {
    private static final OpenOptions OPEN = OpenOptions.of(IProjectSession.HOLDER).withBackups(false);

    private Text query;

    @AfterEach
    void closeTheProject() {
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
        if (query != null) {
            UiThread.run(() -> query.setText("")); // the Search view stays open for the next test
        }
    }

    /** Waits until the label's text passes {@code test}; a timeout names the text the label had. */
    private static void waitForText(String what, Label label, java.util.function.Predicate<String> test) {
        try {
            UiThread.waitUntil(what, () -> test.test(label.getText()));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the text: '" + UiThread.call(label::getText) + "'", e);
        }
    }

    @Test
    void searchAndCodedSegmentsForgetTheProjectBefore(@TempDir Path tmp) throws Exception {
        ProjectStore sample = SampleProject.create(tmp.resolve("sample"), OPEN);
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(sample));
        Shell window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());

        Input.select(Widgets.menuItem(window, "Window", "Search"));
        query = Widgets.byId(window, Text.class, WidgetIds.SEARCH_QUERY);
        Input.type(query, "film");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
        Table hits = Widgets.byId(window, Table.class, WidgetIds.SEARCH_RESULTS);
        Label searchStatus = Widgets.byId(window, Label.class, WidgetIds.SEARCH_STATUS);
        UiThread.waitUntil("hits in the sample", () -> hits.getItemCount() > 1 && searchStatus.getText().endsWith(" hits"));

        // a code merged away is no longer named in Coded Segments
        Codebook codebook = new Codebook(sample);
        Code from = codebook.find("Seeing strengths/Focus on what works").orElseThrow();
        Code into = codebook.find("Seeing strengths/Surprise at own competence").orElseThrow();
        Input.select(Widgets.menuItem(window, "Window", "Coded Segments"));
        CodedSegmentsView segments = UiThread.call(() -> (CodedSegmentsView) SampleStudy.page().findView(CodedSegmentsView.ID));
        Label segmentsStatus = Widgets.byId(window, Label.class, WidgetIds.SEGMENTS_STATUS);
        UiThread.run(() -> segments.show(java.util.List.of(from, into)));
        UiThread.waitUntil("both codes' segments", () -> segmentsStatus.getText().contains("Focus on what works"));
        UiThread.run(() -> codebook.merge(from, into));
        assertFalse(UiThread.call(() -> org.attune.model.codes.InProject.holds(sample.project(), from)), "merged away");
        waitForText("the merged-away code gone from the status", segmentsStatus,
                text -> !text.contains("Focus on what works") && text.contains("Surprise at own competence"));
        Table segmentRows = Widgets.byId(window, Table.class, WidgetIds.SEGMENTS_TABLE);
        assertTrue(UiThread.call(() -> java.util.Arrays.stream(segmentRows.getItems()).noneMatch(i -> i.getText(0).equals("Focus on what works"))),
                "no segment under the merged-away name");

        // another project: nothing of the sample's hits or segments stays
        ProjectStore other = ProjectStore.create(tmp.resolve("other"), "Another study", OPEN);
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(other));
        UiThread.waitUntil("the sample's hits cleared", () -> hits.getItemCount() == 0);
        assertEquals("", UiThread.call(searchStatus::getText), "no word about the sample's hits");
        UiThread.waitUntil("Coded Segments empty", () -> segmentRows.getItemCount() == 0
                && segmentsStatus.getText().startsWith("Select codes"));
        assertFalse(UiThread.call(query::getText).isEmpty(), "the query stays, to be run in this project");
    }
}
