package org.attune.ui.handlers;

import java.util.List;
import java.util.Map;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.ui.views.CodebookView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * Codebook > Level > <i>level</i>: sets the level (the command's parameter, a level's literal) of the selected
 * codes as one undo step. Its radio items show the level of the one selected code.
 */
public class SetLevelHandler extends AbstractHandler implements IElementUpdater {
    /** The command's parameter: the literal of an {@link AnalyticLevel}. */
    public static final String LEVEL = "org.attune.ui.commands.codebook.setLevel.level";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (event.getTrigger() instanceof Event e && e.widget instanceof MenuItem item && (item.getStyle() & SWT.RADIO) != 0
                && !item.getSelection()) {
            return null; // the radio item that was unchecked by choosing another one
        }
        AnalyticLevel level = AnalyticLevel.get(event.getParameter(LEVEL));
        if (level == null) {
            throw new ExecutionException("no level '" + event.getParameter(LEVEL) + "'");
        }
        if (HandlerUtil.getActivePartChecked(event) instanceof CodebookView codebook && codebook.hasProject()) {
            List<Code> codes = ActionHandler.selected(event, Code.class);
            if (!codes.isEmpty()) {
                codebook.setLevel(codes, level);
            }
        }
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        IWorkbenchWindow window = element.getServiceLocator().getService(IWorkbenchWindow.class);
        var page = window == null ? null : window.getActivePage();
        List<Code> codes = page != null && page.getActivePart() instanceof CodebookView codebook ? codebook.selected() : List.of();
        element.setChecked(codes.size() == 1 && codes.get(0).getLevel().getLiteral().equals(parameters.get(LEVEL)));
    }
}
