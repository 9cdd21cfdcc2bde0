package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.attune.ui.GettingStartedGuide;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.GettingStartedView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Help > Getting Started and Help > Key Assist, driven through the real menus and keys. */
class HelpUiTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));
    /** A menu path in the guide: bold labels joined by " > ", perhaps followed by its shortcut in brackets. */
    private static final Pattern MENU_PATH = Pattern
            .compile("<b>([^<]+? > [^<]+?)</b>(?:\\s*\\(((?:Ctrl|Shift|Alt)\\+[^)\\s]+)\\))?");

    private Shell window;

    @BeforeEach
    void workbenchWindowAt1280x800() {
        window = Workbench.awaitWindow();
        Workbench.resize(window, 1280, 800);
    }

    @AfterEach
    void closeTheGuide() {
        UiThread.run(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            var ref = page.findViewReference(GettingStartedView.ID);
            if (ref != null) {
                page.hideView(ref);
            }
        });
    }

    @Test
    void gettingStartedOpensFromTheHelpMenuWithEveryWorkflow() throws Exception {
        Input.select(Widgets.menuItem(window, "Help", "Getting Started"));
        Composite body = Widgets.byId(window, Composite.class, WidgetIds.GETTING_STARTED);
        UiThread.waitUntil("the guide to show", body::isVisible);
        GettingStartedView view = UiThread.call(() -> (GettingStartedView) PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow().getActivePage().findView(GettingStartedView.ID));
        List<String> titles = UiThread.call(view::sectionTitles);
        assertEquals(List.of("Start", "Coding", "Thematic analysis (Braun & Clarke)", "Grounded theory",
                "Two raters (VIG Practice Skills Rating Scale)", "Two coders on the same transcripts",
                "Exchange with NVivo, ATLAS.ti, MAXQDA and QualCoder"),
                titles);
        UiThread.flush();
        String overflow = UiThread.call(() -> {
            org.eclipse.swt.widgets.Composite form = body.getParent();
            int right = form.toDisplay(form.getClientArea().width, 0).x;
            return Widgets.descendants(body).stream().filter(org.eclipse.ui.forms.widgets.FormText.class::isInstance)
                    .map(w -> (org.eclipse.ui.forms.widgets.FormText) w)
                    .filter(t -> t.toDisplay(t.getSize().x, 0).x > right)
                    .map(t -> t.toDisplay(t.getSize().x, 0).x + " > " + right + " (window " + window.getBounds()
                            + ", client " + window.getClientArea() + ", form " + form.getBounds() + ")")
                    .collect(Collectors.joining("; "));
        });
        assertEquals("", overflow, "guide text wider than the view");
        Screenshots.capture(SCREENSHOTS.resolve("help-getting-started.png"));
    }

    @Test
    void everyMenuPathAndShortcutTheGuideNamesIsInTheMenuBar() throws Exception {
        List<String> checked = new ArrayList<>();
        for (GettingStartedGuide.Section section : GettingStartedGuide.load()) {
            Matcher m = MENU_PATH.matcher(section.markup().replace("&gt;", ">").replace("&amp;", "&"));
            while (m.find()) {
                String[] path = m.group(1).split(" > ");
                MenuItem item = Widgets.menuItem(window, path);
                if (m.group(2) != null) {
                    String text = UiThread.call(item::getText);
                    String shown = text.contains("\t") ? text.substring(text.indexOf('\t') + 1) : "";
                    assertEquals(keys(m.group(2)), keys(shown),
                            "the guide gives " + m.group(1) + " the shortcut " + m.group(2) + "; the menu shows '" + shown + "'");
                }
                checked.add(m.group(1));
            }
        }
        assertTrue(checked.size() >= 20, "menu paths found in the guide: " + checked);
        assertTrue(checked.containsAll(List.of("Help > Key Assist...", "Ratings > Compare Sheets",
                "File > Export Project (REFI-QDA)...", "Window > Theme Map")), checked.toString());
    }

    @Test
    void ctrlShiftLOpensKeyAssistListingTheCommands() throws Exception {
        // The keys go to the focused control of the window (the shell itself cannot take the focus from a child).
        Input.focus(Widgets.byId(window, org.eclipse.swt.widgets.Tree.class, WidgetIds.PROJECT_TREE));
        Input.chord(SWT.CTRL | SWT.SHIFT, 'l');
        UiThread.waitUntil("the Key Assist popup listing Open Project", () -> Widgets.popupTableRows(window).stream()
                .anyMatch(row -> row.startsWith("Open Project")));
        List<String> rows = UiThread.call(() -> Widgets.popupTableRows(window));
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("Search") && keys(row.split("\\|")[1]).equals(keys("Ctrl+Shift+F"))),
                rows.toString());
        Screenshots.capture(SCREENSHOTS.resolve("help-key-assist.png"));
        Input.key(SWT.ESC);
        UiThread.waitUntil("the Key Assist popup to close", () -> Widgets.popupTableRows(window).isEmpty());
        assertFalse(UiThread.call(() -> window.isDisposed()));
    }

    /** A shortcut's keys whatever their order or case: "Shift+Ctrl+F" and "Ctrl+Shift+F" are the same. */
    private static Set<String> keys(String shortcut) {
        return Arrays.stream(shortcut.split("\\+")).map(String::trim).map(String::toLowerCase).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
