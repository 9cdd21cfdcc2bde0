package org.attune.ui.views;

import java.io.IOException;
import java.util.List;

import org.attune.ui.GettingStartedGuide;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.Widgets;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;

/** Help &gt; Getting Started: the guide's workflows, one titled section each, read-only. */
public class GettingStartedView extends ViewPart {
    public static final String ID = "org.attune.ui.views.gettingStarted";

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.GettingStartedView_title);
        form.getBody().setLayout(new TableWrapLayout()); // one column; the text wraps to the view's width
        form.getBody().setData(WidgetIds.KEY, WidgetIds.GETTING_STARTED);
        try {
            for (GettingStartedGuide.Section section : GettingStartedGuide.load()) {
                addSection(section);
            }
        } catch (IOException e) {
            addSection(new GettingStartedGuide.Section(Messages.GettingStartedView_missing,
                    "<form><p>" + escape(e.getMessage()) + "</p></form>"));
        }
        form.reflow(true);
    }

    private void addSection(GettingStartedGuide.Section content) {
        Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR);
        section.setText(Widgets.literal(content.title()));
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        FormText text = toolkit.createFormText(section, true);
        text.setText(content.markup(), true, false);
        section.setClient(text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The titles of the sections shown, in order. */
    public List<String> sectionTitles() {
        return java.util.Arrays.stream(form.getBody().getChildren()).filter(Section.class::isInstance)
                .map(c -> ((Section) c).getText().replace("&&", "&")).toList();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        toolkit.dispose();
        super.dispose();
    }
}
