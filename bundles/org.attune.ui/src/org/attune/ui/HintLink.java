package org.attune.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.services.IServiceLocator;

/**
 * A view's line that says what to do next, with the action as a link: {@code <a href="command id">Import...</a>}
 * runs that command; an href given an action with {@link #on} runs that action instead. Hidden (and taking no room)
 * while it has nothing to say. Made before the other controls of a {@code GridLayout}, it spans the whole first row.
 */
public final class HintLink {
    private final Link link;
    private final IServiceLocator services;
    private final Map<String, Runnable> actions = new HashMap<>();

    public HintLink(Composite parent, IServiceLocator services, String widgetId) {
        this.services = services;
        link = WidgetIds.tag(new Link(parent, SWT.WRAP), widgetId);
        int columns = parent.getLayout() instanceof GridLayout grid ? grid.numColumns : 1;
        link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1)); // a line of its own
        link.addListener(SWT.Selection, e -> actions.getOrDefault(e.text, () -> execute(e.text)).run());
    }

    /** Runs {@code action} for the anchors whose href is {@code href}. */
    public HintLink on(String href, Runnable action) {
        actions.put(href, action);
        return this;
    }

    /** Says {@code text} (with its anchors), or hides the line when it is null. */
    public void say(String text) {
        if (link.isDisposed()) {
            return;
        }
        boolean shown = text != null;
        if (shown && !text.equals(link.getText())) {
            link.setText(text);
        }
        if (link.getVisible() != shown || ((GridData) link.getLayoutData()).exclude == shown) {
            link.setVisible(shown);
            ((GridData) link.getLayoutData()).exclude = !shown;
            link.getParent().layout();
        }
    }

    private void execute(String command) {
        Commands.execute(services, command, link.getShell());
    }
}
