package org.attune.coding;

import org.attune.core.ActionLabel;
import org.attune.model.Source;
import org.attune.model.attributes.Attributes;
import org.attune.store.ProjectStore;

/** Setting a source's attributes (an e-mail's From or Subject, a form's kind) as undoable actions. */
public final class SourceAttributes {
    private final ProjectStore store;

    public SourceAttributes(ProjectStore store) {
        this.store = store;
    }

    /** Sets a source attribute, defining it (as text) on first use; a blank value removes it. */
    public void set(Source source, String attribute, String value) {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("an attribute needs a name");
        }
        String name = attribute.strip();
        store.apply("Set " + name + " of " + ActionLabel.q(source.getName()), () -> Attributes.set(store.project(), source, name, value));
    }
}
