package org.attune.ui.handlers;

import java.util.List;

import org.attune.model.Code;
import org.attune.ui.views.CodebookView;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Codebook's context-menu commands on the selected codes (New Code..., New Sub-code..., Rename..., Edit
 * Definition..., Colour..., Merge Into..., Move Under..., Move to Top Level, New Memo About Code..., Delete...).
 * Which one a handler runs is the data after the class name in {@code plugin.xml}; the handlers are active in the
 * Codebook only and enabled by the selection. The view owns the dialogs; the operations are {@code Codebook}'s.
 */
public class CodebookHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActivePartChecked(event) instanceof CodebookView codebook) || !codebook.hasProject()) {
            return null;
        }
        List<Code> codes = selected(event, Code.class);
        if (action.equals("newCode")) {
            codebook.create(null);
            return null;
        }
        if (codes.isEmpty()) {
            return null;
        }
        Code one = codes.get(0);
        switch (action) {
            case "newSubcode" -> codebook.create(one);
            case "rename" -> codebook.rename(one);
            case "edit" -> codebook.edit(one);
            case "colour" -> codebook.recolour(one);
            case "merge" -> codebook.merge(one);
            case "moveUnder" -> codebook.moveUnder(codes);
            case "moveToTop" -> codebook.moveToTop(one);
            case "newMemo" -> codebook.memo(one);
            case "delete" -> codebook.delete(codes);
            default -> throw new ExecutionException("no Codebook action '" + action + "'");
        }
        return null;
    }
}
