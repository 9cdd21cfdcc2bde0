package org.attune.ui.analysis.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.analysis.AnalysisPerspective;
import org.attune.ui.analysis.compare.AgreementReportView;
import org.attune.ui.analysis.compare.CompareCodersView;
import org.attune.ui.analysis.compare.CompareIds;
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
        org.attune.cli.Cli.Outcome run = org.attune.cli.Cli.run(args);
        org.junit.jupiter.api.Assertions.assertEquals(org.attune.cli.Cli.OK, run.exitCode(), run.err());
        return com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject();
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

    /** Opens the view {@code label} with Window > {@code label}, as a researcher does, and returns it. */
    <V extends IViewPart> V openFromWindowMenu(String label, String id, Class<V> type) {
        Input.select(Widgets.menuItem(window, "Window", label));
        UiThread.waitUntil(label + " open", () -> page().findView(id) != null);
        return show(id, type);
    }

    /** Compare Coders from the Window menu, comparing Ana's codings with Ben's. */
    CompareCodersView compareAnaWithBen() {
        CompareCodersView view = openFromWindowMenu("Compare Coders", CompareCodersView.ID, CompareCodersView.class);
        choose(Widgets.byId(window, Combo.class, CompareIds.CODER_A), "Ana");
        choose(Widgets.byId(window, Combo.class, CompareIds.CODER_B), "Ben");
        return view;
    }

    /** The Agreement Report from the Window menu, of Ana's codings and Ben's. */
    AgreementReportView agreementOfAnaAndBen() {
        AgreementReportView report = openFromWindowMenu("Agreement Report", AgreementReportView.ID, AgreementReportView.class);
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_CODER_A), "Ana");
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_CODER_B), "Ben");
        return report;
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
        exportThroughToolbar(view, itemId, title, file, null);
    }

    /** As {@link #exportThroughToolbar(IViewPart, String, String, Path)}; with {@code key}, "Write pseudonyms" ticked and it typed. */
    void exportThroughToolbar(IViewPart view, String itemId, String title, Path file, String key) {
        UiThread.run(() -> page().activate(view));
        UiThread.waitUntil("the toolbar item " + itemId + " enabled", () -> toolItem(itemId) != null && toolItem(itemId).isEnabled());
        UiThread.post(() -> toolItem(itemId).notifyListeners(SWT.Selection, new Event()));
        Shell dialog = Widgets.shell(title);
        org.eclipse.swt.widgets.Text path = Widgets.byId(dialog, org.eclipse.swt.widgets.Text.class, org.attune.ui.analysis.AnalysisIds.FILE_PATH);
        UiThread.run(() -> path.setText(file.toString()));
        if (key != null) {
            Input.click(Widgets.byId(dialog, Button.class, org.attune.ui.analysis.AnalysisIds.EXPORT_PSEUDONYMISE));
            org.eclipse.swt.widgets.Text passphrase = Widgets.byId(dialog, org.eclipse.swt.widgets.Text.class,
                    org.attune.ui.analysis.AnalysisIds.EXPORT_KEY_PASSPHRASE);
            UiThread.waitUntil("the key table's passphrase asked for", passphrase::isEnabled);
            UiThread.run(() -> passphrase.setText(key));
        }
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
