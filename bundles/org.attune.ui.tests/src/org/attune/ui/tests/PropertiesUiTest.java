package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.attune.coding.CodedSegments;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodeChangeKind;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.codes.Codes;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.CodebookView;
import org.attune.ui.views.CodedSegmentsView;
import org.attune.ui.views.ProjectExplorerView;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard Properties view shows the code selected in the Codebook through the model's item providers; a value
 * typed there is one action of the project: stored (it is there when the project is opened again), recorded in the
 * code's history where the codebook's rules say so, and taken back by Undo. Ids and dates have no editor. So are a
 * source's, a case's, a memo's and a coding's properties, each change one step of the project's command stack.
 */
class PropertiesUiTest {
    private static final String CODE = "Seeing strengths";
    private Path folder;
    private ProjectStore store;
    private Shell window;

    @BeforeEach
    void openTheSample(@TempDir Path tmp) throws Exception {
        folder = tmp.resolve("sample");
        SampleProject.create(folder, OpenOptions.of(IProjectSession.HOLDER).withBackups(false)).close();
        open();
        window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    private void open() throws Exception {
        store = ProjectStore.open(folder, OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(store));
    }

    @AfterEach
    void closeTheProject() {
        UiThread.run(() -> {
            SampleStudy.page().hideView(SampleStudy.page().findView(IPageLayout.ID_PROP_SHEET));
            PlatformUI.getWorkbench().getService(IProjectSession.class).close();
        });
    }

    private String id;

    /** The code shown, by its id (its name may change). */
    private Code code() {
        if (id == null) {
            id = Codes.find(store.project(), CODE).orElseThrow().getId();
        }
        return org.attune.model.codes.CodeTree.all(store.project()).stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Selects the code in the Codebook (the active part) and opens Properties from its context menu. */
    private Tree showProperties() {
        UiThread.run(() -> SampleStudy.page().activate(SampleStudy.page().findView(CodebookView.ID)));
        Tree codebook = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
        UiThread.waitUntil(CODE + " in the codebook", () -> CodingUiTest.find(codebook.getItems(), code().getName()) != null);
        UiThread.run(() -> {
            TreeItem item = CodingUiTest.find(codebook.getItems(), code().getName());
            codebook.setSelection(item);
            Event e = new Event();
            e.item = item;
            codebook.notifyListeners(SWT.Selection, e);
        });
        Input.select(Widgets.contextMenuItem(codebook, "Properties"));
        Tree properties = UiThread.call(() -> (Tree) ((PropertySheet) SampleStudy.page().findView(IPageLayout.ID_PROP_SHEET))
                .getCurrentPage().getControl());
        UiThread.waitUntil("the code's properties", () -> value(properties, "Id").equals(Optional.of(code().getId())));
        return properties;
    }

    private static TreeItem row(Tree properties, String name) {
        return Arrays.stream(properties.getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElse(null);
    }

    private static org.eclipse.swt.graphics.Point middle(TreeItem item) {
        org.eclipse.swt.graphics.Rectangle value = item.getBounds(1);
        return new org.eclipse.swt.graphics.Point(value.x + Math.min(10, value.width / 2), value.y + value.height / 2);
    }

    /** The value shown for the property (on the UI thread). */
    private static Optional<String> value(Tree properties, String name) {
        return Optional.ofNullable(row(properties, name)).map(i -> i.getText(1));
    }

    private static Optional<String> shown(Tree properties, String name) {
        return UiThread.call(() -> value(properties, name));
    }

    private static boolean edit(Tree properties, String name, String text) {
        return edit(properties, name, text, false);
    }

    /**
     * Clicks the property's value as a researcher does and, if an editor opens, types {@code text} and presses Enter
     * (posted, without waiting, when {@code async}: a dialog may answer).
     */
    private static boolean edit(Tree properties, String name, String text, boolean async) {
        UiThread.waitUntil(name + " on screen in the Properties view", () -> {
            TreeItem row = row(properties, name);
            if (row != null) {
                properties.showItem(row); // scrolled into view, as a researcher would
            }
            return row != null && properties.getItem(middle(row)) == row;
        });
        UiThread.run(() -> {
            TreeItem item = row(properties, name);
            properties.setSelection(item);
            Event e = new Event();
            e.item = item;
            properties.notifyListeners(SWT.Selection, e);
            Event click = new Event(); // the Properties view opens an editor where the value is clicked
            click.button = 1;
            click.x = middle(item).x;
            click.y = middle(item).y;
            properties.notifyListeners(SWT.MouseDown, click);
        });
        Optional<Text> editor = UiThread.call(() -> Widgets.first(properties, Text.class, t -> t.isVisible()));
        if (editor.isEmpty()) {
            return false;
        }
        Runnable enter = () -> {
            editor.get().setText(text);
            editor.get().notifyListeners(SWT.DefaultSelection, new Event());
        };
        if (async) {
            UiThread.post(enter);
        } else {
            UiThread.run(enter);
        }
        return true;
    }

    @Test
    void aColourTypedInThePropertiesViewIsStoredAndUndone() throws Exception {
        Tree properties = showProperties();
        String before = code().getColour();
        assertEquals(Optional.of(before), shown(properties, "Colour"));
        assertTrue(shown(properties, "Id").map(id -> id.equals(code().getId())).orElse(false), "the id is shown");
        assertTrue(!edit(properties, "Id", "x"), "an id has no editor");

        assertTrue(edit(properties, "Colour", "#123456"), "the colour has an editor");
        UiThread.waitUntil("the colour set", () -> "#123456".equals(code().getColour()));
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
        try (ProjectStore again = ProjectStore.openToRead(folder, OpenOptions.of("test").withBackups(false))) {
            assertEquals("#123456", Codes.find(again.project(), CODE).orElseThrow().getColour(), "stored");
            assertEquals(id, Codes.find(again.project(), CODE).orElseThrow().getId());
        }
        open();

        properties = showProperties();
        assertTrue(edit(properties, "Name", "Seeing strengths at home"), "the name has an editor");
        UiThread.waitUntil("renamed", () -> "Seeing strengths at home".equals(code().getName()));
        assertEquals(CodeChangeKind.RENAMED, code().getHistory().get(code().getHistory().size() - 1).getKind(),
                "the codebook's rule recorded the change in the code's history");
        assertTrue(edit(properties, "Colour", "#654321"));
        UiThread.waitUntil("the second colour set", () -> "#654321".equals(code().getColour()));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("undone", () -> "#123456".equals(code().getColour()));
        Tree shown = properties;
        UiThread.waitUntil("the Properties view shows the colour undo brought back", () -> value(shown, "Colour").equals(Optional.of("#123456")));
        assertNotEquals(before, code().getColour());
    }

    /**
     * Alt+Enter is bound once (#16): the platform binds it to its Properties command, whose handler here is ours; no
     * second binding of our own conflicts with it, in the Codebook nor in a transcript (our key context).
     */
    @Test
    void altEnterIsBoundOnceAndShowsTheProperties() throws Exception {
        var altEnter = org.eclipse.jface.bindings.keys.KeySequence.getInstance("M3+CR");
        Runnable once = () -> UiThread.run(() -> {
            var bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
            var conflicts = bindings.getConflictsFor(altEnter);
            assertTrue(conflicts == null || conflicts.isEmpty(), "no conflict for Alt+Enter: " + conflicts);
            var match = bindings.getPerfectMatch(altEnter);
            assertEquals("org.eclipse.ui.file.properties", match == null ? null : match.getParameterizedCommand().getId());
            assertEquals(1, Arrays.stream(bindings.getBindings()).filter(b -> b.getTriggerSequence().equals(altEnter)
                    && b.getParameterizedCommand() != null && (b.getPlatform() == null || b.getPlatform().equals(SWT.getPlatform()))
                    && b.getSchemeId().equals("org.eclipse.ui.defaultAcceleratorConfiguration")).count(), "one binding of Alt+Enter");
        });
        showProperties(); // the Codebook active, a code selected
        once.run();
        UiThread.run(() -> SampleStudy.page().hideView(SampleStudy.page().findView(IPageLayout.ID_PROP_SHEET)));
        UiThread.run(() -> SampleStudy.page().activate(SampleStudy.page().findView(CodebookView.ID)));
        UiThread.run(() -> { // the key's command, as the binding runs it
            try {
                PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                        .executeCommand("org.eclipse.ui.file.properties", null);
            } catch (org.eclipse.core.commands.common.CommandException e) {
                throw new AssertionError(e);
            }
        });
        Tree shown = UiThread.call(() -> (Tree) ((PropertySheet) SampleStudy.page().findView(IPageLayout.ID_PROP_SHEET))
                .getCurrentPage().getControl());
        UiThread.waitUntil("the code's properties again", () -> value(shown, "Id").equals(Optional.of(code().getId())));
        CodingUiTest.openFromExplorer(window, store.project().getSources().stream().filter(org.attune.model.TextSource.class::isInstance)
                .findFirst().orElseThrow().getName());
        once.run();
        UiThread.run(() -> SampleStudy.page().closeAllEditors(false));
    }

    @Test
    void aColourTheCodebookRefusesIsNotSet() {
        Tree properties = showProperties();
        String before = code().getColour();
        long actions = UiThread.call(() -> store.summary().codes());
        assertTrue(edit(properties, "Colour", "teal", true));
        Shell error = Widgets.shell("Property not changed");
        UiThread.run(error::close);
        assertEquals(before, code().getColour());
        assertEquals(actions, store.summary().codes());
    }

    /**
     * Every kind that had properties: a source, a case and a memo selected in the Project Explorer, a coding (a row of
     * Coded Segments) are shown in the Properties view; a value typed there is set, and one Undo, one step of the
     * project's command stack, takes it back, which the Properties view then shows.
     */
    @Test
    void aSourceACaseAMemoAndACodingAreEditedThereAndUndoneInOneStep() {
        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        Source ruth = UiThread.call(() -> store.project().getSources().stream().filter(s -> s.getName().equals("M01 Manager Ruth"))
                .findFirst().orElseThrow());
        editAndUndo(() -> selectInExplorer(explorer, "M01 Manager Ruth"), "Name", "M01 Service manager", ruth::getName);

        Case dawn = UiThread.call(() -> store.project().getCases().get(0));
        editAndUndo(() -> selectInExplorer(explorer, dawn.getName()), "Role", "pilot family", dawn::getRole);

        Memo memo = UiThread.call(() -> store.project().getMemos().stream().filter(m -> m.getTitle() != null && !m.getTitle().isBlank())
                .findFirst().orElseThrow());
        editAndUndo(() -> selectInExplorer(explorer, memo.getTitle()), "Title", "Waiting, read again", memo::getTitle);

        UiThread.run(() -> {
            try {
                ((CodedSegmentsView) SampleStudy.page().showView(CodedSegmentsView.ID)).show(List.of(code()));
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        Table segments = Widgets.byId(window, Table.class, WidgetIds.SEGMENTS_TABLE);
        UiThread.waitUntil("the code's segments", () -> segments.getItemCount() > 0);
        Coding coding = UiThread.call(() -> ((CodedSegments.Segment) segments.getItem(0).getData()).coding());
        editAndUndo(() -> {
            UiThread.run(() -> {
                SampleStudy.page().activate(SampleStudy.page().findView(CodedSegmentsView.ID));
                segments.setSelection(0);
                segments.notifyListeners(SWT.Selection, new Event());
            });
            return segments;
        }, "Weight", "3", () -> coding.getWeight() == null ? null : String.valueOf(coding.getWeight()));
    }

    /**
     * Issue #18: a source's attributes (an e-mail's From, a Kind set by hand) are listed in the Properties view and
     * edited there as Set Source Attribute... does: one action, one Undo.
     */
    @Test
    void aSourcesAttributesAreListedAndEditedThere() {
        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        Source ruth = UiThread.call(() -> store.project().getSources().stream().filter(s -> s.getName().equals("M01 Manager Ruth"))
                .findFirst().orElseThrow());
        UiThread.run(() -> new org.attune.coding.SourceAttributes(store).set(ruth, "Kind", "interview"));
        editAndUndo(() -> selectInExplorer(explorer, "M01 Manager Ruth"), "Kind", "walk-and-talk",
                () -> org.attune.model.attributes.Attributes.valueOf(ruth, "Kind"), "properties-source-attributes.png");
    }

    /** Selects the labelled item in the Project Explorer (the active part). */
    private static Control selectInExplorer(Tree explorer, String label) {
        UiThread.run(() -> SampleStudy.page().activate(SampleStudy.page().findView(ProjectExplorerView.ID)));
        CodingUiTest.selectInExplorer(explorer, label);
        return explorer;
    }

    /**
     * Selects through {@code select} (which returns the control whose context menu has Properties), types
     * {@code typed} into the property, then Edit > Undo once.
     */
    private void editAndUndo(Supplier<Control> select, String property, String typed, Supplier<String> current) {
        editAndUndo(select, property, typed, current, null);
    }

    /** As above; {@code screenshot}, when not null, names a picture of the Properties view showing the property. */
    private void editAndUndo(Supplier<Control> select, String property, String typed, Supplier<String> current, String screenshot) {
        CommandStack stack = store.editingDomain().getCommandStack();
        String before = UiThread.call(current::get);
        Command last = UiThread.call(stack::getUndoCommand);
        Control selected = select.get();
        Input.select(Widgets.contextMenuItem(selected, "Properties"));
        Tree properties = UiThread.call(() -> (Tree) ((PropertySheet) SampleStudy.page().findView(IPageLayout.ID_PROP_SHEET))
                .getCurrentPage().getControl());
        String was = before == null ? "" : before;
        UiThread.waitUntil(property + " shown in the Properties view", () -> value(properties, property).equals(Optional.of(was)));
        if (screenshot != null) {
            try {
                org.attune.ui.testsupport.Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve(screenshot));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        assertTrue(edit(properties, property, typed), property + " has an editor");
        UiThread.waitUntil(property + " set", () -> typed.equals(current.get()));
        assertNotSame(last, UiThread.call(stack::getUndoCommand), "an action on the command stack");
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil(property + " undone", () -> java.util.Objects.equals(before, current.get()));
        assertSame(last, UiThread.call(stack::getUndoCommand), "one undo took the whole change back: " + property);
        UiThread.waitUntil("the Properties view shows " + property + " as before", () -> value(properties, property).equals(Optional.of(was)));
    }
}
