package org.attune.ui;

import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The empty editor area says what to do next: open a transcript from the Project Explorer, or File > Import...
 * (a link that runs the command) to add one. Shown while no editor is open in the area.
 */
public final class EmptyEditorArea {
    public static final String TEXT = Messages.EmptyEditorArea_text;
    public static final String ACTION = Messages.EmptyEditorArea_action;
    private static final String EDITOR_STACK = "org.eclipse.e4.primaryDataStack";
    private static final String IMPORT = "org.attune.ui.commands.import";

    private EmptyEditorArea() {
    }

    /** Puts the hint into {@code window}'s editor area; nothing if the area is not there. */
    public static void install(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (model == null || models == null || !(models.find(EDITOR_STACK, model) instanceof MPartStack stack)
                || !(stack.getWidget() instanceof CTabFolder folder)) {
            return;
        }
        Composite hint = new Composite(folder, SWT.NONE);
        hint.setData(WidgetIds.KEY, WidgetIds.EDITOR_AREA_HINT);
        hint.setLayout(new GridLayout(1, false));
        hint.setBackground(folder.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        hint.setBackgroundMode(SWT.INHERIT_FORCE);
        Label text = new Label(hint, SWT.WRAP | SWT.CENTER);
        text.setText(TEXT);
        text.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
        Link link = new Link(hint, SWT.NONE);
        link.setText(ACTION);
        link.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
        link.addListener(SWT.Selection, e -> Commands.execute(window, IMPORT, window.getShell()));
        Runnable update = () -> {
            if (hint.isDisposed()) {
                return;
            }
            boolean empty = folder.getItemCount() == 0;
            hint.setVisible(empty);
            if (empty) {
                Rectangle area = folder.getClientArea();
                Point size = hint.computeSize(Math.min(area.width, 520), SWT.DEFAULT);
                hint.setBounds(area.x + Math.max(0, (area.width - size.x) / 2), area.y + Math.max(0, (area.height - size.y) / 3),
                        Math.min(size.x, area.width), size.y);
                hint.moveAbove(null);
            }
        };
        folder.addListener(SWT.Resize, e -> update.run());
        Runnable later = () -> { // parts close after the editor area is gone when the workbench shuts down
            if (!folder.isDisposed()) {
                folder.getDisplay().asyncExec(update);
            }
        };
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference ref) {
                later.run();
            }

            @Override
            public void partClosed(IWorkbenchPartReference ref) {
                later.run();
            }
        });
        update.run();
    }
}
