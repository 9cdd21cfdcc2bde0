/**
 * Draft transcripts of recordings by offline speech recognition: a {@link org.attune.transcribe.SpeechEngine} runs a
 * recogniser installed on this machine (CMU PocketSphinx, or a whisper.cpp executable and model the user has), never
 * a network service; {@link org.attune.transcribe.DraftTranscript} adds its utterances to the project as a transcript
 * marked as a draft until corrected; {@link org.attune.transcribe.WordErrorRate} measures how far a draft is from a
 * known text.
 */
package org.attune.transcribe;
