package org.attune.ui.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.Element;
import org.attune.ui.Messages;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * What Attune knows about an item of the project: every attribute the model gives it (read from the model, so
 * new attributes show without code here) and the names of what it refers to.
 */
public class PropertiesDialog extends TitledDialog {
    private final Element element;

    public PropertiesDialog(Shell parent, Element element) {
        super(parent, NLS.bind(Messages.PropertiesDialog_title, org.attune.coding.Elements.nameOf(element)), true);
        this.element = element;
    }

    /** Name and shown value of each property that has a value. */
    public static List<String[]> properties(Element element) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"kind", element.eClass().getName()});
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            Object value = element.eGet(attribute);
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                rows.add(new String[] {attribute.getName(), String.valueOf(value)});
            }
        }
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isMany() && element.eGet(reference, false) instanceof Element target) {
                rows.add(new String[] {reference.getName(), org.attune.coding.Elements.nameOf(target)});
            }
        }
        if (element instanceof org.attune.model.Source source && org.attune.transcribe.DraftTranscript.isDraft(source)) {
            rows.add(new String[] {Messages.PropertiesDialog_draft,
                    NLS.bind(Messages.PropertiesDialog_draftBy, org.attune.transcribe.DraftTranscript.draftBy(source))});
        }
        return rows;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 520;
        data.heightHint = 300;
        table.setLayoutData(data);
        for (String title : new String[] {Messages.PropertiesDialog_property, Messages.PropertiesDialog_value}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals(Messages.PropertiesDialog_value) ? 360 : 140);
        }
        for (String[] row : properties(element)) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
