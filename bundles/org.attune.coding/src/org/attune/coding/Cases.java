package org.attune.coding;

import java.util.Optional;

import org.attune.core.ActionLabel;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.model.attributes.Attributes;
import org.attune.store.ProjectStore;

/** Cases (participants): create them, link sources and speakers to them, edit their attributes. */
public final class Cases {
    private final ProjectStore store;

    public Cases(ProjectStore store) {
        this.store = store;
    }

    public Optional<Case> find(String name) {
        return store.project().getCases().stream().filter(c -> c.getName().equalsIgnoreCase(name.strip())).findFirst();
    }

    public Case create(String name, String role) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a case needs a name");
        }
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("there is already a case named \"" + name.strip() + "\"");
        }
        Case c = AttuneFactory.eINSTANCE.createCase();
        c.setName(name.strip());
        c.setRole(role == null || role.isBlank() ? null : role.strip());
        store.apply("New case " + ActionLabel.q(c.getName()), () -> store.project().getCases().add(c));
        return c;
    }

    /** Makes {@code source} one of the case's sources (an interview with that participant, say). */
    public void assignSource(Case to, org.attune.model.Source source) {
        if (!to.getSources().contains(source)) {
            store.apply("Assign " + ActionLabel.q(source.getName()) + " to " + ActionLabel.q(to.getName()), () -> to.getSources().add(source));
        }
    }

    /** Links every turn of {@code speaker} in {@code source} to {@code to} (null unlinks); returns how many turns. */
    public int linkSpeaker(TextSource source, String speaker, Case to) {
        store.load(source);
        int[] linked = {0};
        store.apply("Link " + ActionLabel.q(speaker) + " to " + (to == null ? "no case" : ActionLabel.q(to.getName())), () -> {
            for (SpeakerTurn turn : source.getTurns()) {
                if (speaker.equalsIgnoreCase(turn.getSpeaker())) {
                    turn.setCase(to);
                    linked[0]++;
                }
            }
            if (to != null && !to.getSources().contains(source)) {
                to.getSources().add(source);
            }
        });
        return linked[0];
    }

    /** Defines a (text) attribute for every case, if there is none of that name; its values start empty. */
    public void defineAttribute(String attribute) {
        String name = attribute.strip();
        if (name.isEmpty() || "role".equalsIgnoreCase(name)) {
            throw new IllegalArgumentException("an attribute needs a name other than role");
        }
        store.apply("New attribute " + ActionLabel.q(name), () -> Attributes.define(store.project(), name, false));
    }

    /** Sets a case attribute, defining it (as text) on first use; a blank value removes it. */
    public void setAttribute(Case c, String attribute, String value) {
        String name = attribute.strip();
        if ("role".equalsIgnoreCase(name)) {
            store.apply("Set role of " + ActionLabel.q(c.getName()), () -> c.setRole(value == null || value.isBlank() ? null : value.strip()));
            return;
        }
        store.apply("Set " + name + " of " + ActionLabel.q(c.getName()), () -> Attributes.set(store.project(), c, name, value));
    }
}
