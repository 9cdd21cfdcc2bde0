package org.attune.ui.ratings;

import org.attune.ui.handlers.ViewHandler;
import org.eclipse.core.commands.ExecutionException;

/** The Rating Scales editor's commands (its buttons): which one is the data after the class name in {@code plugin.xml}; each change to a scale is one undoable action of {@code org.attune.ratings}. */
public class ScaleEditorHandler extends ViewHandler<ScaleEditorView> {
    public ScaleEditorHandler() {
        super(ScaleEditorView.ID, ScaleEditorView.class);
    }

    @Override
    protected void run(ScaleEditorView view, String action) throws ExecutionException {
        switch (action) {
            case "addTemplate" -> view.addTemplate();
            case "addItem" -> view.addItem();
            case "addSubItem" -> view.addSubItem();
            case "addLevel" -> view.addLevel();
            case "rename" -> view.rename();
            case "toggleNotUsed" -> view.toggleNotUsed();
            case "toggleNotApplicable" -> view.toggleNotApplicable();
            default -> throw unknown(action);
        }
    }
}
