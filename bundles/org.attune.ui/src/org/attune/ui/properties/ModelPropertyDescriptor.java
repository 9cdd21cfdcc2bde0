package org.attune.ui.properties;

import java.util.List;

import org.attune.model.Element;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One property of an element as the Properties view shows it: the item property descriptor's name, category,
 * description and value labels; an editor only where the descriptor lets the property be set (and the project can
 * be changed): a list for a choice (an enumeration), a dialog for a text of several lines, a text field otherwise.
 */
final class ModelPropertyDescriptor extends PropertyDescriptor {
    private final Element element;
    private final IItemPropertyDescriptor item;
    private final boolean writable;

    ModelPropertyDescriptor(Element element, IItemPropertyDescriptor item, boolean writable) {
        super(item.getId(element), item.getDisplayName(element));
        this.element = element;
        this.item = item;
        this.writable = writable;
        setCategory(item.getCategory(element));
        setDescription(item.getDescription(element));
        IItemLabelProvider values = item.getLabelProvider(element);
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                return value == null ? "" : values.getText(value);
            }
        });
    }

    /** Whether the Properties view offers an editor for it. */
    boolean isEditable() {
        return writable && item.canSetProperty(element) && item.getFeature(element) instanceof EAttribute attribute && !attribute.isMany();
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!isEditable()) {
            return null;
        }
        EDataType type = ((EAttribute) item.getFeature(element)).getEAttributeType();
        java.util.Collection<?> choices = item.getChoiceOfValues(element);
        if (choices != null && !choices.isEmpty()) {
            List<?> values = List.copyOf(choices);
            return new ComboBoxCellEditor(parent, values.stream().map(v -> getLabelProvider().getText(v)).toArray(String[]::new),
                    SWT.READ_ONLY) {
                @Override
                protected Object doGetValue() {
                    int index = (Integer) super.doGetValue();
                    return index < 0 ? null : values.get(index);
                }

                @Override
                protected void doSetValue(Object value) {
                    super.doSetValue(values.indexOf(value));
                }
            };
        }
        if (item.isMultiLine(element)) {
            return new DialogCellEditor(parent) {
                @Override
                protected Object openDialogBox(Control window) {
                    Object value = getValue();
                    InputDialog dialog = new InputDialog(window.getShell(), getDisplayName(), getDescription(),
                            value == null ? "" : value.toString(), null) {
                        @Override
                        protected int getInputTextStyle() {
                            return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP;
                        }
                    };
                    return dialog.open() == Window.OK ? dialog.getValue() : null;
                }
            };
        }
        return new TextCellEditor(parent) {
            {
                setValidator(text -> {
                    if (!(text instanceof String typed)) {
                        return null; // the value shown when the editor opens, not yet typed
                    }
                    try {
                        fromText(type, typed);
                        return null;
                    } catch (RuntimeException e) {
                        return e.getMessage() == null ? e.toString() : e.getMessage();
                    }
                });
            }

            @Override
            protected Object doGetValue() {
                return fromText(type, (String) super.doGetValue());
            }

            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
            }
        };
    }

    /** The value a text stands for ({@code null} for an empty text where the type allows it). */
    private static Object fromText(EDataType type, String text) {
        if (text.isEmpty() && !type.getInstanceClass().isPrimitive()) {
            return type.getInstanceClass() == String.class ? "" : null;
        }
        return EcoreUtil.createFromString(type, text);
    }
}
