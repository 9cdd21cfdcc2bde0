/**
 * Tests of rating scales, sheets, the blind rule, consensus, results tables and their export.
 */
package org.attune.ratings.tests;
