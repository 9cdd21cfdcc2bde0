package org.attune.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.attune.model.Coding;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.store.ProjectStore;

/**
 * Blind coding, the coded-text counterpart of the rating sheets' blind rule. A project may be switched to blind
 * coding; then, until a coder marks their coding of a source as done, the other coders' codings of that source
 * stay hidden from them: a coder always sees their own codings, and sees everyone's codings of a source once
 * they have marked that source done. With blind coding off, everyone sees everything. Every reader of codings
 * that shows one coder another's work (coded segments, agreement between coders) asks {@link #canSee}.
 *
 * <p>The setting and the done marks are kept in the project's settings ({@code coding.blind} and
 * {@code coding.done/<source id>/<user id>}, the value the time of the mark); each change is one undoable action.
 */
public final class BlindCoding {
    static final String BLIND = "coding.blind";
    static final String DONE = "coding.done/";

    private BlindCoding() {
    }

    /** The project's user of this name (ignoring case), or null: the viewer a front end names. */
    public static User user(Project project, String name) {
        return project.getUsers().stream().filter(u -> u.getName() != null && u.getName().equalsIgnoreCase(name.strip()))
                .findFirst().orElse(null);
    }

    /** Whether the project codes blind. */
    public static boolean isBlind(Project project) {
        return "true".equals(project.getSettings().get(BLIND));
    }

    /** Switches blind coding on or off (one undoable action; nothing happens when it already is so). */
    public static void setBlind(ProjectStore store, boolean blind) {
        if (isBlind(store.project()) == blind) {
            return;
        }
        store.apply(blind ? "code blind" : "stop coding blind", () -> {
            if (blind) {
                store.project().getSettings().put(BLIND, "true");
            } else {
                store.project().getSettings().removeKey(BLIND);
            }
        });
    }

    /** Whether {@code coder} marked their coding of {@code source} as done. */
    public static boolean isDone(Source source, User coder) {
        return coder != null && doneAt(source, coder) != null;
    }

    /** When {@code coder} marked their coding of {@code source} as done, or null. */
    public static Instant doneAt(Source source, User coder) {
        Project project = (Project) source.eContainer();
        String value = project == null ? null : project.getSettings().get(key(source, coder));
        return value == null ? null : Instant.parse(value);
    }

    /**
     * Marks (or, with {@code done} false, unmarks) {@code coder}'s coding of {@code source} as done: one undoable
     * action; nothing happens when the mark already is so.
     */
    public static void markDone(ProjectStore store, Source source, User coder, boolean done) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(coder, "coder");
        if (isDone(source, coder) == done) {
            return;
        }
        String key = key(source, coder);
        store.apply((done ? "mark done: " : "mark not done: ") + coder.getName() + "'s coding of " + source.getName(), () -> {
            if (done) {
                store.project().getSettings().put(key, Instant.now().toString());
            } else {
                store.project().getSettings().removeKey(key);
            }
        });
    }

    /**
     * The one rule: may {@code viewer} see {@code coding}? Yes when the project does not code blind, when the
     * viewer made the coding, or when the viewer marked their coding of the coding's source as done. A coding
     * without a coder counts as another's.
     */
    public static boolean canSee(Coding coding, User viewer) {
        Source source = coding.getSource();
        Project project = source == null ? null : (Project) source.eContainer();
        if (project == null || !isBlind(project)) {
            return true;
        }
        return viewer != null && (coding.getCreatedBy() == viewer || isDone(source, viewer));
    }

    /** {@link #canSee(Coding, User)} for the project's user of this name (ignoring case; nobody if there is none). */
    public static boolean canSee(Coding coding, String viewerName) {
        Project project = coding.getSource() == null ? null : (Project) coding.getSource().eContainer();
        return canSee(coding, project == null ? null : user(project, viewerName));
    }

    /** The codings of {@code source} that {@code viewer} may see (the source's codings must be loaded). */
    public static List<Coding> visible(Source source, User viewer) {
        return source.getCodings().stream().filter(c -> canSee(c, viewer)).toList();
    }

    /**
     * Whether two coders' codings of {@code source} may be compared by {@code viewer}: always when the project
     * does not code blind; otherwise only once both coders marked the source done (as rating sheets are compared
     * only once both raters submitted) and the viewer may see both coders' codings.
     */
    public static boolean canCompare(Source source, User a, User b, User viewer) {
        Project project = (Project) source.eContainer();
        if (project == null || !isBlind(project)) {
            return true;
        }
        return isDone(source, a) && isDone(source, b) && viewer != null
                && (viewer == a || viewer == b || isDone(source, viewer));
    }

    /** A coder's part in a source: how many codings they made of it and when they marked it done (null: not done). */
    public record CoderStatus(User coder, int codings, Instant doneAt) {
        /** Whether the coder marked their coding of the source done (released it to the others). */
        public boolean done() {
            return doneAt != null;
        }
    }

    /** A source and the coders who coded it or marked it done, in the order of the project's users. */
    public record SourceStatus(Source source, List<CoderStatus> coders) {
    }

    /**
     * Per source of the project (loading its codings), each coder who coded it or marked it done: the coding status
     * that {@code attune cli coding status} prints and the Coding Status view shows.
     */
    public static List<SourceStatus> status(ProjectStore store) {
        List<SourceStatus> rows = new ArrayList<>();
        for (Source s : store.project().getSources()) {
            store.load(s);
            List<CoderStatus> coders = new ArrayList<>();
            for (User u : store.project().getUsers()) {
                int codings = (int) s.getCodings().stream().filter(c -> c.getCreatedBy() == u).count();
                Instant done = doneAt(s, u);
                if (codings > 0 || done != null) {
                    coders.add(new CoderStatus(u, codings, done));
                }
            }
            rows.add(new SourceStatus(s, List.copyOf(coders)));
        }
        return rows;
    }

    private static String key(Source source, User coder) {
        return DONE + source.getId() + "/" + coder.getId();
    }
}
