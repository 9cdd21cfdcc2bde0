package org.attune.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.cli.Cli;
import org.attune.importer.media.Waveform;
import org.attune.model.MediaSource;
import org.attune.model.Source;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recordings peaks <project> [--source NAME]}: (re)computes the waveform peaks of the project's recordings. */
@Command(name = "recordings", description = "Work on the project's recordings.", subcommands = RecordingsCommand.Peaks.class)
public class RecordingsCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
    /** Decodes each recording's sound with FFmpeg again and keeps its peaks (no step of the undo history). */
    @Command(name = "peaks", description = "Compute the waveform peaks of every recording (or of --source) again, with FFmpeg.")
    public static class Peaks extends OnProject {
        @Option(names = "--source", paramLabel = "NAME", description = "Only this recording (source name).")
        String source;

        record Row(String source, int peaks, String problem) {
        }

        record Result(Path project, List<Row> recordings) {
        }

        @Override
        public Integer call() {
            return change(p -> {
                List<MediaSource> recordings = new ArrayList<>();
                if (source != null) {
                    recordings.add(p.recording(source, ""));
                } else {
                    for (Source s : p.store.project().getSources()) {
                        if (s instanceof MediaSource media) {
                            recordings.add(media);
                        }
                    }
                }
                List<Row> rows = new ArrayList<>();
                StringBuilder lines = new StringBuilder();
                int failed = 0;
                for (MediaSource media : recordings) {
                    Path file = p.store.originals().file(media);
                    Waveform.Result result = file == null || !Files.isRegularFile(file)
                            ? new Waveform.Result(null, "its file is missing (" + media.getStoredPath() + ")", true)
                            : Waveform.compute(p.store.originals(), file, () -> false);
                    if (!result.notInstalled()) {
                        p.store.keepDerived("keep the waveform of " + media.getName(), () -> Waveform.keep(media, result));
                    }
                    int count = result.peaks() == null ? 0 : result.peaks().length;
                    rows.add(new Row(media.getName(), count, result.problem()));
                    failed += result.peaks() == null ? 1 : 0;
                    lines.append(result.peaks() == null ? String.format(Locale.ROOT, "%s: no waveform: %s%n", media.getName(), result.problem())
                            : String.format(Locale.ROOT, "%s: %d peaks%n", media.getName(), count));
                }
                output.print(new Result(p.folder, rows), lines + String.format(Locale.ROOT, "%d recording%s, %d without a waveform",
                        recordings.size(), recordings.size() == 1 ? "" : "s", failed));
                return failed == 0 ? Cli.OK : 1;
            });
        }
    }
}
