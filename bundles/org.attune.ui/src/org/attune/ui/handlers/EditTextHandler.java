package org.attune.ui.handlers;

import java.util.Map;

import org.attune.ui.editors.SourceEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * Edit > Edit Text (Ctrl+Shift+E; also in the transcript's context menu): turns correcting the active transcript on
 * or off. The menu item is checked while the active transcript is being edited; the edits are the editor's, through
 * {@code org.attune.coding.TextEdits}.
 */
public class EditTextHandler extends AbstractHandler implements IElementUpdater {
    public static final String COMMAND = "org.attune.ui.commands.transcript.editText";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof SourceEditor editor) {
            editor.setEditing(!editor.isEditing());
            PlatformUI.getWorkbench().getService(ICommandService.class).refreshElements(COMMAND, null);
        }
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        var part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
        element.setChecked(part instanceof SourceEditor editor && editor.isEditing());
    }
}
