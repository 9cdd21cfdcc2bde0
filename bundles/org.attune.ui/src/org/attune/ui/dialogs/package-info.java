/**
 * Dialogs of the workbench: new project, passphrase, code, properties, restore from backup, about.
 */
package org.attune.ui.dialogs;
