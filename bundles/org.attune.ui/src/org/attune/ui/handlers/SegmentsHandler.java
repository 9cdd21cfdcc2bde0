package org.attune.ui.handlers;

import org.attune.coding.CodedSegments;
import org.attune.ui.views.CodedSegmentsView;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Coded Segments view's context-menu commands on the selected segments: Split Off Into New Code..., Open (the
 * data after the class name in {@code plugin.xml}); active in that view, enabled by the selection. The view owns the
 * dialog; splitting is {@code Codebook}'s.
 */
public class SegmentsHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActivePart(event) instanceof CodedSegmentsView view)) {
            return null;
        }
        switch (action) {
            case "split" -> view.splitOff(selected(event, CodedSegments.Segment.class));
            case "open" -> view.openSelected();
            default -> throw new ExecutionException("no Coded Segments action '" + action + "'");
        }
        return null;
    }
}
