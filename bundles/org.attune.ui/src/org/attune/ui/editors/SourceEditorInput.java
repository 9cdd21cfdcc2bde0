package org.attune.ui.editors;

import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * A transcript of the open project, as the input of a {@link SourceEditor}; equal inputs share one editor. It is saved
 * with the workbench (project folder and source id) and brought back by {@link SourceEditorInputFactory}.
 */
public record SourceEditorInput(ProjectStore store, TextSource source) implements SourceInput, IPersistableElement {
    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getFactoryId() {
        return SourceEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        SourceEditorInputFactory.save(memento, store.folder(), source.getId());
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.SourceEditorInput_tip, source.getName(), source.getLength());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceEditorInput o && o.store == store && o.source.getId().equals(source.getId());
    }

    @Override
    public int hashCode() {
        return source.getId().hashCode();
    }
}
