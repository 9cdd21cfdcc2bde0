package org.attune.ui.editors;

import org.attune.model.ImageSource;
import org.attune.store.ProjectStore;
import org.eclipse.ui.IPersistableElement;

/** A picture of the open project, as the input of a {@link PictureEditor}; equal inputs share one editor. */
public record PictureEditorInput(ProjectStore store, ImageSource source) implements SourceInput {
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return source.getName() + " (" + source.getWidth() + "\u00d7" + source.getHeight() + " px)"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PictureEditorInput o && o.store == store && o.source.getId().equals(source.getId());
    }

    @Override
    public int hashCode() {
        return source.getId().hashCode();
    }
}
