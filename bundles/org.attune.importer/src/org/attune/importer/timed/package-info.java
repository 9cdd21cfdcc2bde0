/**
 * Timed transcripts: subtitles (SRT, WebVTT) and ELAN annotation files.
 */
package org.attune.importer.timed;
