package org.attune.ui;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** Context menus filled afresh each time they open, so that their items fit what is selected then. */
public final class ContextMenus {
    private ContextMenus() {
    }

    /** Gives {@code control} a context menu that {@code fill} fills whenever it is shown. */
    public static Menu attach(Control control, Consumer<Menu> fill) {
        Menu menu = new Menu(control);
        menu.addListener(SWT.Show, e -> {
            for (MenuItem item : menu.getItems()) {
                item.dispose();
            }
            fill.accept(menu);
        });
        control.setMenu(menu);
        return menu;
    }

    /** A push item that runs {@code action}. */
    public static MenuItem item(Menu menu, String label, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.setEnabled(enabled);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }
}
