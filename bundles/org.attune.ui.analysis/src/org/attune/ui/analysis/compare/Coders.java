package org.attune.ui.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.attune.coding.BlindCoding;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.store.ProjectStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The choice of coders (and other lists) in the views that compare two coders. */
final class Coders {
    private Coders() {
    }

    /** The names of the users who coded something in the project, in the order first met. */
    static List<String> of(ProjectStore store) {
        Set<String> names = new LinkedHashSet<>();
        for (Source s : store.project().getSources()) {
            store.load(s);
            s.getCodings().stream().map(Coding::getCreatedBy).filter(Objects::nonNull).forEach(u -> names.add(u.getName()));
        }
        return new ArrayList<>(names);
    }

    /** The sources the store's current user may compare two coders on (the blind rule). */
    static List<Source> comparable(ProjectStore store, User a, User b) {
        return store.project().getSources().stream().filter(s -> BlindCoding.canCompare(s, a, b, store.currentUser())).toList();
    }

    /** A labelled read-only combo that calls {@code changed} when a choice is made. */
    static Combo combo(Composite parent, String label, String id, Runnable changed) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = org.attune.ui.WidgetIds.tag(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }

    /** The user a combo names, or null. */
    static User user(ProjectStore store, Combo combo) {
        return combo.getSelectionIndex() < 0 ? null : BlindCoding.user(store.project(), combo.getText());
    }

    /** Sets a combo's items, keeping its choice when it is still there, else {@code fallback}. */
    static void fill(Combo combo, List<String> items, String fallback) {
        String kept = combo.getSelectionIndex() >= 0 ? combo.getText() : null;
        if (!List.of(combo.getItems()).equals(items)) {
            combo.setItems(items.toArray(String[]::new));
        }
        int index = kept != null && items.contains(kept) ? items.indexOf(kept) : fallback == null ? -1 : items.indexOf(fallback);
        if (index >= 0) {
            combo.select(index);
        }
    }
}
