package org.attune.ui.testsupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Acts on widgets as a person would. Menu items and buttons are selected with the events SWT sends for a
 * click; typing and clicking at a point post real OS events through {@link Display#post(Event)}.
 */
public final class Input {
    private static final long EVENT_GAP_MILLIS = 10;

    private Input() {
    }

    /** Selects a menu item without waiting: the action may open a modal dialog. */
    public static void select(MenuItem item) {
        UiThread.post(() -> {
            if (item.isEnabled()) {
                item.notifyListeners(SWT.Arm, new Event());
                closeMenus(item);
                item.notifyListeners(SWT.Selection, new Event());
            } else {
                throw new IllegalStateException("menu item '" + item.getText() + "' is disabled");
            }
        });
    }

    /**
     * Tells the context menu (and cascades) holding {@code item} that it closed, as it does when an item is chosen
     * or the menu is dismissed: the workbench then ends the menu's own context. Menu-bar menus are left alone. Must
     * run on the UI thread.
     */
    public static void closeMenus(MenuItem item) {
        java.util.List<org.eclipse.swt.widgets.Menu> chain = new java.util.ArrayList<>();
        for (var menu = item.getParent(); menu != null; menu = menu.getParentItem() == null ? null : menu.getParentItem().getParent()) {
            chain.add(menu);
        }
        if ((chain.get(chain.size() - 1).getStyle() & SWT.POP_UP) != 0) {
            chain.forEach(menu -> menu.notifyListeners(SWT.Hide, new Event()));
        }
    }

    /** Clicks a button without waiting: the click may close or open a dialog. */
    public static void click(Button button) {
        UiThread.post(() -> {
            if (!button.isEnabled()) {
                throw new IllegalStateException("button '" + button.getText() + "' is disabled");
            }
            if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
                button.setSelection(!button.getSelection());
            }
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Gives {@code control} focus, then types {@code text} as key events posted to the OS. */
    public static void type(Control control, String text) {
        focus(control);
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || "~!@#$%^&*()_+{}|:\"<>?".indexOf(c) >= 0;
            if (shift) {
                post(keyEvent(SWT.KeyDown, SWT.SHIFT, '\0'));
            }
            char base = shift ? unshifted(c) : c;
            post(keyEvent(SWT.KeyDown, 0, base));
            post(keyEvent(SWT.KeyUp, 0, base));
            if (shift) {
                post(keyEvent(SWT.KeyUp, SWT.SHIFT, '\0'));
            }
        }
        UiThread.flush();
    }

    /** Presses and releases one key, e.g. {@code SWT.CR} or {@code SWT.ESC}. */
    public static void key(int keyCode) {
        post(keyEvent(SWT.KeyDown, keyCode, '\0'));
        post(keyEvent(SWT.KeyUp, keyCode, '\0'));
        UiThread.flush();
    }

    /**
     * Holds the modifier keys (e.g. {@code SWT.CTRL}, or {@code SWT.CTRL | SWT.SHIFT}) while pressing {@code key}:
     * a shortcut such as Ctrl+1 or Ctrl+Shift+L.
     */
    public static void chord(int modifiers, char key) {
        int[] held = java.util.stream.IntStream.of(SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND)
                .filter(m -> (modifiers & m) != 0).toArray();
        for (int m : held) {
            post(keyEvent(SWT.KeyDown, m, '\0'));
        }
        post(keyEvent(SWT.KeyDown, 0, key));
        post(keyEvent(SWT.KeyUp, 0, key));
        for (int i = held.length - 1; i >= 0; i--) {
            post(keyEvent(SWT.KeyUp, held[i], '\0'));
        }
        UiThread.flush();
    }

    /** Clicks the anchor of a link that follows {@code before} (the link's plain text up to it) on its first line. */
    public static void clickAnchor(org.eclipse.swt.widgets.Link link, String before) {
        int[] at = UiThread.call(() -> {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(link);
            try {
                return new int[] {gc.textExtent(before).x + 6, gc.getFontMetrics().getHeight() / 2 + 1};
            } finally {
                gc.dispose();
            }
        });
        clickAt(link, at[0], at[1]);
    }

    /** Moves the mouse to the centre of {@code control} and clicks the left button there. */
    public static void clickAt(Control control) {
        Point size = UiThread.call(control::getSize);
        clickAt(control, size.x / 2, size.y / 2);
    }

    /** Moves the mouse to a point of {@code control} (its own coordinates) and clicks the left button there. */
    public static void clickAt(Control control, int x, int y) {
        Point at = UiThread.call(() -> control.toDisplay(x, y));
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        // the X server moves the pointer in its own time: a button pressed before it arrived lands elsewhere
        UiThread.waitUntil("the pointer at " + at, () -> org.eclipse.swt.widgets.Display.getCurrent().getCursorLocation().equals(at));
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event e = new Event();
            e.type = type;
            e.button = 1;
            post(e);
        }
        UiThread.flush();
    }

    /**
     * Drags with the left button from one point of {@code control} to another (its own coordinates), as a hand does:
     * the button pressed at the start, the pointer moved there in steps, released at the end.
     */
    public static void drag(Control control, int fromX, int fromY, int toX, int toY) {
        Point from = UiThread.call(() -> control.toDisplay(fromX, fromY));
        Point to = UiThread.call(() -> control.toDisplay(toX, toY));
        moveTo(from);
        Event down = new Event();
        down.type = SWT.MouseDown;
        down.button = 1;
        post(down);
        int steps = 5;
        for (int i = 1; i <= steps; i++) {
            moveTo(new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
        }
        Event up = new Event();
        up.type = SWT.MouseUp;
        up.button = 1;
        post(up);
        // waits for the UI thread to take the drag in, without draining its queue inside this call: a drag may end
        // by opening a dialog (the picture's code picker), which would then block the drain, and the test with it
        for (int i = 0; i < 3; i++) {
            UiThread.run(() -> {
            });
            UiThread.sleep(20);
        }
    }

    private static void moveTo(Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        UiThread.waitUntil("the pointer at " + at, () -> Display.getCurrent().getCursorLocation().equals(at));
    }

    public static void focus(Control control) {
        UiThread.run(() -> {
            control.getShell().forceActive();
            control.forceFocus();
        });
        UiThread.waitUntil("focus on " + control, () -> control.isFocusControl());
    }

    /** True once the widget has been disposed, e.g. a dialog's shell after it closed. */
    public static boolean isDisposed(Widget widget) {
        return UiThread.call(widget::isDisposed);
    }

    private static Event keyEvent(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode != 0 ? keyCode : character;
        e.character = character;
        return e;
    }

    /**
     * Selects {@code item} in its tree as a click does: the selection, then the Selection event naming the item
     * (call on the UI thread). Returns the event, to send on.
     */
    public static Event selectItem(TreeItem item) {
        item.getParent().setSelection(item);
        return itemEvent(item.getParent(), item, SWT.Selection);
    }

    /** Selects {@code item} in its table as a click does (see {@link #selectItem(TreeItem)}). */
    public static Event selectItem(TableItem item) {
        item.getParent().setSelection(item);
        return itemEvent(item.getParent(), item, SWT.Selection);
    }

    /** Selects {@code item} and opens it as a double-click does (Selection, then DefaultSelection; on the UI thread). */
    public static void openItem(TreeItem item) {
        item.getParent().notifyListeners(SWT.DefaultSelection, selectItem(item));
    }

    /** Selects {@code item} and opens it as a double-click does (see {@link #openItem(TreeItem)}). */
    public static void openItem(TableItem item) {
        item.getParent().notifyListeners(SWT.DefaultSelection, selectItem(item));
    }

    private static Event itemEvent(Control control, Widget item, int type) {
        Event event = new Event();
        event.item = item;
        control.notifyListeners(type, event);
        return event;
    }

    private static char unshifted(char c) {
        if (Character.isUpperCase(c)) {
            return Character.toLowerCase(c);
        }
        return "`1234567890-=[]\\;',./".charAt("~!@#$%^&*()_+{}|:\"<>?".indexOf(c));
    }

    private static void post(Event event) {
        boolean posted = UiThread.call(() -> Display.getCurrent().post(event));
        if (!posted) {
            throw new IllegalStateException("the display refused a posted event (type " + event.type + ")");
        }
        UiThread.sleep(EVENT_GAP_MILLIS);
    }
}
