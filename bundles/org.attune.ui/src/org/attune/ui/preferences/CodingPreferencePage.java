package org.attune.ui.preferences;

import org.eclipse.ui.PlatformUI;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Attune: the coder name. */
public class CodingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public CodingPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ImportPreferences.NODE));
        setDescription(Messages.CodingPreferencePage_description);
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

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
