package org.attune.ui.preferences;

import java.nio.file.Path;

import org.attune.transcribe.Engines;
import org.attune.transcribe.PocketSphinxEngine;
import org.attune.transcribe.SpeechEngine;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The speech engine of Draft Transcript... (Window > Preferences > Attune > Transcription). */
public class TranscriptionPreferences extends AbstractPreferenceInitializer {
    public static final String NODE = ImportPreferences.NODE;
    public static final String ENGINE = "transcribe.engine";
    public static final String WHISPER_EXE = "transcribe.whisperExecutable";
    public static final String WHISPER_MODEL = "transcribe.whisperModel";

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
        defaults.put(ENGINE, PocketSphinxEngine.NAME);
        defaults.put(WHISPER_EXE, "");
        defaults.put(WHISPER_MODEL, "");
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
