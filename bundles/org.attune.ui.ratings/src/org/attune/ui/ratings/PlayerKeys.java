package org.attune.ui.ratings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;

/**
 * The media player's keys (Space, arrows, comma/period, I/O; bound in {@code plugin.xml} in the context
 * {@link #CONTEXT}): the context is active in the player's part, except while one of its text fields has the focus,
 * where those keys are typed. The part's context service ends the activation when the part goes.
 */
final class PlayerKeys {
    /** The context of the player's keys. */
    static final String CONTEXT = "org.attune.ui.ratings.contexts.media";

    private final IContextService contexts;
    private IContextActivation active;

    PlayerKeys(IWorkbenchPartSite site, Text... fields) {
        contexts = site.getService(IContextService.class);
        active = contexts.activateContext(CONTEXT);
        for (Text field : fields) {
            field.addListener(SWT.FocusIn, e -> typing(true));
            field.addListener(SWT.FocusOut, e -> typing(false));
        }
    }

    private void typing(boolean typing) {
        if (typing && active != null) {
            contexts.deactivateContext(active);
            active = null;
        } else if (!typing && active == null) {
            active = contexts.activateContext(CONTEXT);
        }
    }
}
