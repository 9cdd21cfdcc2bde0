/**
 * Tests of the analyses on real projects: matrices, co-occurrence, framework matrix, saturation, their exports,
 * and their speed on 10,000 codings.
 */
package org.attune.analysis.tests;
