package org.attune.cli.internal;

import org.attune.coding.CoderFilter;
import org.attune.coding.CodingLens;
import org.attune.model.Project;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Mixin for every command that shows codings: who looks ({@code --as}, for the blind rule) and whose codings
 * ({@code --coder all|mine|consensus|NAME}), made into the one {@link CodingLens} the command reads through.
 */
public class Viewing {
    @Option(names = "--as", paramLabel = "USER", description = "Look as this user: when the project codes blind, other coders' "
            + "codings of a source stay hidden until this user marked their coding of it done; default: the operating-system user.")
    String as;

    @Option(names = "--coder", paramLabel = "WHOSE", description = "Whose codings: all (default), mine (the --as user's), "
            + "consensus, or a coder's name or initials.")
    String coder;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The user who looks. */
    String viewer() {
        return user(as);
    }

    /**
     * The user a command acts or looks as: the one its {@code --as} names ({@code as}, may be null), else the
     * operating-system user. The one rule for every {@code --as}.
     */
    static String user(String as) {
        return as != null ? as.strip() : System.getProperty("user.name", "researcher");
    }

    /**
     * The lens of this command line on {@code project}.
     *
     * @throws ParameterException (a usage error) naming the unknown coder and the project's coders
     */
    CodingLens lens(Project project) {
        try {
            return CodingLens.of(project, viewer(), CoderFilter.parse(coder));
        } catch (IllegalArgumentException unknownCoder) {
            throw new ParameterException(spec.commandLine(), unknownCoder.getMessage());
        }
    }
}
