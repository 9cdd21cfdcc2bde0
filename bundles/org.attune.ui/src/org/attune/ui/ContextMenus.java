package org.attune.ui;

import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;

/**
 * Context menus. {@link #register} gives a part the menu whose items are commands contributed in
 * {@code plugin.xml} ({@code popup:<part id>}), enabled by expressions on the selection and run by handlers active
 * in that part (the Project Explorer and the Codebook). {@link #attach} and {@link #item} build a menu by hand; the
 * transcript editor and the Coded Segments view still do (issue #16 moves them to commands too).
 */
public final class ContextMenus {
    private ContextMenus() {
    }

    /** Gives {@code control} the context menu registered for {@code site}'s part, with {@code selection} as its selection. */
    public static void register(IWorkbenchPartSite site, Control control, ISelectionProvider selection) {
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        control.setMenu(menu.createContextMenu(control));
        // The right click makes the part active (also when its control has the focus already), so that the
        // handlers of the menu's commands, active in that part, are the ones that run.
        control.addListener(SWT.MenuDetect, e -> site.getPage().activate(site.getPart()));
        site.registerContextMenu(menu, selection);
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
