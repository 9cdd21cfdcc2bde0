package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.attune.model.Code;
import org.attune.model.CodeChangeKind;
import org.attune.model.codes.Codes;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.ProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.CodebookView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard Properties view shows the code selected in the Codebook through the model's item providers; a value
 * typed there is one action of the project: stored (it is there when the project is opened again), recorded in the
 * code's history where the codebook's rules say so, and taken back by Undo. Ids and dates have no editor.
 */
class PropertiesUiTest {
    private static final String CODE = "Seeing strengths";
    private Path folder;
    private ProjectStore store;
    private Shell window;

    @BeforeEach
    void openTheSample(@TempDir Path tmp) throws Exception {
        folder = tmp.resolve("sample");
        SampleProject.create(folder, OpenOptions.of(ProjectSession.HOLDER).withBackups(false)).close();
        open();
        window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    private void open() throws Exception {
        store = ProjectStore.open(folder, OpenOptions.of(ProjectSession.HOLDER).withBackups(false));
        UiThread.run(() -> ProjectSession.get().open(store));
    }

    @AfterEach
    void closeTheProject() {
        UiThread.run(() -> {
            CodingUiTest.page().hideView(CodingUiTest.page().findView(IPageLayout.ID_PROP_SHEET));
            ProjectSession.get().close();
        });
    }

    private Code code() {
        return Codes.find(store.project(), CODE).orElseThrow();
    }

    /** Selects the code in the Codebook (the active part) and opens Properties from its context menu. */
    private Tree showProperties() {
        UiThread.run(() -> CodingUiTest.page().activate(CodingUiTest.page().findView(CodebookView.ID)));
        Tree codebook = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
        UiThread.waitUntil(CODE + " in the codebook", () -> CodingUiTest.find(codebook.getItems(), CODE) != null);
        UiThread.run(() -> {
            TreeItem item = CodingUiTest.find(codebook.getItems(), CODE);
            codebook.setSelection(item);
            Event e = new Event();
            e.item = item;
            codebook.notifyListeners(SWT.Selection, e);
        });
        Input.select(Widgets.contextMenuItem(codebook, "Properties"));
        Tree properties = UiThread.call(() -> (Tree) ((PropertySheet) CodingUiTest.page().findView(IPageLayout.ID_PROP_SHEET))
                .getCurrentPage().getControl());
        UiThread.waitUntil("the code's properties", () -> value(properties, "Name").equals(Optional.of(CODE)));
        return properties;
    }

    private static Optional<String> value(Tree properties, String name) {
        return UiThread.call(() -> Arrays.stream(properties.getItems()).flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i),
                Arrays.stream(i.getItems()))).filter(i -> i.getText(0).equals(name)).findFirst().map(i -> i.getText(1)));
    }

    /** Clicks the property's value as a researcher does and, if an editor opens, types {@code text} and presses Enter. */
    private static boolean edit(Tree properties, String name, String text) {
        UiThread.run(() -> {
            TreeItem item = Arrays.stream(properties.getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElseThrow();
            properties.setSelection(item);
            Event e = new Event();
            e.item = item;
            properties.notifyListeners(SWT.Selection, e);
        });
        Optional<Text> editor = UiThread.call(() -> Widgets.first(properties, Text.class, t -> t.isVisible()));
        if (editor.isEmpty()) {
            return false;
        }
        UiThread.run(() -> {
            editor.get().setText(text);
            editor.get().notifyListeners(SWT.DefaultSelection, new Event());
        });
        return true;
    }

    @Test
    void aColourTypedInThePropertiesViewIsStoredAndUndone() throws Exception {
        Tree properties = showProperties();
        String before = code().getColour();
        assertEquals(Optional.of(before), value(properties, "Colour"));
        assertTrue(value(properties, "Id").map(id -> id.equals(code().getId())).orElse(false), "the id is shown");
        assertTrue(!edit(properties, "Id", "x"), "an id has no editor");

        assertTrue(edit(properties, "Colour", "#123456"), "the colour has an editor");
        UiThread.waitUntil("the colour set", () -> "#123456".equals(code().getColour()));
        UiThread.run(() -> ProjectSession.get().close());
        try (ProjectStore again = ProjectStore.openToRead(folder, OpenOptions.of("test").withBackups(false))) {
            assertEquals("#123456", Codes.find(again.project(), CODE).orElseThrow().getColour(), "stored");
        }
        open();

        properties = showProperties();
        assertTrue(edit(properties, "Definition", "Moments where the guider names attunement."), "the definition has an editor");
        UiThread.waitUntil("the definition set", () -> "Moments where the guider names attunement.".equals(code().getDefinition()));
        assertEquals(CodeChangeKind.REDEFINED, code().getHistory().get(code().getHistory().size() - 1).getKind(),
                "the codebook's rule recorded the change in the code's history");
        assertTrue(edit(properties, "Colour", "#654321"));
        UiThread.waitUntil("the second colour set", () -> "#654321".equals(code().getColour()));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("undone", () -> "#123456".equals(code().getColour()));
        Tree shown = properties;
        UiThread.waitUntil("the Properties view shows the colour undo brought back", () -> value(shown, "Colour").equals(Optional.of("#123456")));
        assertNotEquals(before, code().getColour());
    }

    @Test
    void aColourTheCodebookRefusesIsNotSet() {
        Tree properties = showProperties();
        String before = code().getColour();
        long actions = UiThread.call(() -> store.summary().codes());
        UiThread.post(() -> edit(properties, "Colour", "teal"));
        Shell error = Widgets.shell("Property not changed");
        UiThread.run(error::close);
        assertEquals(before, code().getColour());
        assertEquals(actions, store.summary().codes());
    }
}
