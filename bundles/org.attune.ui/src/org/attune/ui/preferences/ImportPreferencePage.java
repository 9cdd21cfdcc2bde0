package org.attune.ui.preferences;

import org.attune.ui.Messages;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window > Preferences > Attune Import: copy or link, the size limit, the default language. */
public class ImportPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ImportPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ImportPreferences.NODE));
        setDescription(Messages.ImportPreferencePage_description);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(ImportPreferences.COPY, Messages.ImportPreferencePage_copy,
                getFieldEditorParent()));
        IntegerFieldEditor limit = new IntegerFieldEditor(ImportPreferences.SIZE_LIMIT_MB, Messages.ImportPreferencePage_limit,
                getFieldEditorParent());
        limit.setValidRange(1, 1_000_000);
        addField(limit);
        addField(new StringFieldEditor(ImportPreferences.LANGUAGE, Messages.ImportPreferencePage_language, getFieldEditorParent()));
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
