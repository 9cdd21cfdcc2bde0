package org.attune.ui.dialogs;

import java.util.List;
import java.util.function.Function;

import org.attune.coding.Codebook;
import org.attune.model.Code;
import org.attune.ui.Messages;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Asks for one code from a list that narrows as you type: each code by its name, then where it sits
 * ("Focus on what works  (Seeing strengths)"), with its colour. Typing matches the start of a name (ignoring case);
 * {@code *} stands for any text ("*strengths" finds the codes under Seeing strengths).
 */
public final class CodePicker {
    private CodePicker() {
    }

    /** The code picked among {@code codes}, or null when the dialog is cancelled. */
    public static Code pick(Shell shell, String title, String message, List<Code> codes, Function<Code, Image> colour) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label((Code) element);
            }

            @Override
            public Image getImage(Object element) {
                return colour.apply((Code) element);
            }
        });
        dialog.setTitle(title);
        dialog.setMessage(message);
        dialog.setElements(codes.toArray());
        dialog.setMultipleSelection(false);
        dialog.setIgnoreCase(true);
        dialog.setEmptyListMessage(Messages.CodePicker_empty);
        dialog.setEmptySelectionMessage(Messages.CodePicker_noMatch);
        return dialog.open() == Window.OK ? (Code) dialog.getFirstResult() : null;
    }

    /** A code's name, then the path of its parent. */
    public static String label(Code code) {
        return code.getParent() == null ? code.getName() : code.getName() + "  (" + Codebook.path(code.getParent()) + ")";
    }
}
