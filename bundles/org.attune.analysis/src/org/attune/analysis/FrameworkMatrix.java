package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.MatrixCellSummary;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.store.ProjectStore;

/**
 * Framework matrix (as in Ritchie and Lewis' Framework method): themes by participants (cases), each cell
 * holding the coded excerpts of that participant on that theme, in source and text order, and the
 * researcher's own summary of the cell, kept in the project ({@link MatrixCellSummary}).
 */
public final class FrameworkMatrix {
    /** One coded excerpt: its text and where it comes from. */
    public record Excerpt(CodedStretch stretch, String text) {
        public Coding coding() {
            return stretch.coding();
        }

        public String sourceName() {
            return stretch.source().getName();
        }
    }

    /** A cell: excerpts and the researcher's summary (null when none was written). */
    public record Cell(List<Excerpt> excerpts, String summary) {
    }

    private final List<Header> rows;
    private final List<Header> columns;
    private final Cell[][] cells;

    private FrameworkMatrix(List<Header> rows, List<Header> columns, Cell[][] cells) {
        this.rows = rows;
        this.columns = columns;
        this.cells = cells;
    }

    public static FrameworkMatrix compute(CodingSet data, Rows rows, boolean includeSubcodes) throws AnalysisException {
        Matrix m = MatrixQuery.compute(data, new MatrixSpec(rows, includeSubcodes, Columns.cases(), Measure.CODINGS));
        Map<Source, Integer> order = new HashMap<>();
        data.sources().forEach(s -> order.put(s, order.size()));
        Comparator<CodedStretch> reading = Comparator.comparing((CodedStretch s) -> order.get(s.source()))
                .thenComparingLong(CodedStretch::start);
        Map<List<Object>, String> summaries = new HashMap<>();
        for (MatrixCellSummary s : data.store().project().getCellSummaries()) {
            if (s.getCode() == null || s.getCase() == null) {
                continue; // its code or case was deleted
            }
            summaries.put(List.of(s.getCode(), s.getCase()), s.getText());
        }
        Cell[][] cells = new Cell[m.rows().size()][m.columns().size()];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                List<CodedStretch> behind = new ArrayList<>(m.stretches(r, c));
                behind.sort(reading);
                List<Excerpt> excerpts = behind.stream().map(s -> new Excerpt(s, data.excerpt(s))).toList();
                Object code = m.rows().get(r).element();
                Object participant = m.columns().get(c).element();
                String summary = participant == null ? null : summaries.get(List.of(code, participant));
                cells[r][c] = new Cell(excerpts, summary);
            }
        }
        return new FrameworkMatrix(m.rows(), m.columns(), cells);
    }

    /** The themes (or codes). */
    public List<Header> rows() {
        return rows;
    }

    /** The participants (cases), and "(no case)" when some excerpts belong to none. */
    public List<Header> columns() {
        return columns;
    }

    public Cell cell(int row, int column) {
        return cells[row][column];
    }

    /** The researcher's summary of a cell as stored in the project, or null. */
    public static String summary(Project project, Code code, Case participant) {
        MatrixCellSummary found = find(project, code, participant);
        return found == null ? null : found.getText();
    }

    /**
     * Writes (or, when {@code text} is blank, removes) the summary of one cell as one undoable action.
     */
    public static void summarise(ProjectStore store, Code code, Case participant, String text) {
        Project project = store.project();
        if (code == null || participant == null || code.eResource() != project.eResource()
                || participant.eResource() != project.eResource()) {
            throw new IllegalArgumentException("a cell summary needs a code and a case of this project");
        }
        MatrixCellSummary existing = find(project, code, participant);
        boolean blank = text == null || text.isBlank();
        if (existing == null && blank) {
            return;
        }
        store.apply("summarise " + code.getName() + " for " + participant.getName(), () -> {
            if (blank) {
                project.getCellSummaries().remove(existing);
            } else if (existing != null) {
                existing.setText(text.strip());
                existing.setModifiedAt(new java.util.Date());
            } else {
                MatrixCellSummary summary = AttuneFactory.eINSTANCE.createMatrixCellSummary();
                summary.setCode(code);
                summary.setCase(participant);
                summary.setText(text.strip());
                project.getCellSummaries().add(summary);
            }
        });
    }

    private static MatrixCellSummary find(Project project, Code code, Case participant) {
        return project.getCellSummaries().stream().filter(s -> s.getCode() == code && s.getCase() == participant)
                .findFirst().orElse(null);
    }
}
