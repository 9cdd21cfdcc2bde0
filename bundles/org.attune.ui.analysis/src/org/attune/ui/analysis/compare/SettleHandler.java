package org.attune.ui.analysis.compare;

import org.attune.coding.consensus.Decision;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The settle commands of Compare Coders (Accept A, Accept B, Both, Neither, Adjust Boundaries, Reopen): each settles
 * the disagreement selected in the view through {@link org.attune.coding.consensus.Consensus}; Copy Agreed copies the
 * codings the two coders agree on into the consensus.
 */
public class SettleHandler extends AbstractHandler {
    static final String PREFIX = "org.attune.ui.analysis.commands.settle.";
    static final String ACCEPT_A = PREFIX + "acceptA";
    static final String ACCEPT_B = PREFIX + "acceptB";
    static final String BOTH = PREFIX + "both";
    static final String NEITHER = PREFIX + "neither";
    static final String ADJUST = PREFIX + "adjust";
    static final String REOPEN = PREFIX + "reopen";
    /** Copy Agreed: the codings both coders agree on (same code, same stretch) into the consensus, as {@code settle --agreed}. */
    static final String AGREED = PREFIX + "agreed";

    @Override
    public Object execute(ExecutionEvent event) {
        Object view = HandlerUtil.getActivePart(event) instanceof CompareCodersView active ? active
                : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(CompareCodersView.ID);
        if (view instanceof CompareCodersView compare) {
            compare.settle(event.getCommand().getId());
        }
        return null;
    }

    static Decision decision(String commandId) {
        return switch (commandId) {
        case ACCEPT_A -> Decision.ACCEPT_A;
        case ACCEPT_B -> Decision.ACCEPT_B;
        case BOTH -> Decision.BOTH;
        default -> Decision.NEITHER;
        };
    }
}
