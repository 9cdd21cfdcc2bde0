package org.attune.cli.internal;

import org.attune.model.Code;

import picocli.CommandLine.Option;

/**
 * Mixin of the commands that apply or remove one code, {@code --code NAME} ({@code code}, {@code uncode}): the option,
 * and the code it names, by name or Parent/Child path ({@link OpenProject#code}).
 */
public class CodeName {
    @Option(names = "--code", required = true, paramLabel = "NAME", description = "The code (name, or Parent/Child path).")
    String name;

    /** The code named; a failure saying so where the project has none of that name, or several and no path was given. */
    Code in(OpenProject p) {
        return p.code(name);
    }
}
