package org.attune.exchange.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.attune.core.ActionLabel;
import org.attune.exchange.ExchangeException;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Merges another copy of a project (a colleague's copy of the same project, or a REFI-QDA .qdpx another tool made
 * from the same transcripts) into this one: {@link #plan} reads the other copy and says what merging would do,
 * {@link #apply} then makes all of it one action of the store (one undo step). Nothing of this project is removed
 * or overwritten, except a code renamed in the other copy only; the other copy is never changed. Merging the same
 * copy again changes nothing. How elements are matched: docs/merge.md.
 */
public final class ProjectMerge {
    private final ProjectStore store;
    private final MergeReport report;
    private final List<Runnable> changes;
    private final Map<TextSource, String> texts;
    private final String label;

    private ProjectMerge(ProjectStore store, MergeReport report, List<Runnable> changes, Map<TextSource, String> texts, String label) {
        this.store = store;
        this.report = report;
        this.changes = changes;
        this.texts = texts;
        this.label = label;
    }

    /**
     * Reads {@code other} (a project folder, opened read-only with {@code options}, or a .qdpx/.qde file) and plans
     * the merge into {@code store}; this project is not changed. Runs on any thread; cancel through the monitor.
     */
    public static ProjectMerge plan(ProjectStore store, Path other, OpenOptions options, IProgressMonitor monitor)
            throws StoreException, ExchangeException {
        Path from = other.toAbsolutePath().normalize();
        if (from.equals(store.folder().toAbsolutePath().normalize())) {
            throw new ExchangeException(from, "is the open project itself; choose the other copy");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + from.getFileName(), 10);
        try (OtherCopy theirs = OtherCopy.open(from, options, progress.split(4))) {
            checkCancelled(progress);
            MergePlanner planner = new MergePlanner(store, theirs);
            planner.plan(progress.split(6));
            return new ProjectMerge(store, new MergeReport(from, List.copyOf(planner.items)), List.copyOf(planner.changes),
                    planner.texts, "Merge project " + ActionLabel.q(from.getFileName().toString()));
        }
    }

    /** Plans and applies in one go (on this thread). */
    public static MergeReport merge(ProjectStore store, Path other, OpenOptions options, IProgressMonitor monitor)
            throws StoreException, ExchangeException {
        ProjectMerge merge = plan(store, other, options, monitor);
        merge.apply(Runnable::run);
        return merge.report();
    }

    public MergeReport report() {
        return report;
    }

    /** The action's name, as Edit > Undo shows it: "Merge project 'copy'". */
    public String label() {
        return label;
    }

    /**
     * Makes the planned changes one action of the store, run by {@code modelThread} (e.g. the display's syncExec);
     * nothing happens when there is nothing to add. Apply a plan once, right after planning.
     */
    public void apply(Executor modelThread) {
        if (!report.changes()) {
            return;
        }
        modelThread.execute(() -> store.apply(label, () -> {
            texts.forEach(store::stageText);
            changes.forEach(Runnable::run);
        }));
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
