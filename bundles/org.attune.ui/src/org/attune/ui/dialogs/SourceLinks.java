package org.attune.ui.dialogs;

import java.util.List;

import org.attune.coding.Links;
import org.attune.model.Source;
import org.attune.store.ProjectStore;
import org.attune.ui.Images;
import org.attune.ui.Messages;
import org.attune.ui.editors.SourceOpener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Link to... (pick the source to link a source to, e.g. the recording in which a child describes a picture) and Open
 * Linked (open the linked source; with several, pick one), as the Project Explorer, the picture viewer and the
 * transcript editor offer them. The links are {@link Links}'.
 */
public final class SourceLinks {
    private SourceLinks() {
    }

    /** Asks which source to link {@code source} to and links them (one undoable action). */
    public static void linkTo(Shell shell, ProjectStore store, Source source) {
        List<Source> others = store.project().getSources().stream().filter(s -> s != source).toList();
        if (others.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.SourceLinks_linkTitle, Messages.SourceLinks_nothingToLink);
            return;
        }
        Source chosen = pick(shell, Messages.SourceLinks_linkTitle, NLS.bind(Messages.SourceLinks_linkMessage, source.getName()), others);
        if (chosen != null) {
            try {
                new Links(store).link(source, chosen, null);
            } catch (IllegalArgumentException refused) {
                MessageDialog.openError(shell, Messages.SourceLinks_linkTitle, refused.getMessage());
            }
        }
    }

    /** Opens the source linked to {@code source}; with several, the one the user picks; with none, says so. */
    public static void openLinked(IWorkbenchPage page, ProjectStore store, Source source) {
        Shell shell = page.getWorkbenchWindow().getShell();
        List<Source> linked = new Links(store).linkedSources(source);
        Source chosen = switch (linked.size()) {
            case 0 -> {
                MessageDialog.openInformation(shell, Messages.SourceLinks_openTitle, NLS.bind(Messages.SourceLinks_noLinks, source.getName()));
                yield null;
            }
            case 1 -> linked.get(0);
            default -> pick(shell, Messages.SourceLinks_openTitle, NLS.bind(Messages.SourceLinks_openMessage, source.getName()), linked);
        };
        if (chosen != null) {
            try {
                SourceOpener.open(page, store, chosen);
            } catch (PartInitException e) {
                MessageDialog.openError(shell, Messages.SourceLinks_openTitle, NLS.bind(Messages.CannotOpen, chosen.getName(), e.getMessage()));
            }
        }
    }

    private static Source pick(Shell shell, String title, String message, List<Source> sources) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Source) element).getName();
            }

            @Override
            public Image getImage(Object element) {
                return Images.of(element);
            }
        });
        dialog.setTitle(title);
        dialog.setMessage(message);
        dialog.setElements(sources.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof Source s ? s : null;
    }
}
