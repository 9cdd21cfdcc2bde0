package org.attune.ui.properties;

import org.attune.model.Element;
import org.attune.store.ProjectStore;
import org.attune.ui.ProjectSession;
import org.attune.ui.ProjectWatch;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * Adapts the open project's elements to the Properties view's {@link IPropertySource} through the item providers
 * (registered in plugin.xml), so every view that publishes model objects in its selection shows them there. The
 * Properties view shows them again after every committed action, undo and redo.
 */
public final class ModelPropertySources implements IAdapterFactory {
    private static ProjectWatch watch;

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class || !(adaptable instanceof Element element)
                || !(ModelItems.factory().adapt(element, IItemPropertySource.class) instanceof IItemPropertySource items)) {
            return null;
        }
        ProjectStore store = ProjectSession.get().current().filter(s -> s.project() == org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element))
                .orElse(null);
        watchChanges();
        return adapterType.cast(new ModelPropertySource(element, items, store));
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }

    /** Refreshes the Properties views after each change of the open project, for as long as the workbench runs. */
    private static void watchChanges() {
        Display display = Display.getCurrent();
        if (watch != null || display == null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window == null ? null : window.getShell();
        if (shell != null) {
            watch = new ProjectWatch(shell, project -> refreshSheets(), ModelPropertySources::refreshSheets);
            shell.addDisposeListener(e -> watch = null);
        }
    }

    static void refreshSheets() {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                IViewPart view = page.findView(IPageLayout.ID_PROP_SHEET);
                if (view instanceof PropertySheet sheet && sheet.getCurrentPage() instanceof PropertySheetPage properties
                        && !properties.getControl().isDisposed()) {
                    properties.refresh();
                }
            }
        }
    }
}
