package org.attune.ui.editors;

import org.attune.model.Source;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;

/** A source of the open project as an editor's input: named by the source, with no file of its own to exist. */
public interface SourceInput extends IEditorInput {
    Source source();

    @Override
    default boolean exists() {
        return false;
    }

    @Override
    default ImageDescriptor getImageDescriptor() {
        return org.attune.ui.Images.descriptor(org.attune.ui.Images.sourceKind(source()));
    }

    @Override
    default String getName() {
        return source().getName();
    }

    @Override
    default <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
