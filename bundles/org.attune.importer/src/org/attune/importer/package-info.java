/**
 * Import of files into a project: the {@link org.attune.importer.Importer} (its entry), the pipeline that reads files
 * ahead and commits them in groups ({@code ImportPipeline}, {@code SourceReader}, {@code GroupCommit}), type detection
 * ({@code TypeDetection}), one builder per kind of source ({@code SourceBuilder}: documents, subtitles and ELAN files,
 * recordings, pictures), the copies in {@code sources/}, and the import's options, progress and report.
 */
package org.attune.importer;
