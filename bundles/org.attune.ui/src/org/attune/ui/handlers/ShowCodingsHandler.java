package org.attune.ui.handlers;

import java.util.Map;

import org.attune.coding.CoderFilter;
import org.attune.ui.ShownCodings;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * Edit > Show Codings > <i>whose</i> (and the transcript's context menu): chooses whose codings the transcript's
 * highlighting and stripes, Coded Segments, the Codebook's counts and the matrices show ({@link ShownCodings}); its
 * radio items show the choice.
 */
public class ShowCodingsHandler extends AbstractHandler implements IElementUpdater {
    public static final String COMMAND = "org.attune.ui.commands.showCodings";
    /** The command's parameter: all, mine, consensus or a coder's name ({@link CoderFilter#parse}). */
    public static final String WHOSE = "org.attune.ui.commands.showCodings.whose";

    @Override
    public Object execute(ExecutionEvent event) {
        if (event.getTrigger() instanceof Event e && e.widget instanceof MenuItem item && (item.getStyle() & SWT.RADIO) != 0
                && !item.getSelection()) {
            return null; // the radio item that was unchecked by choosing another one
        }
        ShownCodings.set(CoderFilter.parse(event.getParameter(WHOSE)));
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        Object whose = parameters.get(WHOSE);
        element.setChecked(whose != null && CoderFilter.parse(whose.toString()).equals(ShownCodings.filter()));
    }
}
