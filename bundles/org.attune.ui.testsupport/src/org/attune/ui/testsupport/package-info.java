/**
 * Support for UI tests in a real workbench: finding widgets, posting input, waiting on the UI thread, screenshots, the commands run, and
 * the workbench and a project in it ({@link Workbench}), the sample study opened for a test ({@link SampleStudy}).
 */
package org.attune.ui.testsupport;
