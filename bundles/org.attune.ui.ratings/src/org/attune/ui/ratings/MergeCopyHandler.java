package org.attune.ui.ratings;

import org.eclipse.ui.PlatformUI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.ratings.RatingMerge;
import org.attune.store.OpenOptions;
import org.attune.store.StoreException;
import org.attune.ui.IProjectSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Ratings > Merge Ratings from a Copy...: a second rater worked in their own copy of the project; their sheets
 * (and the scales and users those need) come into this one as one undoable action, never twice, and a sheet
 * changed in both copies is reported instead of overwritten.
 */
public class MergeCopyHandler extends AbstractHandler {
    public static final String TITLE = Messages.MergeCopyHandler_title;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        if (PlatformUI.getWorkbench().getService(IProjectSession.class).current().isEmpty()) {
            MessageDialog.openInformation(shell, TITLE, Messages.MergeCopyHandler_openFirst);
            return null;
        }
        Path chosen = org.attune.ui.Widgets.chooseFolder(shell, Messages.MergeCopyHandler_choose);
        if (chosen != null) {
            merge(shell, chosen);
        }
        return null;
    }

    /** Merges the copy in {@code folder} into the open project and says what happened. */
    public static RatingMerge.Report merge(Shell shell, Path folder) {
        var store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElseThrow();
        RatingMerge.Report[] report = {null};
        String[] failure = {null};
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                report[0] = RatingMerge.merge(store, folder, OpenOptions.of(IProjectSession.HOLDER));
            } catch (StoreException | RuntimeException e) {
                failure[0] = folder + ": " + e.getMessage();
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(shell, TITLE, failure[0]);
            return null;
        }
        MessageDialog.openInformation(shell, TITLE, describe(report[0]));
        return report[0];
    }

    static String describe(RatingMerge.Report r) {
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(r.changed() ? Messages.MergeCopyHandler_summaryChanged : Messages.MergeCopyHandler_summary, new Object[] {r.added().size(),
                r.updated().size(), r.unchanged()}));
        r.added().forEach(a -> lines.add(NLS.bind(Messages.MergeCopyHandler_added, a)));
        r.updated().forEach(u -> lines.add(NLS.bind(Messages.MergeCopyHandler_updated, u)));
        r.conflicts().forEach(c -> lines.add(NLS.bind(Messages.MergeCopyHandler_conflict, c)));
        r.skipped().forEach(s -> lines.add(NLS.bind(Messages.MergeCopyHandler_skipped, s)));
        return String.join("\n", lines);
    }
}
