package org.attune.ui.properties;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.attune.model.edit.AttuneItemProviders;
import org.attune.model.edit.CodeSwatch;
import org.attune.ui.Images;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * The workbench's one composed adapter factory over the generated item providers, and the labels and images they
 * give, as JFace wants them.
 */
public final class ModelItems {
    private static ComposedAdapterFactory factory;

    private ModelItems() {
    }

    /** The item providers every view adapts model objects with (made on first use, kept while the workbench runs). */
    public static synchronized ComposedAdapterFactory factory() {
        if (factory == null) {
            factory = AttuneItemProviders.composed(new WorkbenchItemProviders());
        }
        return factory;
    }

    /** The item provider's text for {@code object}; what {@code String.valueOf} gives for an object without one. */
    public static String text(Object object) {
        IItemLabelProvider labels = labels(object);
        return labels != null ? labels.getText(object) : String.valueOf(object);
    }

    /** The label provider of a model object, or the object itself when it is one (a view's transient item). */
    private static IItemLabelProvider labels(Object object) {
        return object instanceof IItemLabelProvider itself ? itself
                : factory().adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider provider ? provider : null;
    }

    /** A label provider of the item providers' texts and images, which go with {@code owner}. */
    public static ILabelProvider labels(Control owner) {
        return new Labels(owner);
    }

    /**
     * Texts from the item providers; images of a project's elements as everywhere in the workbench ({@link Images#of}),
     * a {@link CodeSwatch} as its code's tag, others from the item providers' URLs.
     */
    static class Labels extends LabelProvider {
        private final Map<String, Image> icons = new HashMap<>();

        Labels(Control owner) {
            owner.addListener(SWT.Dispose, e -> icons.values().stream().filter(Objects::nonNull).forEach(Image::dispose));
        }

        @Override
        public String getText(Object element) {
            return text(element);
        }

        @Override
        public Image getImage(Object element) {
            Image shared = Images.of(element);
            if (shared != null) {
                return shared;
            }
            IItemLabelProvider labels = labels(element);
            if (labels == null) {
                return null;
            }
            Object image = labels.getImage(element);
            while (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
                image = composed.getImages().get(0);
            }
            if (image instanceof CodeSwatch) {
                return Images.get(Images.CODE);
            }
            return image instanceof URL url ? icons.computeIfAbsent(url.toString(), k -> ImageDescriptor.createFromURL(url).createImage(false))
                    : null;
        }
    }
}
