package org.attune.ui.preferences;

import org.attune.ui.Messages;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;

/** Window > Preferences > Attune Import: copy or link, the size limit, the default language. */
public class ImportPreferencePage extends AttunePreferencePage {

    public ImportPreferencePage() {
        super(ImportPreferences.NODE, Messages.ImportPreferencePage_description);
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
}
