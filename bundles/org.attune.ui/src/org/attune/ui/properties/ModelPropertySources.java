package org.attune.ui.properties;

import org.attune.coding.CodedSegments;
import org.attune.model.Element;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.widgets.Display;
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
 * (registered in plugin.xml), so every view that publishes model objects in its selection shows them there (a row of
 * Coded Segments: its coding). The
 * Properties view shows them again after every committed action, undo and redo.
 */
public final class ModelPropertySources implements IAdapterFactory {
    private static boolean watching;

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        Object shown = adaptable instanceof CodedSegments.Segment segment ? segment.coding() : adaptable;
        if (adapterType != IPropertySource.class || !(shown instanceof Element element)
                || !(ModelItems.factory().adapt(element, IItemPropertySource.class) instanceof IItemPropertySource items)) {
            return null;
        }
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().filter(s -> s.project() == org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element))
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
        if (watching || display == null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IEventBroker events = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (events != null) {
            watching = true; // the project session's events: another project, or a committed action, undo, redo
            events.subscribe(IProjectSession.TOPIC_ALL, e -> display.asyncExec(() -> {
                if (!display.isDisposed() && PlatformUI.isWorkbenchRunning()) {
                    refreshSheets();
                }
            }));
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
