package org.attune.ui.handlers;

import org.attune.ui.views.CodingStatusView;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Mark Done and Reopen of the Coding Status view (#17; {@code CodingStatusHandler:done} and {@code :reopen} in
 * {@code plugin.xml}): the selected coders' coding of the selected sources is marked done or the mark is taken back,
 * as {@code attune cli coding done [--undo]} does.
 */
public class CodingStatusHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        CodingStatusView view = view(event, CodingStatusView.ID, CodingStatusView.class).orElse(null);
        if (view == null) {
            return null;
        }
        switch (action) {
            case "done" -> view.mark(true);
            case "reopen" -> view.mark(false);
            default -> throw unknown(action);
        }
        return null;
    }
}
