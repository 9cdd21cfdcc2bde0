/**
 * Analysis over coded projects: matrices of codes or themes by cases, sources or attributes, the framework matrix,
 * co-occurrence, saturation, and their CSV and XLSX export.
 */
package org.attune.analysis;
