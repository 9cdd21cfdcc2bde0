package org.attune.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.attune.coding.BlindCoding;
import org.attune.coding.consensus.Disagreement;
import org.attune.coding.consensus.Disagreements;
import org.attune.model.Source;
import org.attune.model.User;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What both {@code disagreements} and {@code settle} take: the project, the two coders and who looks. */
abstract class CoderPair extends OnProject {
    @Option(names = "--coders", required = true, paramLabel = "A,B", description = "The two coders to compare.")
    String coders;

    @Option(names = "--as", paramLabel = "USER", description = "Who looks and decides (the blind rule; default: the "
            + "operating-system user).")
    String as;

    User[] coders(OpenProject p) {
        List<String> names = Arrays.asList(coders.split(",", -1));
        if (names.size() != 2 || names.stream().anyMatch(String::isBlank)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--coders takes two coders' names, e.g. --coders Ana,Ben, not "
                    + coders);
        }
        User a = coder(p, names.get(0));
        User b = coder(p, names.get(1));
        if (a == b) {
            throw p.failure("--coders names " + a.getName() + " twice; comparing needs two different coders");
        }
        return new User[] { a, b };
    }

    /** Every disagreement of the coders in the sources the viewer may compare them on (the blind rule), numbered. */
    List<Disagreement> all(OpenProject p, User[] pair) {
        return Disagreements.between(p.store, comparable(p, pair), pair[0], pair[1]);
    }

    /** The sources the viewer may compare the two coders on (the blind rule). */
    List<Source> comparable(OpenProject p, User[] pair) {
        String viewerName = Viewing.user(as);
        User viewer = BlindCoding.user(p.store.project(), viewerName);
        return p.store.project().getSources().stream().filter(s -> BlindCoding.canCompare(s, pair[0], pair[1], viewer)).toList();
    }

    private static User coder(OpenProject p, String name) {
        User user = BlindCoding.user(p.store.project(), name);
        if (user == null) {
            throw p.failure("no coder named \"" + name.strip() + "\"; the project's coders are "
                    + String.join(", ", p.store.project().getUsers().stream().map(u -> "\"" + u.getName() + "\"").toList()));
        }
        return user;
    }
}
