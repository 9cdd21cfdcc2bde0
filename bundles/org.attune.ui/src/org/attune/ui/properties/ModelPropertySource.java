package org.attune.ui.properties;

import java.util.List;

import org.attune.coding.Elements;
import org.attune.model.Element;
import org.attune.model.attributes.Attributes;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An element's properties as its item provider describes them (names, categories, descriptions, which are
 * read-only: from the genmodel). A change is one action of the project ({@link Elements#set}): committed, one undo
 * step, by the same rules as the other ways of making it; a change the rules refuse is reported and not made.
 */
final class ModelPropertySource implements IPropertySource {
    /** The id of the row saying a transcript is a draft, and by which engine. */
    static final String DRAFT = "draftTranscript"; //$NON-NLS-1$
    /** The ids of a source's attribute rows: this and the attribute's name. */
    static final String ATTRIBUTE = "sourceAttribute:"; //$NON-NLS-1$
    private final Element element;
    private final IItemPropertySource items;
    private final ProjectStore store;
    /** The property and value last refused, which are not reported again. */
    private List<Object> refused;

    ModelPropertySource(Element element, IItemPropertySource items, ProjectStore store) {
        this.element = element;
        this.items = items;
        this.store = store;
    }

    @Override
    public Object getEditableValue() {
        return element;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        boolean writable = store != null && !store.isReadOnly() && element.eResource() != null;
        java.util.List<IPropertyDescriptor> shown = new java.util.ArrayList<>(
                descriptors().stream().map(d -> new ModelPropertyDescriptor(element, d, writable)).toList());
        if (element instanceof org.attune.model.Source source && org.attune.transcribe.DraftTranscript.isDraft(source)) {
            // read-only: Mark Transcript Corrected ends a draft
            shown.add(new org.eclipse.ui.views.properties.PropertyDescriptor(DRAFT, Messages.Properties_draft));
        }
        if (element instanceof org.attune.model.Source source && source.eResource() != null) {
            // the project's source attributes (an e-mail's From, a Kind set by hand), edited as Set Source Attribute... does
            for (org.attune.model.AttributeDefinition d : Attributes.ofSources(((org.attune.model.Project) org.eclipse.emf.ecore.util.EcoreUtil
                    .getRootContainer(source)))) {
                org.eclipse.ui.views.properties.PropertyDescriptor row = writable
                        ? new org.eclipse.ui.views.properties.TextPropertyDescriptor(ATTRIBUTE + d.getName(), d.getName())
                        : new org.eclipse.ui.views.properties.PropertyDescriptor(ATTRIBUTE + d.getName(), d.getName());
                row.setDescription(Messages.Properties_sourceAttributes); // no category: the view would then nest every other row under "Misc"
                shown.add(row);
            }
        }
        return shown.toArray(IPropertyDescriptor[]::new);
    }

    private List<IItemPropertyDescriptor> descriptors() {
        return items.getPropertyDescriptors(element);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return descriptors().stream().filter(d -> d.getId(element).equals(id)).findFirst().orElse(null);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (DRAFT.equals(id)) {
            String by = element instanceof org.attune.model.Source source ? org.attune.transcribe.DraftTranscript.draftBy(source) : null;
            return by == null ? null : org.eclipse.osgi.util.NLS.bind(Messages.Properties_draftBy, by);
        }
        if (id instanceof String key && key.startsWith(ATTRIBUTE) && element instanceof org.attune.model.Source source) {
            String value = Attributes.valueOf(source, key.substring(ATTRIBUTE.length()));
            return value == null ? "" : value; //$NON-NLS-1$
        }
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(element);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element) : value;
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (id instanceof String key && key.startsWith(ATTRIBUTE) && element instanceof org.attune.model.Source source && store != null) {
            String name = key.substring(ATTRIBUTE.length());
            String now = value == null ? "" : value.toString(); //$NON-NLS-1$
            String was = Attributes.valueOf(source, name);
            if (!now.strip().equals(was == null ? "" : was)) { //$NON-NLS-1$
                new org.attune.coding.SourceAttributes(store).set(source, name, now); // one undoable action; blank removes it
            }
            return;
        }
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null || store == null || !(descriptor.getFeature(element) instanceof EStructuralFeature feature)) {
            return;
        }
        if (refused != null && refused.equals(List.of(id, String.valueOf(value)))) {
            return; // the cell editor applies the value it still holds again when it loses the focus: said once is enough
        }
        try {
            new Elements(store).set(element, feature, value);
            refused = null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            refused = List.of(id, String.valueOf(value));
            MessageDialog.openError(Display.getCurrent().getActiveShell(), Messages.Properties_notChanged, e.getMessage());
        }
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // nothing to reset: a property has no default to go back to
    }
}
