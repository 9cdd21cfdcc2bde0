package org.attune.ui.handlers;

import org.attune.ui.views.PseudonymsView;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * The commands of the Pseudonyms view (#20; {@code PseudonymsHandler:unlock}, {@code :add}, {@code :remove},
 * {@code :fromProject}, {@code :accept}, {@code :reject}, {@code :apply}, {@code :cleanUp}, {@code :export},
 * {@code :import} in {@code plugin.xml}), run on the view, which is opened when needed.
 */
public class PseudonymsHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        PseudonymsView view = view(event, PseudonymsView.ID, PseudonymsView.class).orElse(null);
        if (view == null) {
            try {
                view = (PseudonymsView) org.eclipse.ui.handlers.HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                        .showView(PseudonymsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        switch (action) {
            case "unlock" -> view.unlock();
            case "add" -> view.add();
            case "remove" -> view.remove();
            case "fromProject" -> view.fromProject();
            case "accept" -> view.decide(true);
            case "reject" -> view.decide(false);
            case "apply" -> view.apply();
            case "cleanUp" -> view.cleanUp();
            case "export" -> view.exportCsv(null);
            case "import" -> view.importCsv(null);
            default -> throw unknown(action);
        }
        return null;
    }
}
