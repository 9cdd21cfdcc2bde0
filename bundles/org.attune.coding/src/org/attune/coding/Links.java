package org.attune.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.attune.core.ActionLabel;
import org.attune.model.AttuneFactory;
import org.attune.model.Element;
import org.attune.model.ElementLink;
import org.attune.model.LinkDirection;
import org.attune.model.MediaSource;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Links between any two elements of a project (REFI-QDA's {@code <Link>}): a picture and the recording in which the
 * child describes it, an e-mail and its attachment, a code that causes another. Each change is one undoable action.
 * A link reads from its origin to its target; {@link #linked} follows it from either end.
 */
public final class Links {
    private final ProjectStore store;

    public Links(ProjectStore store) {
        this.store = store;
    }

    /**
     * Links {@code origin} to {@code target} with a name (none: unnamed), both ways; the link between the two that
     * exists already (either way round, same name) is kept rather than doubled.
     */
    public ElementLink link(Element origin, Element target, String name) {
        if (origin == null || target == null) {
            throw new IllegalArgumentException("a link needs two ends");
        }
        if (origin == target) {
            throw new IllegalArgumentException(ActionLabel.q(Elements.nameOf(origin)) + " cannot be linked to itself");
        }
        String clean = name == null || name.isBlank() ? null : name.strip();
        Optional<ElementLink> existing = between(origin, target).stream()
                .filter(l -> java.util.Objects.equals(l.getName(), clean)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        ElementLink link = AttuneFactory.eINSTANCE.createElementLink();
        link.setName(clean);
        link.setDirection(LinkDirection.BIDIRECTIONAL);
        link.setOrigin(origin);
        link.setTarget(target);
        store.apply("Link " + ActionLabel.q(Elements.nameOf(origin)) + " to " + ActionLabel.q(Elements.nameOf(target)),
                () -> store.project().getLinks().add(link));
        return link;
    }

    /** Removes links; undo brings them back. */
    public void unlink(List<ElementLink> links) {
        if (!links.isEmpty()) {
            store.apply(links.size() == 1 ? "Unlink " + ActionLabel.q(Elements.nameOf(links.get(0).getOrigin())) + " and "
                    + ActionLabel.q(Elements.nameOf(links.get(0).getTarget())) : "Remove " + links.size() + " links",
                    () -> links.forEach(EcoreUtil::remove));
        }
    }

    /** The links with {@code element} at one end (both ends still in the project). */
    public List<ElementLink> of(Element element) {
        return of(store.project(), element);
    }

    /** The links of a project with {@code element} at one end. */
    public static List<ElementLink> of(Project project, Element element) {
        return project.getLinks().stream()
                .filter(l -> l.getOrigin() != null && l.getTarget() != null && (l.getOrigin() == element || l.getTarget() == element))
                .toList();
    }

    /** The links between two elements, either way round. */
    public List<ElementLink> between(Element one, Element other) {
        return of(one).stream().filter(l -> otherEnd(l, one) == other).toList();
    }

    /** The end of a link that is not {@code from}. */
    public static Element otherEnd(ElementLink link, Element from) {
        return link.getOrigin() == from ? link.getTarget() : link.getOrigin();
    }

    /** The elements linked to {@code element}, in the order the links were made, each once. */
    public List<Element> linked(Element element) {
        Set<Element> found = new LinkedHashSet<>();
        of(element).forEach(l -> found.add(otherEnd(l, element)));
        return List.copyOf(found);
    }

    /**
     * The sources linked to a source, where a recording and its transcripts count as one: a picture linked to a
     * recording is linked to its transcript too, and the other way round.
     */
    public List<Source> linkedSources(Source source) {
        return linkedSources(store.project(), source);
    }

    /** {@link #linkedSources(Source)} in a project. */
    public static List<Source> linkedSources(Project project, Source source) {
        Set<Source> family = family(project, source);
        Set<Source> found = new LinkedHashSet<>();
        for (ElementLink link : ofSource(project, source)) {
            for (Element end : List.of(link.getOrigin(), link.getTarget())) {
                if (end instanceof Source other && !family.contains(other)) {
                    found.add(other);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The links of a source, or of the recording it transcribes or of a transcript of it. */
    public List<ElementLink> ofSource(Source source) {
        return ofSource(store.project(), source);
    }

    /** {@link #ofSource(Source)} in a project. */
    public static List<ElementLink> ofSource(Project project, Source source) {
        Set<Source> family = family(project, source);
        return project.getLinks().stream().filter(l -> l.getOrigin() != null && l.getTarget() != null
                && (family.contains(l.getOrigin()) || family.contains(l.getTarget()))).toList();
    }

    /** A source with the recording it transcribes, or a recording with its transcripts. */
    private static Set<Source> family(Project project, Source source) {
        Set<Source> family = new LinkedHashSet<>();
        family.add(source);
        MediaSource recording = source instanceof MediaSource m ? m : source instanceof TextSource t ? t.getMedia() : null;
        if (recording != null) {
            family.add(recording);
            project.getSources().stream().filter(s -> s instanceof TextSource t && t.getMedia() == recording)
                    .forEach(family::add);
        }
        return family;
    }
}
