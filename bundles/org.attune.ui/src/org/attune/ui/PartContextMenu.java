package org.attune.ui;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;

/**
 * A part's context menu: its items are commands contributed in {@code plugin.xml} ({@code popup:<part id>}),
 * shown and enabled by expressions on the selection and run by handlers active in that part. Every context menu of
 * the workbench (Project Explorer, Codebook, transcript editor, Coded Segments) is one.
 */
public final class PartContextMenu {
    private PartContextMenu() {
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
}
