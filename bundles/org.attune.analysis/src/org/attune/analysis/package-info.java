/**
 * Analysis over coded projects: matrices of codes or themes by cases, sources or attributes, the framework matrix,
 * co-occurrence (the one definition: {@link org.attune.analysis.Cooccurrence}), saturation, coding queries over
 * codes ({@link org.attune.analysis.CodingQuery}, {@link org.attune.analysis.CodingFilter}), and their CSV and XLSX
 * export.
 */
package org.attune.analysis;
