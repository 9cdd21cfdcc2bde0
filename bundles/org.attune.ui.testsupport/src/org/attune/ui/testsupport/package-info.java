/**
 * Support for UI tests in a real workbench: finding widgets, posting input, waiting on the UI thread, screenshots, the commands run.
 */
package org.attune.ui.testsupport;
