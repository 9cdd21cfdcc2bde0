/**
 * Workbench tests of the Coding perspective: views, editors, commands and dialogs in a running workbench.
 */
package org.attune.ui.tests;
