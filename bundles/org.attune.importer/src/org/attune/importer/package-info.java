/**
 * Import of files into a project: the {@link org.attune.importer.Importer} pipeline, its options, progress and
 * report.
 */
package org.attune.importer;
