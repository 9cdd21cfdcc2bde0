/**
 * Tests of REFI-QDA project and codebook import and export and of the codebook documents, round trips included.
 */
package org.attune.exchange.tests;
