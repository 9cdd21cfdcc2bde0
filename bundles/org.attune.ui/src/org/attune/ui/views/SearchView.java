package org.attune.ui.views;

import org.attune.ui.Widgets;
import org.attune.ui.Commands;
import org.attune.ui.ProjectViewPart;
import org.eclipse.swt.widgets.Control;
import java.io.IOException;
import java.util.List;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.CodingQuery;
import org.attune.coding.SearchAndCode;
import org.attune.index.ProjectIndex;
import org.attune.index.SearchHit;
import org.attune.index.SearchSyntaxException;
import org.attune.coding.Codebook;
import org.attune.model.TextSource;
import org.attune.ui.ColumnWidths;
import org.attune.ui.TableFit;
import org.attune.ui.Messages;
import org.attune.ui.dialogs.CodePicker;
import org.attune.ui.dialogs.CodingQueryDialog;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Searches the open project's transcripts (syntax in docs/search.md) and lists each hit in its context:
 * source, speaker, time, the words before, the match, the words after.
 */
public class SearchView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.search";
    public static final String CODE_ALL_TITLE = Messages.SearchView_codeAllTitle;
    public static final String CODING_QUERY_TITLE = CodingQueryDialog.TITLE;
    static final int LIMIT = 500;
    /** The commands of the view's buttons (handled by {@code ViewsHandler}). */
    public static final String SEARCH = "org.attune.ui.commands.search.run";
    public static final String CODE_ALL = "org.attune.ui.commands.search.codeAll";
    public static final String CODING_QUERY = "org.attune.ui.commands.search.codingQuery";

    private Text query;
    private Label status;
    private Table results;
    private TableFit fit;
    private Button wholeTurns;
    private List<SearchHit> shown = List.of();

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.SearchView_find);
        // the query has the row to itself, so that its placeholder (the query syntax by example) is seen whole; the
        // tooltip tells it too where the view is narrower than the placeholder
        query = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.SEARCH), WidgetIds.SEARCH_QUERY);
        query.setMessage(Messages.SearchView_queryHint);
        query.setToolTipText(Messages.SearchView_queryHint);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.DefaultSelection, e -> run());
        Composite actions = new Composite(body, SWT.NONE);
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.marginLeft = 0;
        row.marginTop = 0;
        row.marginBottom = 0;
        row.center = true;
        actions.setLayout(row);
        Commands.button(actions, getSite(), SEARCH, Messages.SearchView_search, WidgetIds.SEARCH_BUTTON);
        Commands.button(actions, getSite(), CODE_ALL, Messages.SearchView_codeAll, WidgetIds.SEARCH_CODE_ALL);
        Commands.button(actions, getSite(), CODING_QUERY, Messages.SearchView_codingQuery, WidgetIds.SEARCH_CODING_QUERY)
                .setToolTipText(Messages.SearchView_codingQueryTip);
        wholeTurns = new Button(actions, SWT.CHECK);
        wholeTurns.setText(Messages.SearchView_wholeTurns);
        wholeTurns.setToolTipText(Messages.SearchView_wholeTurnsTip);
        status = Widgets.statusRow(body, WidgetIds.SEARCH_STATUS, 2);
        results = Widgets.resultsTable(body, SWT.MULTI, WidgetIds.SEARCH_RESULTS, 2);
        results.addListener(SWT.DefaultSelection, e -> openSelected());
        String[] titles = {Messages.Column_source, Messages.Column_speaker, Messages.SearchView_time, Messages.Column_before, Messages.SearchView_match,
            Messages.Column_after};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(results, i == 3 ? SWT.RIGHT : SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(ColumnWidths.fitting(results, titles[i]));
        }
        // source, speaker, time and the match show in full; the context before and after share the rest
        fit = TableFit.install(results, 3, 5);
        return results;
    }

    /** The hits stay as they were found until the next search, whatever the project does since. */
    @Override
    protected void refresh() {
    }

    /** Another project (or none) is open: the hits and what was said about them belonged to the one before. */
    @Override
    protected void projectChanged() {
        results.removeAll();
        shown = List.of();
        status.setText("");
        fit.fit();
    }

    /** Runs the query in the field; errors in the query are shown, never thrown. */
    public void run() {
        String text = query.getText().strip();
        results.removeAll();
        shown = List.of();
        if (text.isEmpty()) {
            status.setText(Messages.SearchView_typeWhat);
            return;
        }
        BusyIndicator.showWhile(query.getDisplay(), () -> {
            try {
                if (session().current().isEmpty()) {
                    status.setText(Messages.OpenProjectFirst);
                    return;
                }
                ProjectIndex index = session().index();
                if (index == null) {
                    status.setText(Messages.SearchView_cancelled);
                    return;
                }
                var store = session().current().get();
                // coded stretches: only the chosen coders' codings the current coder may see (Show Codings, blind rule)
                List<SearchHit> hits = index.searcher().search(text, LIMIT, java.util.Set.of(), org.attune.ui.ShownCodings.lens(store).shownIds(store)::contains);
                shown = hits;
                for (SearchHit hit : hits) {
                    TableItem item = new TableItem(results, SWT.NONE);
                    item.setText(new String[] {hit.sourceName(), hit.speaker() == null ? "" : hit.speaker(),
                            hit.clock(), hit.before(), hit.match(), hit.after()});
                    item.setData(hit);
                }
                String why = hits.isEmpty() ? index.searcher().whyNothingFound(text) : null;
                String damage = index.takeNotice();
                String found = hits.size() == LIMIT ? NLS.bind(Messages.SearchView_hitsLimit, hits.size())
                        : Messages.count(hits.size(), Messages.SearchView_hits_one, Messages.SearchView_hits_other);
                status.setText(found + (why == null ? "" : ": " + why) + (damage == null ? "" : " (" + damage + ")"));
            } catch (SearchSyntaxException e) {
                status.setText(e.getMessage());
            } catch (IOException | RuntimeException e) {
                status.setText(NLS.bind(Messages.SearchView_failed, e.getMessage()));
            }
            status.getParent().layout();
            fit.fit();
        });
    }

    /** Asks for an expression over codes and lists the stretches it selects in the results table. */
    public void codingQuery() {
        var store = session().current().orElse(null);
        if (store == null) {
            status.setText(Messages.OpenProjectFirst);
            return;
        }
        CodingQueryDialog ask = new CodingQueryDialog(query.getShell(), store);
        if (ask.open() != Window.OK || ask.getValue().isBlank()) {
            return;
        }
        results.removeAll();
        shown = List.of();
        try {
            List<CodingQuery.Segment> segments = CodingQuery.run(store, ask.getValue());
            for (CodingQuery.Segment segment : segments) {
                TableItem item = new TableItem(results, SWT.NONE);
                item.setText(new String[] {segment.sourceName(), String.join(", ", segment.codes()), "", "", segment.words(), ""});
                item.setData(segment);
            }
            status.setText(NLS.bind(Messages.plural(segments.size(), Messages.SearchView_stretches_one, Messages.SearchView_stretches_other),
                    segments.size(), ask.getValue()));
        } catch (AnalysisException e) {
            status.setText(e.getMessage());
        }
        status.getParent().layout();
        fit.fit();
    }

    /** Codes every hit shown with a code the user names (new or existing), as one undoable action. */
    public void codeAll() {
        var store = session().current().orElse(null);
        if (store == null || shown.isEmpty()) {
            status.setText(Messages.SearchView_searchFirst);
            return;
        }
        long codable = shown.stream().filter(SearchHit::inTranscript).count();
        long elsewhere = shown.size() - codable;
        if (codable == 0) {
            status.setText(Messages.SearchView_notCodable);
            status.getParent().layout();
            return;
        }
        CodePicker.Choice choice = CodePicker.pickOrName(query.getShell(), CODE_ALL_TITLE, NLS.bind(Messages.plural(codable,
                Messages.SearchView_codeAll_one, Messages.SearchView_codeAll_other), codable,
                elsewhere > 0 ? NLS.bind(Messages.SearchView_leftOut, elsewhere) : ""), store);
        if (choice == null) {
            return;
        }
        try {
            boolean turns = wholeTurns.getSelection();
            String code = choice.code() == null ? choice.newName() : choice.code().path();
            SearchAndCode.Result result = SearchAndCode.code(store, shown.stream()
                    .map(h -> new SearchAndCode.Stretch(h.inTranscript() ? h.sourceId() : null, turns ? h.unitStart() : h.start(), turns ? h.unitEnd() : h.end())).toList(), code);
            status.setText(NLS.bind(Messages.plural(result.coded(), Messages.SearchView_coded_one, Messages.SearchView_coded_other),
                    new Object[] {result.coded(), result.code(), result.newCode() ? Messages.SearchView_newCode : "",
                            result.alreadyCoded() > 0 ? NLS.bind(Messages.SearchView_alreadyCoded, result.alreadyCoded()) : ""}));
        } catch (RuntimeException e) {
            status.setText(NLS.bind(Messages.SearchView_codingFailed, e.getMessage()));
        }
        status.getParent().layout();
    }

    /** Opens the transcript of the chosen hit (or coded stretch) with its words selected. */
    void openSelected() {
        var store = session().current().orElse(null);
        int index = results.getSelectionIndex();
        if (store == null || index < 0) {
            return;
        }
        Object data = results.getItem(index).getData();
        if (data instanceof SearchHit hit && hit.kind() != null && hit.kind() != org.attune.index.HitKind.UNIT
                && hit.kind() != org.attune.index.HitKind.CODING) {
            openElement(store, hit);
            return;
        }
        String sourceId = data instanceof SearchHit h ? h.sourceId() : data instanceof CodingQuery.Segment s ? s.sourceId() : null;
        int start = data instanceof SearchHit h ? h.start() : ((CodingQuery.Segment) data).start();
        int end = data instanceof SearchHit h ? h.end() : ((CodingQuery.Segment) data).end();
        store.project().getSources().stream().filter(s -> s.getId().equals(sourceId) && s instanceof TextSource).findFirst()
                .ifPresent(source -> {
                    try {
                        SourceEditor.open(getSite().getPage(), store, (TextSource) source, start, end);
                    } catch (PartInitException e) {
                        status.setText(NLS.bind(Messages.CannotOpen, source.getName(), e.getMessage()));
                    }
                });
    }

    /** A memo hit opens the memo, a code hit the code's segments. */
    private void openElement(org.attune.store.ProjectStore store, SearchHit hit) {
        try {
            if (hit.kind() == org.attune.index.HitKind.MEMO) {
                store.project().getMemos().stream().filter(m -> m.getId().equals(hit.elementId())).findFirst()
                        .ifPresent(m -> MemosView.showMemo(getSite().getPage(), m));
            } else {
                var code = new org.attune.coding.Codebook(store).all().stream().filter(c -> c.getId().equals(hit.elementId())).findFirst();
                if (code.isPresent()) {
                    ((CodedSegmentsView) getSite().getPage().showView(CodedSegmentsView.ID)).show(List.of(code.get()));
                }
            }
        } catch (PartInitException e) {
            status.setText(e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }
}
