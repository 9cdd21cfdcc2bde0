package org.attune.ratings;

import java.util.Comparator;
import java.util.function.Consumer;

import org.attune.model.AttuneFactory;
import org.attune.model.Element;
import org.attune.model.RatingScale;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Edits a scale, each edit one undoable action. A scale version that sheets already use is never changed:
 * the edit goes to a new version (a copy with new ids and the next version number), so every sheet keeps
 * the version it was scored on. Each method returns the version that holds the edit.
 */
public final class ScaleEditor {
    private final ProjectStore store;

    public ScaleEditor(ProjectStore store) {
        this.store = store;
    }

    public RatingScale addItem(RatingScale scale, String number, String title, String keyFeatures) {
        requireText(number, "an item number");
        if (scale.getItems().stream().anyMatch(i -> number.equals(i.getNumber()))) {
            throw new RatingException("the scale \"" + scale.getName() + "\" already has an item " + number);
        }
        return edit(scale, "add item " + number, s -> {
            ScaleItem item = AttuneFactory.eINSTANCE.createScaleItem();
            item.setNumber(number);
            item.setTitle(title);
            item.setKeyFeatures(keyFeatures);
            s.getItems().add(item);
        });
    }

    public RatingScale renameItem(RatingScale scale, String itemNumber, String title) {
        Scales.item(scale, itemNumber);
        return edit(scale, "rename item " + itemNumber, s -> Scales.item(s, itemNumber).setTitle(title));
    }

    public RatingScale setKeyFeatures(RatingScale scale, String itemNumber, String keyFeatures) {
        Scales.item(scale, itemNumber);
        return edit(scale, "edit key features of item " + itemNumber, s -> Scales.item(s, itemNumber).setKeyFeatures(keyFeatures));
    }

    /** Marks an item as not used in this study (its sub-items are then not scored) or as used again. */
    public RatingScale setNotUsed(RatingScale scale, String itemNumber, boolean notUsed) {
        Scales.item(scale, itemNumber);
        return edit(scale, (notUsed ? "mark item " : "use item ") + itemNumber, s -> Scales.item(s, itemNumber).setNotUsed(notUsed));
    }

    public RatingScale addSubItem(RatingScale scale, String itemNumber, String number, String text, boolean allowNotApplicable) {
        requireText(number, "a sub-item number");
        if (Scales.item(scale, itemNumber).getSubItems().stream().anyMatch(s -> number.equals(s.getNumber()))) {
            throw new RatingException("item " + itemNumber + " already has a sub-item " + number);
        }
        return edit(scale, "add sub-item " + itemNumber + "." + number, s -> {
            ScaleSubItem sub = AttuneFactory.eINSTANCE.createScaleSubItem();
            sub.setNumber(number);
            sub.setText(text);
            sub.setAllowNotApplicable(allowNotApplicable);
            Scales.item(s, itemNumber).getSubItems().add(sub);
        });
    }

    public RatingScale renameSubItem(RatingScale scale, String itemNumber, String subNumber, String text) {
        Scales.subItem(scale, itemNumber, subNumber);
        return edit(scale, "reword sub-item " + itemNumber + "." + subNumber,
                s -> Scales.subItem(s, itemNumber, subNumber).setText(text));
    }

    public RatingScale setSubItemNotApplicable(RatingScale scale, String itemNumber, String subNumber, boolean allowed) {
        Scales.subItem(scale, itemNumber, subNumber);
        return edit(scale, (allowed ? "allow" : "disallow") + " N/A for " + itemNumber + "." + subNumber,
                s -> Scales.subItem(s, itemNumber, subNumber).setAllowNotApplicable(allowed));
    }

    /** Adds a level, kept in order of value. */
    public RatingScale addLevel(RatingScale scale, int value, String label) {
        if (Scales.level(scale, value) != null) {
            throw new RatingException("the scale \"" + scale.getName() + "\" already has a level " + value);
        }
        return edit(scale, "add level " + value, s -> {
            ScaleLevel level = AttuneFactory.eINSTANCE.createScaleLevel();
            level.setValue(value);
            level.setLabel(label);
            int at = (int) s.getLevels().stream().filter(l -> l.getValue() < value).count();
            s.getLevels().add(at, level);
        });
    }

    public RatingScale renameLevel(RatingScale scale, int value, String label) {
        if (Scales.level(scale, value) == null) {
            throw new RatingException("the scale \"" + scale.getName() + "\" has no level " + value);
        }
        return edit(scale, "rename level " + value, s -> Scales.level(s, value).setLabel(label));
    }

    private RatingScale edit(RatingScale scale, String label, Consumer<RatingScale> change) {
        if (scale.eContainer() != store.project()) {
            throw new RatingException("the scale \"" + scale.getName() + "\" is not in this project");
        }
        boolean newVersion = Scales.isInUse(store.project(), scale);
        RatingScale[] edited = {scale};
        store.apply(label + " of " + scale.getName() + (newVersion ? " (new version)" : ""), () -> {
            if (newVersion) {
                edited[0] = nextVersion(scale);
                store.project().getRatingScales().add(edited[0]);
            }
            change.accept(edited[0]);
        });
        return edited[0];
    }

    /** A copy of {@code scale} with fresh ids and the next version number of its name. */
    private RatingScale nextVersion(RatingScale scale) {
        RatingScale copy = EcoreUtil.copy(scale);
        forgetIdentity(copy);
        copy.eAllContents().forEachRemaining(ScaleEditor::forgetIdentity);
        copy.setVersion(Scales.versions(store.project(), scale.getName()).stream()
                .max(Comparator.comparingInt(RatingScale::getVersion)).orElseThrow().getVersion() + 1);
        return copy;
    }

    /** The store stamps a new id, time and author on an Element that has none. */
    private static void forgetIdentity(EObject object) {
        if (object instanceof Element element) {
            element.setId(null);
            element.setCreatedAt(null);
            element.setCreatedBy(null);
            element.setModifiedAt(null);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RatingException(what + " is needed");
        }
    }
}
