package org.attune.ui.ratings;

import org.attune.ui.handlers.ViewHandler;
import org.eclipse.core.commands.ExecutionException;

/** The Results view's commands (its buttons Export CSV..., Export XLSX..., Bootstrap Intervals): the export and the bootstrap run as jobs. */
public class ResultsHandler extends ViewHandler<ResultsView> {
    public ResultsHandler() {
        super(ResultsView.ID, ResultsView.class);
    }

    @Override
    protected void run(ResultsView view, String action) throws ExecutionException {
        switch (action) {
            case "exportCsv" -> view.export(ExportJob.Format.CSV);
            case "exportXlsx" -> view.export(ExportJob.Format.XLSX);
            case "bootstrap" -> view.bootstrap();
            default -> throw unknown(action);
        }
    }
}
