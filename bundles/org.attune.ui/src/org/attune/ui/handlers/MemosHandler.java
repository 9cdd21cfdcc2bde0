package org.attune.ui.handlers;

import org.attune.ui.views.MemosView;
import org.eclipse.core.commands.ExecutionException;

/**
 * The Memos view's commands (its buttons New Memo, Save, Delete...): {@code MemosHandler:new}, {@code :save},
 * {@code :delete} in {@code plugin.xml}. The view owns the memo being edited; the changes are
 * {@code org.attune.coding.Memos}'.
 */
public class MemosHandler extends ViewHandler<MemosView> {
    public MemosHandler() {
        super(MemosView.ID, MemosView.class);
    }

    @Override
    protected void run(MemosView view, String action) throws ExecutionException {
        switch (action) {
            case "new" -> view.createMemo();
            case "save" -> view.save();
            case "delete" -> view.delete();
            default -> throw unknown(action);
        }
    }
}
