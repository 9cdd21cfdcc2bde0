package org.attune.ui.ratings;

import org.attune.ui.handlers.ViewHandler;
import org.eclipse.core.commands.ExecutionException;

/** The Compare Sheets view's command Make Consensus Sheet (its button); the consensus is made by {@code org.attune.ratings}. */
public class ComparisonHandler extends ViewHandler<ComparisonView> {
    public ComparisonHandler() {
        super(ComparisonView.ID, ComparisonView.class);
    }

    @Override
    protected void run(ComparisonView view, String action) throws ExecutionException {
        switch (action) {
            case "make" -> view.makeConsensus();
            default -> throw unknown(action);
        }
    }
}
