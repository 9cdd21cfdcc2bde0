package org.attune.cli.internal;

import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.TextSource;

import picocli.CommandLine.Option;

/**
 * Mixin of the commands that work on one source, {@code --source NAME} ({@code code}, {@code uncode}, {@code edit}):
 * the option, and the source of that name looked up as the command needs it ({@link OpenProject}), each look-up failing
 * with a message that names the project's sources or says what the source is not.
 */
public class SourceName {
    @Option(names = "--source", required = true, paramLabel = "NAME", description = "The transcript (source name).")
    String name;

    /** The source of that name, whatever its kind. */
    Source in(OpenProject p) {
        return p.source(name);
    }

    /** The transcript or document of that name, loaded. */
    TextSource text(OpenProject p) {
        return p.textSource(name);
    }

    /** The picture of that name, loaded. */
    ImageSource picture(OpenProject p) {
        return p.picture(name);
    }

    /** The recording of that name; else a failure ending with {@code why}. */
    MediaSource recording(OpenProject p, String why) {
        return p.recording(name, why);
    }
}
