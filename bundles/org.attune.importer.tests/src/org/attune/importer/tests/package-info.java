/**
 * Tests of import through Tika: file types, text normalisation, speaker turns, time codes, subtitles, ELAN, media.
 */
package org.attune.importer.tests;
