package org.attune.ui.ratings;

import org.attune.ui.handlers.ActionHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * The commands of the rating views' buttons: the rating sheet ({@code form.changeRater}, {@code form.start},
 * {@code form.submit}, {@code form.addEvidence} with the sub-item as its parameter), Compare Sheets
 * ({@code compare.make}), the Rating Scales editor ({@code scales.*}) and the Results ({@code results.*}); which one an instance runs is the data after the class name in {@code plugin.xml}.
 * Each runs on its view whether or not it has the focus; the changes are {@code org.attune.ratings}' (one undoable
 * action each), the exports and the bootstrap jobs.
 */
public class RatingViewsHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        var form = view(event, RatingFormView.ID, RatingFormView.class);
        var scales = view(event, ScaleEditorView.ID, ScaleEditorView.class);
        var results = view(event, ResultsView.ID, ResultsView.class);
        switch (action) {
            case "form.changeRater" -> form.ifPresent(RatingFormView::changeRater);
            case "form.start" -> form.ifPresent(RatingFormView::startOrContinue);
            case "form.submit" -> form.ifPresent(RatingFormView::submit);
            case "form.addEvidence" -> form.ifPresent(f -> f.addEvidence(event.getParameter(RatingFormView.ADD_EVIDENCE_ITEM)));
            case "compare.make" -> view(event, ComparisonView.ID, ComparisonView.class).ifPresent(ComparisonView::makeConsensus);
            case "scales.addTemplate" -> scales.ifPresent(ScaleEditorView::addTemplate);
            case "scales.addItem" -> scales.ifPresent(ScaleEditorView::addItem);
            case "scales.addSubItem" -> scales.ifPresent(ScaleEditorView::addSubItem);
            case "scales.addLevel" -> scales.ifPresent(ScaleEditorView::addLevel);
            case "scales.rename" -> scales.ifPresent(ScaleEditorView::rename);
            case "scales.toggleNotUsed" -> scales.ifPresent(ScaleEditorView::toggleNotUsed);
            case "scales.toggleNotApplicable" -> scales.ifPresent(ScaleEditorView::toggleNotApplicable);
            case "results.exportCsv" -> results.ifPresent(r -> r.export(ExportJob.Format.CSV));
            case "results.exportXlsx" -> results.ifPresent(r -> r.export(ExportJob.Format.XLSX));
            case "results.bootstrap" -> results.ifPresent(ResultsView::bootstrap);
            default -> throw unknown(action);
        }
        return null;
    }
}
