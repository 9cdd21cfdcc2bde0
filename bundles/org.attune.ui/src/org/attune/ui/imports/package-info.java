/**
 * The import wizard, the import job (progress and Cancel) and its report.
 */
package org.attune.ui.imports;
