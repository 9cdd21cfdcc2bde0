package org.attune.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A handler of several of a part's context-menu commands: which one an instance runs is the data after the class
 * name in {@code plugin.xml} (e.g. {@code ExplorerHandler:rename}).
 */
public abstract class ActionHandler extends AbstractHandler implements IExecutableExtension {
    /** The action this handler runs. */
    protected String action;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        action = String.valueOf(data);
    }

    /** The selected objects of {@code type}, in the order of the selection. */
    protected static <T> List<T> selected(ExecutionEvent event, Class<T> type) {
        return HandlerUtil.getCurrentStructuredSelection(event).toList().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
