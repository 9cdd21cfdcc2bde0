package org.attune.ui;

import org.attune.ui.views.ProjectExplorerView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Where researchers code: the project on the left, the source being coded in the editor area. */
public class CodingPerspective implements IPerspectiveFactory {
    public static final String ID = "org.attune.ui.perspectives.coding";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(ProjectExplorerView.ID, IPageLayout.LEFT, 0.25f, layout.getEditorArea());
        layout.addView(org.attune.ui.views.SearchView.ID, IPageLayout.BOTTOM, 0.68f, layout.getEditorArea());
        layout.addShowViewShortcut(ProjectExplorerView.ID);
        layout.addShowViewShortcut(org.attune.ui.views.SearchView.ID);
    }
}
