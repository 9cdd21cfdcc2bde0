/**
 * Support for UI tests in a real workbench: finding widgets, posting input, waiting on the UI thread, screenshots.
 */
package org.attune.ui.testsupport;
