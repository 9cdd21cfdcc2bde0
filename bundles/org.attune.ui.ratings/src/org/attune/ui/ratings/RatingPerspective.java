package org.attune.ui.ratings;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Where raters work: the recording playing on the left, the rating form beside it, comparison and results below. */
public class RatingPerspective implements IPerspectiveFactory {
    public static final String ID = "org.attune.ui.ratings.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(MediaPlayerView.ID, IPageLayout.LEFT, 0.5f, editors);
        layout.addView(RatingFormView.ID, IPageLayout.RIGHT, 0.5f, MediaPlayerView.ID);
        IFolderLayout below = layout.createFolder("org.attune.ui.ratings.below", IPageLayout.BOTTOM, 0.5f, MediaPlayerView.ID);
        below.addView(ComparisonView.ID);
        below.addView(ResultsView.ID);
        below.addView(ScaleEditorView.ID);
        for (String view : new String[] {MediaPlayerView.ID, RatingFormView.ID, ComparisonView.ID, ResultsView.ID, ScaleEditorView.ID}) {
            layout.addShowViewShortcut(view);
        }
    }
}
