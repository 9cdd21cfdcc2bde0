/**
 * Tests of the search index: the search syntax on real transcripts, following every action, damage and rebuilding,
 * languages, Code All Hits and coding queries with a text search.
 */
package org.attune.index.tests;
