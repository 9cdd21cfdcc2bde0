/**
 * Tests of the researcher's headless actions: codebook, coding, memos, cases, blind coding, undo as one step.
 */
package org.attune.coding.tests;
