package org.attune.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * A page of Attune's preferences: field editors in a grid, kept in the instance scope of a preference node (the
 * user's settings, over the defaults its initializer gives), under a line that says what the page is for.
 */
abstract class AttunePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    AttunePreferencePage(String node, String description) {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, node));
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
