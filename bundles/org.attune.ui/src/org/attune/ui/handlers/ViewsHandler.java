package org.attune.ui.handlers;

import org.attune.ui.views.MemosView;
import org.attune.ui.views.SearchView;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * The commands of the Search and Memos views' buttons ({@code ViewsHandler:search.run}, {@code :search.codeAll},
 * {@code :search.codingQuery}, {@code :memos.new}, {@code :memos.save}, {@code :memos.delete} in {@code plugin.xml}),
 * run on the view whether or not it has the focus. The views own what is typed and shown; the search is
 * {@code org.attune.index}'s, the coding {@code org.attune.coding.SearchAndCode}'s, the memos
 * {@code org.attune.coding.Memos}'.
 */
public class ViewsHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        switch (action) {
            case "search.run" -> view(event, SearchView.ID, SearchView.class).ifPresent(SearchView::run);
            case "search.codeAll" -> view(event, SearchView.ID, SearchView.class).ifPresent(SearchView::codeAll);
            case "search.codingQuery" -> view(event, SearchView.ID, SearchView.class).ifPresent(SearchView::codingQuery);
            case "memos.new" -> view(event, MemosView.ID, MemosView.class).ifPresent(MemosView::createMemo);
            case "memos.save" -> view(event, MemosView.ID, MemosView.class).ifPresent(MemosView::save);
            case "memos.delete" -> view(event, MemosView.ID, MemosView.class).ifPresent(MemosView::delete);
            default -> throw unknown(action);
        }
        return null;
    }
}
