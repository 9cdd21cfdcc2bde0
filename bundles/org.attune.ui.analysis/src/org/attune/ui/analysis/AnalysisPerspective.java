package org.attune.ui.analysis;

import org.attune.ui.views.CodebookView;
import org.attune.ui.views.ProjectExplorerView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Where researchers look at their coding as a whole: the matrix (with the segments behind a cell) fills the
 * middle (a transcript opened from a segment comes up below it); the saturation check and the theme map sit beside it,
 * and Compare Coders and the Agreement Report open there too; the codebook stays at hand on the left.
 */
public class AnalysisPerspective implements IPerspectiveFactory {
    public static final String ID = "org.attune.ui.analysis.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true); // a transcript opened from a segment shows below the matrix
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("org.attune.ui.analysis.left", IPageLayout.LEFT, 0.25f, editors); // the Codebook's names readable at 1280x800
        left.addView(CodebookView.ID);
        left.addView(ProjectExplorerView.ID);
        left.addPlaceholder(IPageLayout.ID_PROP_SHEET); // Properties (Alt+Enter) opens beside the codebook
        IFolderLayout main = layout.createFolder("org.attune.ui.analysis.main", IPageLayout.TOP, 0.72f, editors);
        main.addView(MatrixView.ID);
        main.addView(SaturationView.ID);
        main.addView(ThemeMapView.ID);
        // Compare Coders and the Agreement Report need room: they open in the main stack, not in the editor area below
        // (a perspective extension relative to a folder put them there, about 170 px high at 1280x800)
        main.addPlaceholder(org.attune.ui.analysis.compare.CompareCodersView.ID);
        main.addPlaceholder(org.attune.ui.analysis.compare.AgreementReportView.ID);
        for (String view : new String[] {MatrixView.ID, SaturationView.ID, ThemeMapView.ID, CodebookView.ID}) {
            layout.addShowViewShortcut(view);
        }
        layout.addPerspectiveShortcut(ID);
    }
}
