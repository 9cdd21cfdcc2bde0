package org.attune.ui;

import org.attune.model.Code;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Codes' icons in their colours, shown beside their names (a tag; two for a code with sub-codes): {@link Images#code}
 * for a control's codes. The images are shared and disposed of with the display.
 */
public final class Swatches {
    public Swatches(Control owner) {
        // shared images (Images): nothing of the control's to dispose of
    }

    /** The icon in {@code code}'s colour (grey when it has none). */
    public Image of(Code code) {
        return Images.code(code);
    }
}
