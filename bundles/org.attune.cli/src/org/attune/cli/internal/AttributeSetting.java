package org.attune.cli.internal;

import picocli.CommandLine.Parameters;

/**
 * {@code cases set} and {@code sources set}: set an attribute of a case or source, or remove it with an empty value.
 * The one place for what both take after the case or source (the attribute and its value), the rule that an attribute
 * needs a name, and the line that says what the attribute now holds.
 */
abstract class AttributeSetting<T> extends OnProject {
    @Parameters(index = "2", paramLabel = "ATTRIBUTE", description = "The attribute's name (e.g. role, age band, area of a "
            + "case; From, Subject, Form of a source).")
    String attribute;

    @Parameters(index = "3", paramLabel = "VALUE", description = "The value (\"\" removes it).")
    String value;

    /** What setting gave: the case's or source's name, the value the attribute now holds (null: removed), its row for the JSON. */
    record Outcome(String name, String now, Object row) {
    }

    /** The case or source the command line names; fails naming it when there is none. */
    abstract T target(OpenProject p);

    /** Sets {@link #attribute} of {@code target} to {@link #value}. */
    abstract Outcome set(OpenProject p, T target);

    @Override
    public Integer call() {
        return change(p -> {
            T target = target(p);
            if (attribute.isBlank()) {
                throw p.failure("an attribute needs a name");
            }
            Outcome set = set(p, target);
            return output.done(set.row(), "\"" + set.name() + "\": " + attribute.strip() + (set.now() == null ? " removed" : " = " + set.now()));
        });
    }
}
