/**
 * Workbench handlers and jobs for export and REFI-QDA import.
 */
package org.attune.ui.analysis.exchange;
