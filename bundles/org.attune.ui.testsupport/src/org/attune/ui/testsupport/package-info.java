/**
 * Support for UI tests in a real workbench: finding widgets, posting input, waiting on the UI thread, screenshots, the commands run, and
 * the sample study opened in the workbench for a test ({@link SampleStudy}).
 */
package org.attune.ui.testsupport;
