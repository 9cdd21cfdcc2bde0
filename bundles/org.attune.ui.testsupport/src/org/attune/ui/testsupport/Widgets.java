package org.attune.ui.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds widgets by walking SWT's widget tree: by id ({@link #ID_KEY} data), by label text, by type.
 * Every method may be called from the test thread; the walking happens on the UI thread.
 */
public final class Widgets {
    /** The {@code setData} key under which the application tags widgets with stable ids. */
    public static final String ID_KEY = "org.attune.id";

    private Widgets() {
    }

    /** Every visible shell with this title (mnemonics ignored), waiting until one appears. */
    public static Shell shell(String title) {
        UiThread.waitUntil("a shell titled '" + title + "'", () -> findShell(title).isPresent());
        return UiThread.call(() -> findShell(title).orElseThrow());
    }

    private static Optional<Shell> findShell(String title) {
        return Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst();
    }

    /** The first widget below {@code root} (inclusive) of this type that passes {@code test}, waiting for it. */
    public static <W extends Widget> W find(Widget root, Class<W> type, Predicate<W> test, String what) {
        UiThread.waitUntil(what, () -> first(root, type, test).isPresent());
        return UiThread.call(() -> first(root, type, test).orElseThrow());
    }

    public static <W extends Widget> W byId(Widget root, Class<W> type, String id) {
        return find(root, type, w -> id.equals(w.getData(ID_KEY)), type.getSimpleName() + " with id '" + id + "'");
    }

    /** A button, label or text whose text (without '&' mnemonics) is {@code text}. */
    public static <W extends Widget> W byText(Widget root, Class<W> type, String text) {
        return find(root, type, w -> text.equals(textOf(w)), type.getSimpleName() + " '" + text + "'");
    }

    /**
     * An item of {@code control}'s context menu (path through cascades), after what a right click does first (the
     * focus, then the menu-detect event, on which a part becomes the active one, where the menu's commands have their
     * handlers) and letting the menu fill itself as it does when shown; select it with {@link Input#select}.
     */
    public static org.eclipse.swt.widgets.MenuItem contextMenuItem(org.eclipse.swt.widgets.Control control, String... path) {
        Input.focus(control);
        UiThread.run(() -> control.notifyListeners(org.eclipse.swt.SWT.MenuDetect, new org.eclipse.swt.widgets.Event()));
        return UiThread.call(() -> {
            org.eclipse.swt.widgets.Menu menu = control.getMenu();
            org.eclipse.swt.widgets.MenuItem found = null;
            for (String label : path) {
                if (menu == null) {
                    throw new IllegalStateException("no menu below '" + (found == null ? control : found.getText()) + "'");
                }
                menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
                found = Arrays.stream(menu.getItems()).filter(i -> label.equals(i.getText().replace("&", "").split("\t")[0]))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no menu item '" + label + "'"));
                menu = found.getMenu();
            }
            return found;
        });
    }

    /**
     * The labels of {@code control}'s context menu as it is shown now (without mnemonics; a key shown after a tab,
     * e.g. "Code In Vivo|Ctrl+I"; separators left out); the menu is closed again.
     */
    public static List<String> contextMenuLabels(org.eclipse.swt.widgets.Control control) {
        Input.focus(control);
        UiThread.run(() -> control.notifyListeners(SWT.MenuDetect, new Event()));
        return UiThread.call(() -> {
            Menu menu = control.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            List<String> labels = Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                    .map(i -> i.getText().replace("&", "").replace('\t', '|')).toList();
            menu.notifyListeners(SWT.Hide, new Event());
            return labels;
        });
    }

    /**
     * What {@code read} finds of an item of {@code control}'s context menu (e.g. whether it is enabled or checked);
     * the menu is closed again.
     */
    public static <T> T inContextMenu(org.eclipse.swt.widgets.Control control, java.util.function.Function<MenuItem, T> read,
            String... path) {
        MenuItem item = contextMenuItem(control, path);
        return UiThread.call(() -> {
            T found = read.apply(item);
            Input.closeMenus(item);
            return found;
        });
    }

    /** Must run on the UI thread. */
    public static <W extends Widget> Optional<W> first(Widget root, Class<W> type, Predicate<W> test) {
        return descendants(root).stream().filter(type::isInstance).map(type::cast)
                .filter(w -> !w.isDisposed() && test.test(w)).findFirst();
    }

    /** {@code root} and everything below it, depth first. Must run on the UI thread. */
    public static List<Widget> descendants(Widget root) {
        List<Widget> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Widget widget, List<Widget> found) {
        if (widget == null || widget.isDisposed()) {
            return;
        }
        found.add(widget);
        if (widget instanceof Composite composite) {
            for (var child : composite.getChildren()) {
                collect(child, found);
            }
        }
        if (widget instanceof Shell shell) {
            for (Shell child : shell.getShells()) {
                collect(child, found);
            }
        }
    }

    /** The text a person reads on a widget, without '&' mnemonic markers; null if it has none. */
    public static String textOf(Widget w) {
        String raw = switch (w) {
            case Button b -> b.getText();
            case Label l -> l.getText();
            case Text t -> t.getText();
            case Item i -> i.getText();
            case Shell s -> s.getText();
            default -> null;
        };
        return raw == null ? null : stripMnemonic(raw);
    }

    static String stripMnemonic(String text) {
        int tab = text.indexOf('\t');
        String label = tab >= 0 ? text.substring(0, tab) : text;
        return label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
    }

    /**
     * The menu item at {@code path} in the shell's menu bar, e.g. {@code ("Help", "About Attune")}. Menus are
     * sent SWT.Show first, as when a person opens them, so that contributed items are created and updated.
     */
    public static MenuItem menuItem(Shell shell, String... path) {
        String what = "menu item " + String.join(" > ", path);
        UiThread.waitUntil(what, () -> walkMenu(shell.getMenuBar(), path).isPresent());
        return UiThread.call(() -> walkMenu(shell.getMenuBar(), path).orElseThrow());
    }

    /**
     * As {@link #menuItem}, but the last item's label need only start with the last word of {@code path}, followed by
     * the end or a space: {@code ("Edit", "Undo")} finds "Undo Code with 'Waiting'", whatever the action.
     */
    public static MenuItem menuItemStartingWith(Shell shell, String... path) {
        String what = "menu item " + String.join(" > ", path) + "...";
        UiThread.waitUntil(what, () -> walkMenu(shell.getMenuBar(), path, true).isPresent());
        return UiThread.call(() -> walkMenu(shell.getMenuBar(), path, true).orElseThrow());
    }

    private static Optional<MenuItem> walkMenu(Menu menu, String[] path) {
        return walkMenu(menu, path, false);
    }

    private static Optional<MenuItem> walkMenu(Menu menu, String[] path, boolean lastIsPrefix) {
        Menu current = menu;
        MenuItem item = null;
        for (int at = 0; at < path.length; at++) {
            if (current == null) {
                return Optional.empty();
            }
            String label = path[at];
            boolean prefix = lastIsPrefix && at == path.length - 1;
            current.notifyListeners(SWT.Show, new Event());
            item = Arrays.stream(current.getItems()).filter(i -> {
                String text = stripMnemonic(i.getText());
                return label.equals(text) || prefix && text.startsWith(label + " ");
            }).findFirst().orElse(null);
            if (item == null) {
                return Optional.empty();
            }
            current = item.getMenu();
        }
        return Optional.ofNullable(item);
    }

    /**
     * The rows ("first column|second column") of the tables in the visible shells other than {@code window}, e.g. the
     * commands and keys of the Key Assist popup. Must run on the UI thread.
     */
    public static List<String> popupTableRows(Shell window) {
        List<String> rows = new java.util.ArrayList<>();
        for (Shell shell : window.getDisplay().getShells()) {
            if (shell == window || shell.isDisposed() || !shell.isVisible()) {
                continue;
            }
            for (var widget : descendants(shell)) {
                if (widget instanceof org.eclipse.swt.widgets.Table table) {
                    for (var item : table.getItems()) {
                        rows.add(item.getText(0) + "|" + item.getText(Math.min(1, table.getColumnCount() - 1)));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Closes every shell but {@code window}: a dialog a failed test left open, so that the next test does not fail
     * on it too. For an {@code @AfterEach}.
     */
    public static void closeOtherShells(Shell window) {
        UiThread.run(() -> {
            for (Shell shell : window.getDisplay().getShells()) {
                if (shell != window && !shell.isDisposed()) {
                    shell.close();
                }
            }
        });
    }

    /** Labels of the items of the shell's menu bar. */
    public static List<String> menuBarLabels(Shell shell) {
        return UiThread.call(() -> Arrays.stream(shell.getMenuBar().getItems())
                .map(i -> stripMnemonic(i.getText())).collect(Collectors.toList()));
    }

    static String describeShells() {
        return Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed())
                .map(s -> "'" + s.getText() + "'" + (s.isVisible() ? "" : " (hidden)")).collect(Collectors.joining(", "));
    }

    /**
     * The item labelled {@code text} (or {@code text} followed by a bracketed kind, "  [video 0:05]") among
     * {@code items} and below, expanding collapsed items as a click on their arrow does (JFace fills them then).
     * Call on the UI thread.
     */
    public static org.eclipse.swt.widgets.TreeItem treeItem(org.eclipse.swt.widgets.TreeItem[] items, String text) {
        return treeItem(items, item -> item.getText().equals(text) || item.getText().startsWith(text + "  ["));
    }

    /** The first item among {@code items} and below that passes {@code test}, expanding as above. Call on the UI thread. */
    public static org.eclipse.swt.widgets.TreeItem treeItem(org.eclipse.swt.widgets.TreeItem[] items,
            Predicate<org.eclipse.swt.widgets.TreeItem> test) {
        for (org.eclipse.swt.widgets.TreeItem item : items) {
            if (!item.getExpanded() && item.getItemCount() > 0) {
                Event expand = new Event();
                expand.item = item;
                item.getParent().notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
            }
            if (test.test(item)) {
                return item;
            }
            org.eclipse.swt.widgets.TreeItem inside = treeItem(item.getItems(), test);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
