package org.attune.ui.handlers;

import org.attune.ui.views.SearchView;
import org.eclipse.core.commands.ExecutionException;

/**
 * The Search view's commands (its buttons Search, Code All Hits..., Coding Query...): {@code SearchHandler:run},
 * {@code :codeAll}, {@code :codingQuery} in {@code plugin.xml}. The view owns the query and the hits shown; the
 * search is {@code org.attune.index}'s, the coding {@code org.attune.coding.SearchAndCode}'s.
 */
public class SearchHandler extends ViewHandler<SearchView> {
    public SearchHandler() {
        super(SearchView.ID, SearchView.class);
    }

    @Override
    protected void run(SearchView view, String action) throws ExecutionException {
        switch (action) {
            case "run" -> view.run();
            case "codeAll" -> view.codeAll();
            case "codingQuery" -> view.codingQuery();
            default -> throw unknown(action);
        }
    }
}
