/**
 * Workbench tests of the analysis views (matrices, co-occurrence, framework matrix) and of exchange (REFI-QDA,
 * codebook documents) from the workbench, on the sample study.
 */
package org.attune.ui.analysis.tests;
