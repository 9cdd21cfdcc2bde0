package org.attune.transcribe;

import java.nio.file.Path;
import java.util.List;

import org.attune.importer.timed.Cue;
import org.attune.store.Originals;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * A speech recogniser installed on this machine. It runs as a process of its own, offline; Cancel (the monitor's) kills
 * the process.
 */
public interface SpeechEngine {
    /** The engine's name as the CLI and the Preferences know it: {@code pocketsphinx} or {@code whisper-cpp}. */
    String name();

    /** Why the engine cannot run here (not installed, model file missing), in one sentence; null when it can. */
    String unavailable();

    /**
     * Recognises the speech of {@code media} (any audio or video FFmpeg reads): one cue per utterance, with its start
     * and end in milliseconds, its words and, if the engine tells speakers apart, its speaker.
     *
     * @param language the language of the speech as an ISO 639-1 code ("en"), or null for the engine's default
     * @throws OperationCanceledException when the monitor was cancelled; the engine's process is killed then
     */
    List<Cue> transcribe(Path media, String language, IProgressMonitor monitor) throws TranscriptionException;

    /**
     * {@link #transcribe(Path, String, IProgressMonitor)} of a project's recording, read through its {@code originals}:
     * an encrypted one reaches the engine decrypted through a pipe, never as a plaintext file.
     */
    default List<Cue> transcribe(Originals originals, Path media, String language, IProgressMonitor monitor) throws TranscriptionException {
        if (originals.encrypted()) {
            throw new TranscriptionException(name() + " cannot read an encrypted recording");
        }
        return transcribe(media, language, monitor);
    }
}
