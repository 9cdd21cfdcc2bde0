package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.attune.model.Source;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Dialogs;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Project Explorer's context menu (Properties view, rename, assign to a case, delete and undo) and memo hits in Search. */
class ExplorerUiTest extends SampleStudy {
    private Tree explorer;

    @BeforeEach
    void findTheExplorer() throws Exception {
        explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
    }

    private void select(String label) {
        CodingUiTest.selectInExplorer(explorer, label);
    }

    private Source source(String name) {
        return store.project().getSources().stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
    }

    @Test
    void propertiesRenameAssignToCaseDeleteAndUndo() {
        select("M01 Manager Ruth");
        UiThread.run(() -> Workbench.page().activate(Workbench.page().findView(org.attune.ui.views.ProjectExplorerView.ID)));
        Input.select(Widgets.contextMenuItem(explorer, "Properties"));
        Tree properties = UiThread.call(() -> (Tree) ((org.eclipse.ui.views.properties.PropertySheet) Workbench.page()
                .findView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET)).getCurrentPage().getControl());
        UiThread.waitUntil("the transcript's length in the Properties view", () -> Arrays.stream(properties.getItems())
                .anyMatch(i -> i.getText(0).equals("Length") && Integer.parseInt(i.getText(1).replaceAll("\\D", "")) > 1000));

        select("M01 Manager Ruth");
        Input.select(Widgets.contextMenuItem(explorer, "Rename..."));
        Dialogs.answer("Rename", "M01 Service manager");
        UiThread.waitUntil("renamed", () -> source("M01 Service manager") != null);

        select("M01 Service manager");
        Input.select(Widgets.contextMenuItem(explorer, "Assign to Case..."));
        Dialogs.answer("Assign to Case", "Service");
        UiThread.waitUntil("the new case holds the source", () -> store.project().getCases().stream()
                .anyMatch(c -> c.getName().equals("Service") && c.getSources().contains(source("M01 Service manager"))));

        long codings = store.summary().codings();
        select("M01 Service manager");
        Input.select(Widgets.contextMenuItem(explorer, "Delete..."));
        Input.click(Widgets.byText(Widgets.shell("Delete"), Button.class, "OK"));
        UiThread.waitUntil("deleted with its codings", () -> source("M01 Service manager") == null);
        assertEquals(codings - 7, store.summary().codings(), "Ruth's seven codings went with the transcript");
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("back", () -> source("M01 Service manager") != null);
        assertEquals(codings, store.summary().codings());
        assertTrue(UiThread.call(() -> store.project().getCases().stream().filter(c -> c.getName().equals("Service"))
                .findFirst().orElseThrow().getSources().contains(source("M01 Service manager"))), "undo restores the case link too");
    }

    @Test
    void sourcesOfSeveralKindsAreGroupedByKind() {
        // the sample holds transcripts, the practice recording (a video) and a picture: grouped by kind from the start
        UiThread.waitUntil("the transcripts, the recording and the picture grouped by kind", () -> item("Transcripts (7)") != null
                && item("Video (1)") != null && item("Pictures (1)") != null && item("C01 Carer Dawn") != null);
        UiThread.run(() -> store.apply("a picture", () -> {
            var picture = org.attune.model.AttuneFactory.eINSTANCE.createImageSource();
            picture.setName("drawing");
            store.project().getSources().add(picture);
        }));
        UiThread.waitUntil("the picture in their group", () -> item("Transcripts (7)") != null && item("Video (1)") != null
                && item("Pictures (2)") != null && item("drawing") != null);

        // one kind left: listed directly
        UiThread.run(() -> new org.attune.coding.Elements(store).delete(store.project().getSources().stream()
                .filter(s -> !(s instanceof org.attune.model.TextSource)).toList()));
        UiThread.waitUntil("the transcripts listed directly", () -> item("C01 Carer Dawn") != null && item("Transcripts (7)") == null
                && item("Video (1)") == null && item("Pictures (2)") == null);
    }

    /**
     * The tree shows the model through the item providers and follows their notifications. The changes here are made
     * on the model itself, not as actions of the project, so no project event tells the view: only the item
     * providers' notifications can. A renamed source keeps its item (relabelled, not a rebuilt tree), a case added
     * shows in its folder with the folder's count; taken back the same way.
     */
    @Test
    void changesToTheModelShowThroughTheItemProviders() {
        UiThread.waitUntil("Dawn's transcript in the explorer", () -> item("C01 Carer Dawn") != null);
        TreeItem before = UiThread.call(() -> item("C01 Carer Dawn"));
        Source dawn = source("C01 Carer Dawn");
        int cases = UiThread.call(() -> store.project().getCases().size());
        UiThread.waitUntil("the cases counted", () -> item("Cases (" + cases + ")") != null);

        UiThread.run(() -> dawn.setName("C01 Carer Dawn, pilot"));
        UiThread.waitUntil("the new name shown", () -> item("C01 Carer Dawn, pilot") != null && item("C01 Carer Dawn") == null);
        assertSame(before, UiThread.call(() -> item("C01 Carer Dawn, pilot")), "the same tree item, relabelled");

        org.attune.model.Case added = org.attune.model.AttuneFactory.eINSTANCE.createCase();
        added.setName("Pilot family");
        UiThread.run(() -> store.project().getCases().add(added));
        UiThread.waitUntil("the new case in its folder, counted", () -> item("Pilot family") != null
                && item("Cases (" + (cases + 1) + ")") != null);
        assertSame(before, UiThread.call(() -> item("C01 Carer Dawn, pilot")), "the sources untouched");

        UiThread.run(() -> {
            store.project().getCases().remove(added);
            dawn.setName("C01 Carer Dawn");
        });
        UiThread.waitUntil("both taken back", () -> item("Pilot family") == null && item("Cases (" + cases + ")") != null
                && item("C01 Carer Dawn") != null);
    }

    /**
     * What the Explorer used to read again after every action now comes through notifications too (#16); the changes
     * are made on the model itself, so no project event tells the view. A transcript given its recording shows the
     * sources linked to the recording under it (links count through a recording's transcripts), and loses them when
     * it no longer transcribes it; import metadata marking a draft shows "(draft)", and its removal (Mark Corrected)
     * takes it away; a linked source renamed relabels its "linked:" items.
     */
    @Test
    void linksThroughARecordingDraftsAndLinkedNamesFollowNotifications() {
        UiThread.waitUntil("Dawn's transcript in the explorer", () -> item("C01 Carer Dawn") != null);
        Source dawn = source("C01 Carer Dawn");
        var video = UiThread.call(() -> store.project().getSources().stream().filter(org.attune.model.VideoSource.class::isInstance)
                .map(org.attune.model.VideoSource.class::cast).findFirst().orElseThrow());
        var picture = UiThread.call(() -> store.project().getSources().stream().filter(org.attune.model.ImageSource.class::isInstance)
                .findFirst().orElseThrow());
        String pictureName = UiThread.call(picture::getName);
        assertTrue(UiThread.call(() -> linkedUnder("C01 Carer Dawn").isEmpty()), "nothing linked to Dawn's transcript yet");

        UiThread.run(() -> ((org.attune.model.TextSource) dawn).setMedia(video));
        UiThread.waitUntil("the picture linked to the recording, under its transcript", () -> linkedUnder("C01 Carer Dawn").stream()
                .anyMatch(t -> t.startsWith("linked: ") && t.contains(pictureName)));
        UiThread.run(() -> ((org.attune.model.TextSource) dawn).setMedia(null));
        UiThread.waitUntil("no longer under it", () -> linkedUnder("C01 Carer Dawn").isEmpty());

        UiThread.run(() -> dawn.getImportMetadata().put(org.attune.transcribe.DraftTranscript.DRAFT_KEY, "whisper, 2026-12-06"));
        UiThread.waitUntil("a draft", () -> item("C01 Carer Dawn (draft)") != null);
        UiThread.run(() -> dawn.getImportMetadata().removeKey(org.attune.transcribe.DraftTranscript.DRAFT_KEY));
        UiThread.waitUntil("marked corrected", () -> item("C01 Carer Dawn") != null && item("C01 Carer Dawn (draft)") == null);

        UiThread.waitUntil("the picture linked under the recording", () -> linkedUnderStarting(video.getName()).stream()
                .anyMatch(t -> t.contains(pictureName)));
        UiThread.run(() -> picture.setName("sand tableau, renamed"));
        UiThread.waitUntil("the linked item relabelled", () -> linkedUnderStarting(video.getName()).stream()
                .anyMatch(t -> t.contains("sand tableau, renamed")));
    }

    /** The "linked:" items under the source item labelled {@code label}, the item expanded as a click would (UI thread). */
    private List<String> linkedUnder(String label) {
        return linked(item(label));
    }

    private List<String> linkedUnderStarting(String name) {
        return linked(Widgets.treeItem(explorer.getItems(), t -> t.getText().startsWith(name)));
    }

    private List<String> linked(TreeItem source) {
        if (source == null) {
            return List.of();
        }
        if (!source.getExpanded()) {
            org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
            e.item = source;
            explorer.notifyListeners(org.eclipse.swt.SWT.Expand, e);
            source.setExpanded(true);
        }
        return Arrays.stream(source.getItems()).map(TreeItem::getText).filter(t -> t.startsWith("linked: ")).toList();
    }

    private TreeItem item(String label) {
        return CodingUiTest.find(explorer.getItems(), label);
    }

    @Test
    void aMemoFoundBySearchOpensInTheMemosView() {
        Input.select(Widgets.menuItem(window, "Window", "Search"));
        Text query = Widgets.byId(window, Text.class, WidgetIds.SEARCH_QUERY);
        UiThread.run(() -> query.setText("habit"));
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
        Table results = Widgets.byId(window, Table.class, WidgetIds.SEARCH_RESULTS);
        UiThread.waitUntil("the memo's hit", () -> Arrays.stream(results.getItems()).anyMatch(i -> i.getText(0).startsWith("Memo")));
        UiThread.run(() -> {
            int row = Arrays.asList(results.getItems()).indexOf(Arrays.stream(results.getItems())
                    .filter(i -> i.getText(0).startsWith("Memo")).findFirst().orElseThrow());
            results.setSelection(row);
            results.notifyListeners(SWT.DefaultSelection, new Event());
        });
        Text title = Widgets.byId(window, Text.class, WidgetIds.MEMO_TITLE);
        UiThread.waitUntil("the memo open", () -> title.getText().equals("Dawn: waiting as a new habit"));
    }
}
