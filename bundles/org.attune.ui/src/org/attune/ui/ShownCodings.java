package org.attune.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.attune.coding.BlindCoding;
import org.attune.coding.CoderFilter;
import org.attune.coding.CodingLens;
import org.attune.coding.consensus.Consensus;
import org.attune.store.ProjectStore;
import org.attune.ui.preferences.ImportPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;

/**
 * Whose codings the workbench shows: one {@link CoderFilter} (All, Mine, a coder, Consensus) shared by the transcript
 * editor's highlighting and coding stripes, Coded Segments, the Codebook's counts and the matrices, chosen with
 * Edit > Show Codings (or the transcript's context menu, Coded Segments' and the matrices' coder choice). The current
 * coder ({@link CurrentCoder}) is the viewer, so under blind coding others' codings of a source stay hidden until the
 * coder marked it done ({@link CodingLens}).
 * <p>
 * A change is sent to the workbench through the event broker as {@link #TOPIC} (also when the current coder changes:
 * "Mine" and the viewer are someone else then); {@link ProjectViewPart} subscribes every view. The choice is kept per
 * project in the workbench's preferences (keyed by the project's folder) and {@link #restore restored} when the project
 * is opened.
 */
public final class ShownCodings {
    /** The choice or the viewer changed; data: the {@link CoderFilter} now chosen. Sent on the thread that changed it. */
    public static final String TOPIC = "org/attune/ui/codings/shown";
    /**
     * The choice kept for the project just opened names a coder who is not in it, so All is shown; data: the message for
     * the status line.
     */
    public static final String TOPIC_FALLBACK = "org/attune/ui/codings/fallback";
    /** The preference node (under the workbench's) that keeps each project's choice, by the project's folder. */
    static final String NODE = "shownCodings";

    private static volatile CoderFilter filter = CoderFilter.ALL;

    private ShownCodings() {
    }

    public static CoderFilter filter() {
        return filter;
    }

    /** Chooses whose codings are shown, keeps the choice for the open project and tells every view. */
    public static void set(CoderFilter chosen) {
        if (!Objects.equals(filter, chosen)) {
            filter = Objects.requireNonNull(chosen);
            session().current().ifPresent(store -> keep(store, chosen));
            changed();
        }
    }

    /**
     * Takes up the choice kept for {@code store} (All when none was kept): called by the project session when it opens
     * the project, before the views are told. A kept coder who is not in the project falls back to All; the returned
     * message (null when there is nothing to say) is then also sent as {@link #TOPIC_FALLBACK}.
     */
    public static String restore(ProjectStore store) {
        String kept = preferences().get(key(store), CoderFilter.ALL.word());
        CoderFilter chosen = CoderFilter.parse(kept);
        String notice = null;
        if (chosen.kind() == CoderFilter.Kind.CODER && BlindCoding.user(store.project(), chosen.coder()) == null) {
            notice = NLS.bind(Messages.ShownCodings_unknownCoder, chosen.coder());
            chosen = CoderFilter.ALL;
        }
        filter = chosen;
        return notice;
    }

    /**
     * The lens the views read codings through: the chosen coders' codings the current coder may see. A coder no longer
     * in the project falls back to All.
     */
    public static CodingLens lens(ProjectStore store) {
        try {
            return CodingLens.of(store.project(), CurrentCoder.name(), filter);
        } catch (IllegalArgumentException unknownCoder) {
            return CodingLens.of(store.project(), CurrentCoder.name(), CoderFilter.ALL);
        }
    }

    /** The choices offered, in order: all, mine, each coder of the project (not the consensus coder), consensus. */
    public static List<CoderFilter> choices() {
        List<CoderFilter> choices = new ArrayList<>(List.of(CoderFilter.ALL, CoderFilter.MINE));
        for (String name : CurrentCoder.known()) {
            if (!name.equalsIgnoreCase(Consensus.DEFAULT_CODER)) {
                choices.add(CoderFilter.coder(name));
            }
        }
        choices.add(CoderFilter.CONSENSUS);
        return choices;
    }

    /** A choice as the menus and combos name it. */
    public static String label(CoderFilter choice) {
        return switch (choice.kind()) {
            case ALL -> Messages.CodedSegmentsView_all;
            case MINE -> Messages.CodedSegmentsView_mine;
            case CONSENSUS -> Messages.CodedSegmentsView_consensus;
            case CODER -> choice.coder();
        };
    }

    /** Tells the workbench ({@link #TOPIC}) that the choice or the viewer changed. */
    static void changed() {
        events().send(TOPIC, filter);
    }

    private static void keep(ProjectStore store, CoderFilter chosen) {
        var node = preferences();
        node.put(key(store), chosen.word());
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            org.eclipse.core.runtime.ILog.of(ShownCodings.class).warn("Show Codings choice not saved", e);
        }
    }

    private static org.osgi.service.prefs.Preferences preferences() {
        return InstanceScope.INSTANCE.getNode(ImportPreferences.NODE).node(NODE);
    }

    /** A project's key: its folder, encoded (a preference key must not hold '/'). */
    static String key(ProjectStore store) {
        return URLEncoder.encode(store.folder().toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
    }

    private static IProjectSession session() {
        return PlatformUI.getWorkbench().getService(IProjectSession.class);
    }

    private static IEventBroker events() {
        return PlatformUI.getWorkbench().getService(IEventBroker.class);
    }
}
