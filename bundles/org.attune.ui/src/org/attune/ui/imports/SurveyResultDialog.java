package org.attune.ui.imports;

import org.attune.ui.Widgets;
import org.attune.core.Printable;
import org.attune.importer.survey.SurveyReport;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.ResultDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;

/** What the import of a sheet did: cases created and updated, attribute values, answers and their sources, and each problem. */
public class SurveyResultDialog extends ResultDialog<SurveyReport> {
    public static final String TITLE = Messages.SurveyResultDialog_title;

    public SurveyResultDialog(Shell parent, SurveyReport report) {
        super(parent, TITLE, report);
    }

    @Override
    protected void createArea(Composite area) {
        Widgets.wrapping(WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.SURVEY_SUMMARY), NLS.bind(Messages.SurveyResultDialog_summary,
                new Object[] {Printable.of(report.sheet()), report.casesCreated(), report.casesUpdated(), report.valuesSet(),
                        report.answersImported(), report.answerSources().size(), report.codingsCarried()}), 640);
        if (!report.answerSources().isEmpty()) {
            Label sources = new Label(area, SWT.WRAP);
            sources.setText(NLS.bind(Messages.SurveyResultDialog_sources, Printable.of(String.join(", ", report.answerSources()))));
            sources.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        new Label(area, SWT.NONE).setText(report.problems().isEmpty() ? Messages.SurveyResultDialog_noProblems
                : NLS.bind(Messages.SurveyResultDialog_problems, report.problems().size()));
        if (!report.problems().isEmpty()) {
            List problems = WidgetIds.tag(new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), WidgetIds.SURVEY_PROBLEMS);
            problems.setItems(report.problems().stream().map(Printable::of).toArray(String[]::new));
            Widgets.filling(problems, SWT.DEFAULT, 160);
        }
    }
}
