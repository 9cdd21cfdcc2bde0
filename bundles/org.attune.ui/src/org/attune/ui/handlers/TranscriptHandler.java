package org.attune.ui.handlers;

import java.util.List;

import org.attune.coding.Coder;
import org.attune.model.Coding;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The transcript editor's context-menu commands on the codings under the selection: Uncode, Recode As...,
 * Annotate... (the data after the class name in {@code plugin.xml}). The parameter {@link #CODING} names one of those
 * codings by id; Uncode without it takes off all of them, as one undo step. Uncoding is {@code Coder}'s; the editor
 * owns the dialogs of recoding and annotating.
 */
public class TranscriptHandler extends ActionHandler {
    /** The commands' parameter: the id of a coding under the selection. */
    public static final String CODING = "org.attune.ui.commands.transcript.coding";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActivePart(event) instanceof SourceEditor editor)) {
            return null;
        }
        String id = event.getParameter(CODING);
        List<Coding> here = editor.codingsAtSelection().stream().filter(c -> id == null || id.equals(c.getId())).toList();
        if (here.isEmpty()) {
            return null;
        }
        switch (action) {
            case "uncode" -> new Coder(editor.codedProject()).uncode(here);
            case "recode" -> editor.recode(here.get(0));
            case "annotate" -> editor.annotate(here.get(0));
            default -> throw new ExecutionException("no transcript action '" + action + "'");
        }
        return null;
    }
}
