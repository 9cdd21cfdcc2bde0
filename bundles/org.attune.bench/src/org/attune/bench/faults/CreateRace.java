package org.attune.bench.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Two {@code attune cli project create --encrypt} on the same new folder at the same moment: one must create
 * the project and the other be refused with a message, and the project made must then open with its passphrase
 * (a loser that rewrites the winner's key-derivation parameters leaves a project no one can open).
 */
final class CreateRace extends FaultCase {
    static final String PASSPHRASE = "fault campaign passphrase";

    CreateRace(Launcher launcher, Path work, Figures figures, Checks checks) {
        super(launcher, work, figures, checks);
    }

    /** Runs {@code trials} races; returns what happened in one line. */
    String run(int trials) throws Exception {
        Map<String, String> secret = Map.of("ATTUNE_PASSPHRASE", PASSPHRASE);
        int safe = 0;
        for (int t = 0; t < trials; t++) {
            Path folder = work.resolve("create-race-" + t);
            Path[] outs = new Path[4];
            for (int i = 0; i < outs.length; i++) {
                outs[i] = Files.createTempFile(work, "race", ".txt");
            }
            figures.fault("create-race");
            Process a = launcher.start(secret, outs[0], outs[1], "project", "create", folder.toString(), "--encrypt");
            Process b = launcher.start(secret, outs[2], outs[3], "project", "create", folder.toString(), "--encrypt");
            Launcher.Run first = Launcher.finish(a, 120, outs[0], outs[1]);
            Launcher.Run second = Launcher.finish(b, 120, outs[2], outs[3]);
            Path infoOut = Files.createTempFile(work, "race", ".txt");
            Path infoErr = Files.createTempFile(work, "race", ".txt");
            Launcher.Run info = Launcher.finish(launcher.start(secret, infoOut, infoErr, "project", "info", folder.toString(),
                    "--json"), 120, infoOut, infoErr);
            boolean oneWon = (first.exitCode() == 0) != (second.exitCode() == 0);
            Launcher.Run loser = first.exitCode() == 0 ? second : first;
            boolean told = !loser.showsTrace() && !loser.message().isBlank();
            boolean opens = info.exitCode() == 0;
            safe += oneWon && told && opens ? 1 : 0;
            checks.check("create-race-safe", oneWon && told && opens, "trial " + t + ": exits " + first.exitCode() + " and "
                    + second.exitCode() + (told ? "" : ", the loser said nothing clear") + "; then project info: exit "
                    + info.exitCode() + (opens ? "" : " (" + info.message() + ")"));
        }
        return safe + " of " + trials + " races left one project that opens and one clear refusal";
    }
}
