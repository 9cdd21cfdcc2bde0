package org.attune.ui.preferences;

import java.nio.file.Path;

import org.attune.transcribe.Engines;
import org.attune.transcribe.PocketSphinxEngine;
import org.attune.transcribe.SpeechEngine;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The speech engine of Draft Transcript..., and transcription mode's speaker labels (Ctrl+1…9) and seconds of rewind
 * (Window > Preferences > Attune > Transcription).
 */
public class TranscriptionPreferences extends AbstractPreferenceInitializer {
    public static final String NODE = ImportPreferences.NODE;
    public static final String ENGINE = "transcribe.engine";
    public static final String WHISPER_EXE = "transcribe.whisperExecutable";
    public static final String WHISPER_MODEL = "transcribe.whisperModel";
    /** Seconds the recording goes back when paused in transcription mode (0: none). */
    public static final String REWIND_ON_PAUSE = "transcribe.rewindOnPause";
    /** Seconds of a rewind or skip forward key. */
    public static final String SKIP = "transcribe.skipSeconds";
    /** The speakers of Ctrl+1…9, one a line. */
    public static final String SPEAKERS = "transcribe.speakers";

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
        defaults.put(ENGINE, PocketSphinxEngine.NAME);
        defaults.put(WHISPER_EXE, "");
        defaults.put(WHISPER_MODEL, "");
        defaults.putInt(REWIND_ON_PAUSE, 2);
        defaults.putInt(SKIP, 3);
        defaults.put(SPEAKERS, "Interviewer\nParticipant");
    }

    /** Seconds to go back on pause in transcription mode. */
    public static int rewindOnPause() {
        return Math.max(0, InstanceScope.INSTANCE.getNode(NODE).getInt(REWIND_ON_PAUSE, 2));
    }

    /** Seconds of transcription mode's rewind and skip forward keys. */
    public static int skipSeconds() {
        return Math.max(1, InstanceScope.INSTANCE.getNode(NODE).getInt(SKIP, 3));
    }

    /** The speaker of Ctrl+{@code slot} (1…9), or null when none is set for it. */
    public static String speaker(int slot) {
        java.util.List<String> names = InstanceScope.INSTANCE.getNode(NODE).get(SPEAKERS, "Interviewer\nParticipant").lines()
                .map(String::strip).toList();
        return slot >= 1 && slot <= names.size() && !names.get(slot - 1).isEmpty() ? names.get(slot - 1) : null;
    }

    /** The engine the preferences choose. */
    public static SpeechEngine engine() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        String exe = prefs.get(WHISPER_EXE, "");
        String model = prefs.get(WHISPER_MODEL, "");
        return Engines.named(prefs.get(ENGINE, PocketSphinxEngine.NAME), exe.isBlank() ? null : Path.of(exe),
                model.isBlank() ? null : Path.of(model));
    }
}
