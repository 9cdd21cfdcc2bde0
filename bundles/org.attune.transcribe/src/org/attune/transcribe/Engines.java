package org.attune.transcribe;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The speech engines by name, as the CLI's {@code --engine} and the Preferences choose them. */
public final class Engines {
    /** The names, the default first. */
    public static final List<String> NAMES = List.of(PocketSphinxEngine.NAME, WhisperCppEngine.NAME);

    private Engines() {
    }

    /**
     * The engine named {@code name} (null: the default, PocketSphinx); {@code whisperExecutable} and
     * {@code whisperModel} are whisper.cpp's files (unused by PocketSphinx).
     *
     * @throws IllegalArgumentException for an unknown name, saying which there are
     */
    public static SpeechEngine named(String name, Path whisperExecutable, Path whisperModel) {
        String key = name == null || name.isBlank() ? PocketSphinxEngine.NAME : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case PocketSphinxEngine.NAME -> new PocketSphinxEngine();
            case WhisperCppEngine.NAME, "whisper", "whisper.cpp" -> new WhisperCppEngine(whisperExecutable, whisperModel);
            default -> throw new IllegalArgumentException("there is no speech engine \"" + name.strip() + "\"; there are " + String.join(" and ", NAMES));
        };
    }
}
