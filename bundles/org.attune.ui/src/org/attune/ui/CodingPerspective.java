package org.attune.ui;

import org.attune.ui.views.CasesView;
import org.attune.ui.views.CodebookView;
import org.attune.ui.views.CodedSegmentsView;
import org.attune.ui.views.MemosView;
import org.attune.ui.views.ProjectExplorerView;
import org.attune.ui.views.SearchView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Where researchers code: the project and the codebook on the left, the transcript being coded in the editor
 * area, and below it what is looked up while coding (coded segments, search, memos, cases, properties).
 */
public class CodingPerspective implements IPerspectiveFactory {
    public static final String ID = "org.attune.ui.perspectives.coding";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editors = layout.getEditorArea();
        layout.addView(ProjectExplorerView.ID, IPageLayout.LEFT, 0.2f, editors);
        layout.addView(CodebookView.ID, IPageLayout.RIGHT, 0.56f, editors); // its four columns in full at 1280x800
        IFolderLayout below = layout.createFolder("org.attune.ui.folders.below", IPageLayout.BOTTOM, 0.66f, editors);
        below.addView(CodedSegmentsView.ID);
        below.addView(SearchView.ID);
        below.addView(MemosView.ID);
        below.addView(CasesView.ID);
        below.addView(IPageLayout.ID_PROP_SHEET); // what is selected in any view, edited through the model's item providers
        for (String view : new String[] {ProjectExplorerView.ID, CodebookView.ID, CodedSegmentsView.ID, SearchView.ID,
                MemosView.ID, CasesView.ID, IPageLayout.ID_PROP_SHEET}) {
            layout.addShowViewShortcut(view);
        }
    }
}
