package org.attune.ui.handlers;

import org.attune.model.Source;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.dialogs.SourceLinks;
import org.attune.ui.editors.PictureEditor;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.views.ProjectExplorerView;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Link to... and Open Linked on the source in front: the picture in the picture viewer, the transcript in its
 * editor, or the source selected in the Project Explorer ({@code LinkHandler:linkTo}, {@code LinkHandler:openLinked}).
 */
public class LinkHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        Source source = subject(HandlerUtil.getActivePart(event), event);
        if (store == null || source == null) {
            return null;
        }
        switch (action) {
            case "linkTo" -> SourceLinks.linkTo(HandlerUtil.getActiveShellChecked(event), store, source);
            case "openLinked" -> SourceLinks.openLinked(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), store, source);
            default -> throw new ExecutionException("no link action '" + action + "'"); //$NON-NLS-1$
        }
        return null;
    }

    private static Source subject(IWorkbenchPart part, ExecutionEvent event) {
        return switch (part) {
            case PictureEditor picture -> picture.picture();
            case SourceEditor transcript -> transcript.source();
            case ProjectExplorerView explorer -> selected(event, Object.class).stream()
                    .map(o -> o instanceof ProjectExplorerView.Linked l ? l.to() : o).filter(Source.class::isInstance)
                    .map(Source.class::cast).findFirst().orElse(null);
            case null, default -> null;
        };
    }
}
