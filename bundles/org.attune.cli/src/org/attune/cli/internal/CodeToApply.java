package org.attune.cli.internal;

import org.attune.coding.Codebook;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;

import picocli.CommandLine.Option;

/**
 * Mixin of {@code code}: the code to apply ({@code --code}, as {@link CodeName}), made at the top level with
 * {@code --create} where there is none of that name, and the coder the coding is attributed to ({@code --coder}).
 */
public class CodeToApply extends CodeName {
    @Option(names = "--create", description = "Create the code at the top level (level: open) if there is none of that name.")
    boolean create;

    @Option(names = "--coder", paramLabel = "NAME", description = "Attribute the coding to this coder (default: your user name).")
    String coder;

    /** The code a coding applies, and whether --create made it for this coding. */
    record Target(Code code, boolean isNew) {
        String path() {
            return code.path();
        }

        /** As the text output names it: the code's path in quotes, and whether it is new. */
        @Override
        public String toString() {
            return "\"" + path() + "\"" + (isNew ? " (a new code)" : "");
        }
    }

    /**
     * The code to apply: the one named (an unknown one fails before anything is written), or with --create a new one
     * when there is none of that name. The coder is set first so that the code and the coding are theirs.
     */
    Target target(OpenProject p) {
        boolean isNew = create && new Codebook(p.store).find(name).isEmpty();
        Code known = isNew ? null : in(p);
        if (coder != null) {
            p.store.setCurrentUser(coder.strip());
        }
        return new Target(isNew ? new Codebook(p.store).create(name, null, AnalyticLevel.OPEN) : known, isNew);
    }
}
