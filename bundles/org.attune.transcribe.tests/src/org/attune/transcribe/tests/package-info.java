/** Tests of draft transcripts: PocketSphinx on generated speech through the real store, whisper.cpp's plumbing, the word error rate. */
package org.attune.transcribe.tests;
