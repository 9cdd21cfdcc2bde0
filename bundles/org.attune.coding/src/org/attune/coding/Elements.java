package org.attune.coding;

import java.util.List;

import org.attune.core.ActionLabel;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Element;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Renaming and deleting what the Project Explorer lists: sources, cases, memos and codes. */
public final class Elements {
    private final ProjectStore store;

    public Elements(ProjectStore store) {
        this.store = store;
    }

    public static String nameOf(Element element) {
        return switch (element) {
            case Source s -> s.getName();
            case Case c -> c.getName();
            case Memo m -> m.getTitle();
            case Code c -> c.getName();
            default -> element.eClass().getName();
        };
    }

    /** The sources linked to a source by the project's links, either way (an e-mail's attachments, the e-mail of one). */
    public static List<Source> linkedSources(org.attune.model.Project project, Source source) {
        java.util.LinkedHashSet<Source> linked = new java.util.LinkedHashSet<>();
        for (org.attune.model.ElementLink link : project.getLinks()) {
            if (link.getOrigin() == source && link.getTarget() instanceof Source other) {
                linked.add(other);
            } else if (link.getTarget() == source && link.getOrigin() instanceof Source other) {
                linked.add(other);
            }
        }
        linked.remove(source);
        return List.copyOf(linked);
    }

    public void rename(Element element, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name cannot be empty");
        }
        String clean = name.strip();
        switch (element) {
            case Code c -> new Codebook(store).rename(c, clean);
            case Source s -> store.apply("Rename " + ActionLabel.q(s.getName()) + " to " + ActionLabel.q(clean), () -> s.setName(clean));
            case Case c -> store.apply("Rename " + ActionLabel.q(c.getName()) + " to " + ActionLabel.q(clean), () -> c.setName(clean));
            case Memo m -> store.apply("Rename memo " + ActionLabel.q(m.getTitle()) + " to " + ActionLabel.q(clean), () -> m.setTitle(clean));
            default -> throw new IllegalArgumentException("a " + element.eClass().getName() + " has no name to change");
        }
    }

    /**
     * Deletes elements with everything they contain (a source's codings, a code's sub-codes) and every reference
     * to them (memos about them, speaker turns linked to a case), as one action that undo restores whole.
     *
     * @return how many codings of deleted codes went with them
     */
    public int delete(List<? extends Element> elements) {
        if (elements.isEmpty()) {
            return 0;
        }
        List<Code> codes = elements.stream().filter(Code.class::isInstance).map(Code.class::cast).toList();
        var codings = new Codebook(store).codingsOf(codes, true); // loads every source: references are all in memory
        store.project().getSources().forEach(store::load);
        String label = elements.size() == 1 ? "Delete " + ActionLabel.q(nameOf(elements.get(0))) : "Delete " + elements.size() + " items";
        store.apply(label, () -> {
            codings.forEach(EcoreUtil::remove);
            elements.forEach(e -> EcoreUtil.delete(e, true));
        });
        return codings.size();
    }
}
