package org.attune.coding;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.attune.core.ActionLabel;
import org.attune.model.Case;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttunePackage;
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
            case org.attune.model.Coding c -> (c.getCode() == null ? "?" : c.getCode().getName())
                    + (c.getSource() == null ? "" : " on " + c.getSource().getName())
                    + (c.getSelection() instanceof org.attune.model.TextSelection || c.getSelection() == null ? ""
                            : " (" + CodedSegments.describe(c) + ")");
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
     * Sets one property of an element (what the Properties view edits) as one action, by the same rules as the other
     * ways of changing it: a code's name, level and meaning through {@link Codebook#edit} (its history records the
     * change), its colour through {@link Codebook#setColour}, a source's, case's or memo's name through
     * {@link #rename}; any other property is set as it is. Setting the value it already has does nothing.
     */
    public void set(Element element, EStructuralFeature feature, Object value) {
        if (java.util.Objects.equals(element.eGet(feature), value)) {
            return;
        }
        AttunePackage model = AttunePackage.eINSTANCE;
        if (element instanceof Code c && feature != model.getElement_CreatedBy()) {
            Codebook codebook = new Codebook(store);
            String text = value == null ? null : value.toString();
            if (feature == model.getCode_Colour()) {
                codebook.setColour(c, text == null ? "" : text);
                return;
            }
            if (feature == model.getCode_Name() || feature == model.getCode_Level() || feature == model.getCode_Definition()
                    || feature == model.getCode_InclusionCriteria() || feature == model.getCode_ExclusionCriteria()
                    || feature == model.getCode_Example()) {
                codebook.edit(c, feature == model.getCode_Name() ? text : c.getName(),
                        feature == model.getCode_Level() ? (AnalyticLevel) value : c.getLevel(),
                        feature == model.getCode_Definition() ? text : c.getDefinition(),
                        feature == model.getCode_InclusionCriteria() ? text : c.getInclusionCriteria(),
                        feature == model.getCode_ExclusionCriteria() ? text : c.getExclusionCriteria(),
                        feature == model.getCode_Example() ? text : c.getExample());
                return;
            }
        }
        if (feature == model.getSource_Name() || feature == model.getCase_Name() || feature == model.getMemo_Title()) {
            rename(element, value == null ? null : value.toString());
            return;
        }
        store.apply("Set " + feature.getName() + " of " + ActionLabel.q(String.valueOf(nameOf(element))), () -> element.eSet(feature, value));
    }

    /**
     * Deletes elements with everything they contain (a source's codings, a code's sub-codes) and every reference
     * to them (memos about them, speaker turns linked to a case, links to them), as one action that undo restores whole.
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
        // a link with a deleted end goes with it (a picture's link to its recording)
        var links = store.project().getLinks().stream()
                .filter(l -> elements.contains(l.getOrigin()) || elements.contains(l.getTarget())).toList();
        store.apply(label, () -> {
            links.forEach(EcoreUtil::remove);
            codings.forEach(EcoreUtil::remove);
            elements.forEach(e -> EcoreUtil.delete(e, true));
        });
        return codings.size();
    }
}
