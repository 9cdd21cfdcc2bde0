package org.attune.ui.analysis.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.analysis.AnalysisPerspective;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;

/** The real workbench with the sample study open ({@link SampleStudy}), and what the analysis tests do with it. */
abstract class SampleWorkbench extends SampleStudy {
    static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));

    /** A new project in {@code folder} named {@code name}, without backups, to build a study in (the CLI and the workbench open it after). */
    static ProjectStore newProject(Path folder, String name) throws org.attune.store.StoreException {
        return ProjectStore.create(folder, name, OpenOptions.of("test").withBackups(false));
    }

    /** A new code named {@code name}, in no project yet. */
    static org.attune.model.Code code(String name) {
        org.attune.model.Code code = org.attune.model.AttuneFactory.eINSTANCE.createCode();
        code.setName(name);
        return code;
    }

    /** A new transcript named {@code name} of {@code length} characters, in no project yet (its text is staged apart). */
    static org.attune.model.TextSource transcript(String name, int length) {
        org.attune.model.TextSource text = org.attune.model.AttuneFactory.eINSTANCE.createTextSource();
        text.setName(name);
        text.setLength(length);
        return text;
    }

    /** Runs {@code attune cli ARGS} in this process and returns its {@code --json} answer; it must succeed. */
    static com.google.gson.JsonObject cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.attune.cli.Cli.run(org.attune.cli.internal.ContributedCommands.forCommandLine(args), args,
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        org.junit.jupiter.api.Assertions.assertEquals(org.attune.cli.Cli.OK, code, err.toString());
        return com.google.gson.JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    /** Opens the project in {@code folder} in the workbench in place of the sample (it locks it: run the CLI before). */
    void openInWorkbench(Path folder) throws Exception {
        ProjectStore opened = ProjectStore.open(folder, OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(opened));
        store = opened;
    }

    /** Switches to the Analysis perspective with Window > Analysis Perspective, as a researcher does. */
    void openAnalysisPerspective() {
        Input.select(Widgets.menuItem(window, "Window", "Analysis Perspective"));
        UiThread.waitUntil("the Analysis perspective", () -> page().getPerspective().getId().equals(AnalysisPerspective.ID));
    }

    /** Brings a view of the perspective to the front and returns it. */
    static <V extends IViewPart> V show(String id, Class<V> type) {
        return UiThread.call(() -> {
            try {
                return type.cast(page().showView(id));
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Chooses {@code item} in a combo as a person does (the combo tells its listeners). */
    static void choose(Combo combo, String item) {
        UiThread.run(() -> {
            int index = combo.indexOf(item);
            if (index < 0) {
                throw new AssertionError(item + " not in " + Arrays.toString(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    /**
     * Runs a view's toolbar command as a person does: activates the view, presses its toolbar item (contribution
     * {@code itemId} from plugin.xml), types {@code file} into the file dialog titled {@code title} and presses Export.
     */
    void exportThroughToolbar(IViewPart view, String itemId, String title, Path file) {
        UiThread.run(() -> page().activate(view));
        UiThread.waitUntil("the toolbar item " + itemId + " enabled", () -> toolItem(itemId) != null && toolItem(itemId).isEnabled());
        UiThread.post(() -> toolItem(itemId).notifyListeners(SWT.Selection, new Event()));
        Shell dialog = Widgets.shell(title);
        org.eclipse.swt.widgets.Text path = Widgets.byId(dialog, org.eclipse.swt.widgets.Text.class, org.attune.ui.analysis.AnalysisIds.FILE_PATH);
        UiThread.run(() -> path.setText(file.toString()));
        Input.click(Widgets.byText(dialog, Button.class, "Export"));
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
    }

    /** The tool item showing contribution {@code id} in the window, or null. Must run on the UI thread. */
    ToolItem toolItem(String id) {
        for (org.eclipse.swt.widgets.Widget w : Widgets.descendants(window)) {
            if (w instanceof ToolBar bar && bar.isVisible()) {
                for (ToolItem item : bar.getItems()) {
                    if (item.getData() instanceof IContributionItem c && id.equals(c.getId())) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    /** Waits for a message dialog whose text contains {@code words}, and closes it with OK. */
    static String closeMessage(String title, String words) {
        UiThread.waitUntil("a '" + title + "' message with '" + words + "'", () -> Arrays.stream(org.eclipse.swt.widgets.Display.getCurrent().getShells())
                .anyMatch(s -> title.equals(s.getText()) && Widgets.first(s, Label.class, l -> l.getText().contains(words)).isPresent()));
        Shell dialog = UiThread.call(() -> Arrays.stream(org.eclipse.swt.widgets.Display.getCurrent().getShells())
                .filter(s -> title.equals(s.getText()) && Widgets.first(s, Label.class, l -> l.getText().contains(words)).isPresent())
                .findFirst().orElseThrow());
        String text = UiThread.call(() -> Widgets.first(dialog, Label.class, l -> l.getText().contains(words)).orElseThrow().getText());
        Input.click(Widgets.byText(dialog, Button.class, "OK"));
        UiThread.waitUntil("the message closed", dialog::isDisposed);
        return text;
    }
}
