package org.attune.ui.dialogs;

import org.attune.ui.Widgets;
import org.attune.model.AttributeDefinition;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.attributes.Attributes;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks a source attribute (one the sources have, or a new name) and its value; an empty value removes it. */
public class SourceAttributeDialog extends TitledDialog {
    private final Project project;
    private final Source source;
    private Combo attributeField;
    private Text valueField;
    private String attribute;
    private String value;

    public SourceAttributeDialog(Shell parent, Project project, Source source) {
        super(parent, NLS.bind(Messages.SourceAttributeDialog_title, source.getName()), false);
        this.project = project;
        this.source = source;
    }

    @Override
    protected void createArea(Composite area) {
        Composite grid = new Composite(area, SWT.NONE);
        grid.setLayout(new GridLayout(2, false));
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(grid, SWT.NONE).setText(Messages.SourceAttributeDialog_attribute);
        attributeField = WidgetIds.tag(new Combo(grid, SWT.DROP_DOWN), WidgetIds.SOURCE_ATTRIBUTE_NAME);
        attributeField.setItems(Attributes.ofSources(project).stream().map(AttributeDefinition::getName).toArray(String[]::new));
        Widgets.wide(attributeField, 320);
        new Label(grid, SWT.NONE).setText(Messages.SourceAttributeDialog_value);
        valueField = WidgetIds.tag(new Text(grid, SWT.BORDER), WidgetIds.SOURCE_ATTRIBUTE_VALUE);
        valueField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        attributeField.addListener(SWT.Modify, e -> {
            String now = attributeField.getText().isBlank() ? null : Attributes.value(source.getValues(), attributeField.getText());
            valueField.setText(now == null ? "" : now);
        });
    }

    @Override
    protected void okPressed() {
        if (attributeField.getText().isBlank()) {
            attributeField.setFocus();
            return;
        }
        attribute = attributeField.getText().strip();
        value = valueField.getText();
        super.okPressed();
    }

    public String attribute() {
        return attribute;
    }

    public String value() {
        return value;
    }
}
