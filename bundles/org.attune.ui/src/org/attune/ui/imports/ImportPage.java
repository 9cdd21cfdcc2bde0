package org.attune.ui.imports;

import org.eclipse.jface.wizard.WizardPage;

/** A page of an import wizard: its heading and description, incomplete until what it asks is given. */
abstract class ImportPage extends WizardPage {
    ImportPage(String name, String title, String description) {
        super(name);
        setTitle(title);
        setDescription(description);
        setPageComplete(false);
    }
}
