/**
 * Support for UI tests in a real workbench: finding widgets, posting input, waiting on the UI thread, screenshots, the commands run, and
 * the workbench, its window's size and a project in it ({@link Workbench}), a dialog's one-line answer ({@link Dialogs}), the
 * sample study opened for a test ({@link SampleStudy}).
 */
package org.attune.ui.testsupport;
