package org.attune.ui.ratings;

import org.attune.ui.handlers.ViewHandler;
import org.eclipse.core.commands.ExecutionException;

/** The rating sheet's commands (its buttons Change Rater..., Start or Continue, Submit): which one is the data after the class name in {@code plugin.xml}; the sheet's changes are {@code org.attune.ratings}'. */
public class RatingFormHandler extends ViewHandler<RatingFormView> {
    public RatingFormHandler() {
        super(RatingFormView.ID, RatingFormView.class);
    }

    @Override
    protected void run(RatingFormView view, String action) throws ExecutionException {
        switch (action) {
            case "changeRater" -> view.changeRater();
            case "start" -> view.startOrContinue();
            case "submit" -> view.submit();
            default -> throw unknown(action);
        }
    }
}
