package org.attune.coding.consensus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.attune.coding.BlindCoding;
import org.attune.core.ActionLabel;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.MediaSource;
import org.attune.model.Project;
import org.attune.model.TextSource;
import org.attune.model.TimeSelection;
import org.attune.model.User;
import org.attune.model.text.Marks;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Settles two coders' disagreements into consensus codings, which belong to a coder of their own ("consensus"
 * unless the lead names another). Each settling is one undoable action that makes the consensus codings and
 * records the decision, who made it (the store's current user) and when in the project's settings
 * ({@code consensus.settled/<A's coding id or ->/<B's coding id or ->}), so a settled disagreement is not open
 * again. Settling a settled disagreement again replaces the earlier decision and its codings, in one action.
 */
public final class Consensus {
    /** The coder the consensus codings belong to unless the lead names another. */
    public static final String DEFAULT_CODER = "consensus";
    static final String SETTLED = "consensus.settled/";

    private final ProjectStore store;
    private final String into;

    /** @param into the name of the consensus codings' coder (made when the first disagreement is settled) */
    public Consensus(ProjectStore store, String into) {
        this.store = store;
        this.into = into == null || into.isBlank() ? DEFAULT_CODER : into.strip();
    }

    /** How far the settling of {@code disagreements} got. */
    public record Progress(int settled, int total) {
        @Override
        public String toString() {
            return settled + " of " + total + " settled";
        }
    }

    /** The settled share of {@code disagreements}. */
    public static Progress progress(Project project, List<Disagreement> disagreements) {
        return new Progress((int) disagreements.stream().filter(d -> settlement(project, d) != null).count(), disagreements.size());
    }

    /** How {@code d} was settled, or null while it is open. */
    public static Settlement settlement(Project project, Disagreement d) {
        String value = project.getSettings().get(SETTLED + d.key());
        if (value == null) {
            return null;
        }
        String[] f = value.split("\\|", -1);
        return new Settlement(Decision.of(f[0]), userById(project, f[1]), Instant.parse(f[2]), userById(project, f[3]),
                f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(",")));
    }

    /**
     * The coders consensus codings belong to: the one named {@link #DEFAULT_CODER} and every coder a recorded decision
     * put consensus codings into (another name given with {@code into}).
     */
    public static java.util.Set<User> coders(Project project) {
        java.util.Set<User> coders = new java.util.HashSet<>();
        project.getUsers().stream().filter(u -> DEFAULT_CODER.equalsIgnoreCase(u.getName())).forEach(coders::add);
        for (var entry : project.getSettings()) {
            if (entry.getKey().startsWith(SETTLED)) {
                String[] f = entry.getValue().split("\\|", -1);
                User into = f.length > 3 ? userById(project, f[3]) : null;
                if (into != null) {
                    coders.add(into);
                }
            }
        }
        return coders;
    }

    /** Settles {@code d} by {@code decision} (not {@link Decision#ADJUST}: see {@link #adjust}). */
    public void settle(Disagreement d, Decision decision) {
        if (decision == Decision.ADJUST) {
            throw new IllegalArgumentException("adjusting the boundaries needs a code and a stretch");
        }
        List<Coding> made = new ArrayList<>();
        if (decision == Decision.BOTH && d.kind() == Disagreement.Kind.BOUNDARIES) {
            made.add(coding(d, d.a().getCode(), d.start(), d.end()));
        } else {
            if ((decision == Decision.ACCEPT_A || decision == Decision.BOTH) && d.a() != null) {
                made.add(copy(d.a()));
            }
            if ((decision == Decision.ACCEPT_B || decision == Decision.BOTH) && d.b() != null) {
                made.add(copy(d.b()));
            }
        }
        record(d, decision, made);
    }

    /** Settles {@code d} by one consensus coding of {@code code} on [start, end) of its source. */
    public void adjust(Disagreement d, Code code, long start, long end) {
        Objects.requireNonNull(code, "code");
        long length = d.source() instanceof TextSource text ? text.getLength()
                : d.source() instanceof MediaSource media && media.getDurationMs() > 0 ? media.getDurationMs() : Long.MAX_VALUE;
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("nothing to code: [" + start + ", " + end + ") is not a stretch of \""
                    + d.source().getName() + "\"");
        }
        record(d, Decision.ADJUST, List.of(coding(d, code, start, end)));
    }

    /** Takes back the decision on {@code d} and its consensus codings (one action; nothing when it is open). */
    public void reopen(Disagreement d) {
        if (settlement(store.project(), d) != null) {
            store.apply("Reopen #" + d.number(), () -> unsettle(d));
        }
    }

    /** Copies the codings both coders agree on ({@link Disagreements#agreed}) into the consensus, those not there yet; one action. */
    public int adoptAgreed(List<Coding[]> pairs) {
        List<Coding> missing = new ArrayList<>();
        User coder = BlindCoding.user(store.project(), into);
        for (Coding[] pair : pairs) {
            boolean there = coder != null && pair[0].getSource().getCodings().stream().anyMatch(c -> c.getCreatedBy() == coder
                    && c.getCode() == pair[0].getCode() && Spans.isSpan(c) && Spans.sameStretch(c, pair[0]));
            if (!there) {
                missing.add(pair[0]);
            }
        }
        if (!missing.isEmpty()) {
            store.apply("Adopt " + missing.size() + " agreed codings", () -> {
                User owner = consensusCoder();
                for (Coding agreed : missing) {
                    Coding copy = copy(agreed);
                    copy.setCreatedBy(owner);
                    agreed.getSource().getCodings().add(copy);
                }
            });
        }
        return missing.size();
    }

    private void record(Disagreement d, Decision decision, List<Coding> made) {
        String label = "Settle #" + d.number() + ": " + decision.label()
                + (made.size() == 1 ? " (" + ActionLabel.q(made.get(0).getCode().getName()) + ")" : "");
        store.apply(label, () -> {
            unsettle(d);
            User owner = consensusCoder();
            List<String> ids = new ArrayList<>();
            for (Coding coding : made) {
                coding.setId(UUID.randomUUID().toString());
                coding.setCreatedBy(owner);
                d.source().getCodings().add(coding);
                ids.add(coding.getId());
            }
            User by = store.currentUser();
            store.project().getSettings().put(SETTLED + d.key(), String.join("|", decision.word(), by == null ? "" : by.getId(),
                    Instant.now().toString(), owner.getId(), String.join(",", ids)));
        });
    }

    /** Inside an action: removes the decision on {@code d} and the consensus codings it made. */
    private void unsettle(Disagreement d) {
        Settlement earlier = settlement(store.project(), d);
        if (earlier != null) {
            d.source().getCodings().removeIf(c -> earlier.codings().contains(c.getId()));
            store.project().getSettings().removeKey(SETTLED + d.key());
        }
    }

    /** Inside an action: the consensus coder, added to the project if new. */
    private User consensusCoder() {
        User user = BlindCoding.user(store.project(), into);
        if (user == null) {
            user = AttuneFactory.eINSTANCE.createUser();
            user.setId(UUID.randomUUID().toString());
            user.setName(into);
            store.project().getUsers().add(user);
        }
        return user;
    }

    private static Coding copy(Coding of) {
        Coding copy = AttuneFactory.eINSTANCE.createCoding();
        copy.setCode(of.getCode());
        copy.setSelection(EcoreUtil.copy(of.getSelection()));
        copy.setNote(of.getNote());
        copy.setWeight(of.getWeight());
        return copy;
    }

    private static Coding coding(Disagreement d, Code code, long start, long end) {
        Coding coding = AttuneFactory.eINSTANCE.createCoding();
        coding.setCode(code);
        coding.setSelection((d.a() != null ? d.a() : d.b()).getSelection() instanceof TimeSelection ? Marks.time(start, end)
                : Marks.text((int) start, (int) end));
        return coding;
    }

    private static User userById(Project project, String id) {
        return project.getUsers().stream().filter(u -> id.equals(u.getId())).findFirst().orElse(null);
    }
}
