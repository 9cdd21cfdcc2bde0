package org.attune.ui.dialogs;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.views.CodebookView;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** What a code means: name, analytic level, definition, inclusion and exclusion criteria, an example. */
public class CodeDialog extends TitledDialog {
    public static final String TITLE = Messages.CodeDialog_title;
    private final Code code;
    private Text name;
    private Combo level;
    private Text definition;
    private Text inclusion;
    private Text exclusion;
    private Text example;
    private String nameValue;
    private AnalyticLevel levelValue;
    private String[] texts;

    public CodeDialog(Shell parent, Code code) {
        super(parent, TITLE + " " + code.getName(), true);
        this.code = code;
    }

    @Override
    protected void createArea(Composite area) {
        area.setLayout(new GridLayout(2, false));
        name = WidgetIds.tag(field(area, Messages.CodeDialog_name, code.getName(), false), WidgetIds.CODE_NAME);
        new Label(area, SWT.NONE).setText(Messages.CodeDialog_level);
        level = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), WidgetIds.CODE_LEVEL);
        for (AnalyticLevel l : AnalyticLevel.values()) {
            level.add(CodebookView.levelName(l));
        }
        level.select(code.getLevel().getValue());
        definition = WidgetIds.tag(field(area, Messages.CodeDialog_definition, code.getDefinition(), true), WidgetIds.CODE_DEFINITION);
        inclusion = field(area, Messages.CodeDialog_include, code.getInclusionCriteria(), true);
        exclusion = field(area, Messages.CodeDialog_exclude, code.getExclusionCriteria(), true);
        example = field(area, Messages.CodeDialog_example, code.getExample(), true);
    }

    private static Text field(Composite area, String label, String value, boolean multi) {
        Label l = new Label(area, SWT.NONE);
        l.setText(label);
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Text text = new Text(area, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        text.setText(value == null ? "" : value);
        GridData data = new GridData(SWT.FILL, multi ? SWT.FILL : SWT.CENTER, true, multi);
        data.widthHint = 420;
        data.heightHint = multi ? 56 : SWT.DEFAULT;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected void okPressed() {
        if (name.getText().isBlank() || name.getText().contains("/")) {
            name.setFocus();
            return;
        }
        nameValue = name.getText().strip();
        levelValue = AnalyticLevel.get(level.getSelectionIndex());
        texts = new String[] {definition.getText(), inclusion.getText(), exclusion.getText(), example.getText()};
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        actionButtons(parent, Messages.Save, IDialogConstants.CANCEL_LABEL, true);
    }

    public String name() {
        return nameValue;
    }

    public AnalyticLevel level() {
        return levelValue;
    }

    public String definition() {
        return texts[0];
    }

    public String inclusion() {
        return texts[1];
    }

    public String exclusion() {
        return texts[2];
    }

    public String example() {
        return texts[3];
    }
}
