package org.attune.coding;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.attune.coding.consensus.Consensus;
import org.attune.model.Coding;
import org.attune.model.Project;
import org.attune.model.User;

/**
 * The codings one viewer is shown: those the blind rule lets them see ({@link BlindCoding#canSee}) among those a
 * {@link CoderFilter} chooses. Every reader of codings that shows them to a person (Coded Segments, the transcript's
 * highlighting and stripes, the Codebook's and {@code codes list}'s counts, {@code project info}, the matrices,
 * search's coded stretches, the exports) asks one lens, so the blind rule and the coder choice are applied in one
 * place. Comparing two coders ({@link BlindCoding#canCompare}) is a rule of its own, for after "done".
 */
public final class CodingLens implements Predicate<Coding> {
    private final Project project;
    private final String viewerName;
    private final User viewer;
    private final CoderFilter filter;
    private final User coder;
    private final Set<User> consensus;

    private CodingLens(Project project, String viewerName, CoderFilter filter) {
        this.project = project;
        this.viewerName = viewerName == null ? null : viewerName.strip();
        this.viewer = viewerName == null ? null : BlindCoding.user(project, viewerName);
        this.filter = filter;
        this.coder = filter.kind() == CoderFilter.Kind.CODER ? coder(project, filter.coder()) : null;
        this.consensus = filter.kind() == CoderFilter.Kind.CONSENSUS ? Consensus.coders(project) : Set.of();
    }

    /**
     * What {@code viewerName} (a user's name; one the project does not know sees only what the blind rule shows
     * everyone) is shown of {@code project}'s codings with {@code filter}.
     *
     * @throws IllegalArgumentException when the filter names a coder the project does not have (the message lists
     *         the coders)
     */
    public static CodingLens of(Project project, String viewerName, CoderFilter filter) {
        return new CodingLens(project, viewerName, filter == null ? CoderFilter.ALL : filter);
    }

    /** Every coding of every coder, for {@code viewerName} under the blind rule. */
    public static CodingLens of(Project project, String viewerName) {
        return of(project, viewerName, CoderFilter.ALL);
    }

    /** Whether the viewer is shown {@code coding}: the filter chooses it and the blind rule lets them see it. */
    @Override
    public boolean test(Coding coding) {
        return chosen(coding) && BlindCoding.canSee(coding, viewer);
    }

    /** The ids of every coding of the project this lens shows (for readers that hold coding ids, such as search hits). */
    public Set<String> shownIds(org.attune.store.ProjectStore store) {
        Set<String> ids = new java.util.HashSet<>();
        for (org.attune.model.Source source : store.project().getSources()) {
            store.load(source);
            source.getCodings().stream().filter(this).forEach(c -> ids.add(c.getId()));
        }
        return ids;
    }

    /** Whether the filter chooses {@code coding}, seen or not. */
    public boolean chosen(Coding coding) {
        User by = coding.getCreatedBy();
        return switch (filter.kind()) {
            case ALL -> true;
            case MINE -> viewer != null && by == viewer;
            case CODER -> by == coder;
            case CONSENSUS -> by != null && consensus.contains(by);
        };
    }

    /** Whether the filter chooses {@code coding} but the blind rule hides it from the viewer. */
    public boolean hides(Coding coding) {
        return chosen(coding) && !BlindCoding.canSee(coding, viewer);
    }

    /** Whether the project codes blind, so that this lens may hide codings. */
    public boolean blind() {
        return BlindCoding.isBlind(project);
    }

    /** The viewer's name as given (null: nobody in particular). */
    public String viewerName() {
        return viewerName;
    }

    /** The viewer, or null when the project has no user of that name. */
    public User viewer() {
        return viewer;
    }

    public CoderFilter filter() {
        return filter;
    }

    private static User coder(Project project, String name) {
        for (User user : project.getUsers()) {
            if (name.equalsIgnoreCase(user.getName()) || name.equalsIgnoreCase(user.getInitials())) {
                return user;
            }
        }
        throw new IllegalArgumentException("there is no coder named \"" + name + "\" (coders: "
                + project.getUsers().stream().map(User::getName).collect(Collectors.joining(", ")) + ")");
    }
}
