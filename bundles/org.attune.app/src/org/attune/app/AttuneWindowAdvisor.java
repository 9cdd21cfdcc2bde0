package org.attune.app;

import org.attune.ui.EmptyEditorArea;
import org.attune.ui.ShownCodings;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.service.event.EventHandler;

/** The main window: titled Attune, with a status line for progress; menus come from plugin.xml; the empty editor area says what to do. */
public class AttuneWindowAdvisor extends WorkbenchWindowAdvisor {
    public static final String TITLE = "Attune";

    public AttuneWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setTitle(TITLE);
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
    }

    @Override
    public void postWindowOpen() {
        EmptyEditorArea.install(getWindowConfigurer().getWindow());
        org.attune.ui.editors.RestoredEditors.settle(getWindowConfigurer().getWindow().getActivePage(),
                getWindowConfigurer().getActionBarConfigurer().getStatusLineManager());
        // Edit > Show Codings kept for a project names a coder not in it: All is shown, and the status line says so
        IEventBroker events = getWindowConfigurer().getWindow().getService(IEventBroker.class);
        events.subscribe(ShownCodings.TOPIC_FALLBACK, fallback);
    }

    private final EventHandler fallback = e -> {
        if (e.getProperty(IEventBroker.DATA) instanceof String message) {
            getWindowConfigurer().getActionBarConfigurer().getStatusLineManager().setMessage(message);
        }
    };

    @Override
    public void postWindowClose() {
        IEventBroker events = getWindowConfigurer().getWindow().getService(IEventBroker.class);
        if (events != null) {
            events.unsubscribe(fallback);
        }
    }
}
