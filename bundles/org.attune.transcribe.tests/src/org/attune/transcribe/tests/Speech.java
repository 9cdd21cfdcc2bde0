package org.attune.transcribe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Speech with a known text, spoken by espeak-ng (installed by .ci/run), and projects holding it. */
final class Speech {
    /** The practice review of the sample study (its transcript P01 without speakers and time codes). */
    static final String REVIEW = """
            Shall we look at the clip from Tuesday together?
            Yes. I was nervous about watching it.
            Here Tyler hands you the brick. What do you see?
            He is looking at me. He is waiting for me.
            And you wait too. You leave him a gap.
            I did not know I did that.
            Let us slow it down. Watch his face now.
            He smiles when I copy his sound.
            What would you like to do more of at home?
            Wait, and copy him. Then he talks to me.
            """;

    private Speech() {
    }

    /** {@code text} spoken by espeak-ng (US English, male voice 1, 130 words a minute) into the WAV {@code file}. */
    static Path spoken(String text, Path file) throws Exception {
        Path script = Files.writeString(file.resolveSibling(file.getFileName() + ".txt"), text);
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-us+m1", "-s", "130", "-w", file.toString(), "-f", script.toString())
                .redirectErrorStream(true).start();
        String said = new String(espeak.getInputStream().readAllBytes());
        espeak.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, espeak.exitValue(), "espeak-ng (Debian: apt-get install espeak-ng) said: " + said);
        Files.delete(script);
        return file;
    }

    /** The processes under this JVM running {@code program}. */
    static List<ProcessHandle> running(String program) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && p.info().commandLine().orElse("").contains(program)).toList();
    }
}
