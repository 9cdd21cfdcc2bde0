package org.attune.ui.preferences;

import org.eclipse.ui.PlatformUI;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.eclipse.jface.preference.StringFieldEditor;

/** Window > Preferences > Attune: the coder name. */
public class CodingPreferencePage extends AttunePreferencePage {

    public CodingPreferencePage() {
        super(ImportPreferences.NODE, Messages.CodingPreferencePage_description);
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(CodingPreferences.CODER, Messages.CodingPreferencePage_coder, getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        String coder = CodingPreferences.coder();
        PlatformUI.getWorkbench().getService(IProjectSession.class).current().ifPresent(store -> {
            if (coder != null) {
                store.setCurrentUser(coder);
            }
        });
        org.attune.ui.CurrentCoder.changed(); // the status line and "Mine" in Coded Segments
        return ok;
    }
}
