package org.attune.ui.testsupport;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The workbench's small dialogs that ask for one line, answered as a user answers them. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Types {@code value} into the text field of the dialog titled {@code title}, presses OK and waits until it closes. */
    public static void answer(String title, String value) {
        Shell dialog = Widgets.shell(title);
        Text field = Widgets.find(dialog, Text.class, t -> true, "the text field of '" + title + "'");
        UiThread.run(() -> field.setText(value));
        Input.click(Widgets.byText(dialog, Button.class, "OK"));
        UiThread.waitUntil("'" + title + "' closed", dialog::isDisposed);
    }
}
