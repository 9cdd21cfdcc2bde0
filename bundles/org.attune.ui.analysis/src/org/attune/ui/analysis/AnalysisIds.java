package org.attune.ui.analysis;

/** Widget ids of the analysis views and exchange dialogs, for tests (see {@link org.attune.ui.WidgetIds#tag}). */
public final class AnalysisIds {
    public static final String MATRIX_MODE = "matrix.mode";
    public static final String MATRIX_ROWS = "matrix.rows";
    public static final String MATRIX_SUBCODES = "matrix.subcodes";
    public static final String MATRIX_COLUMNS = "matrix.columns";
    public static final String MATRIX_MEASURE = "matrix.measure";
    public static final String MATRIX_COOCCURRENCE = "matrix.cooccurrence";
    public static final String MATRIX_WHERE = "matrix.where";
    public static final String MATRIX_CODER = "matrix.coder";
    public static final String MATRIX_TABLE = "matrix.table";
    public static final String MATRIX_STATUS = "matrix.status";
    public static final String MATRIX_SEGMENTS = "matrix.segments";
    public static final String MATRIX_SUMMARY = "matrix.summary";
    public static final String MATRIX_SAVE_SUMMARY = "matrix.saveSummary";
    public static final String SATURATION_CHART = "saturation.chart";
    public static final String SATURATION_TABLE = "saturation.table";
    public static final String FREQUENCY_TABLE = "saturation.frequency";
    public static final String THEME_MAP = "themeMap.columns";
    public static final String AUDIT_USER = "audit.user";
    public static final String AUDIT_ELEMENT = "audit.element";
    public static final String AUDIT_SINCE = "audit.since";
    public static final String AUDIT_STATUS = "audit.status";
    public static final String AUDIT_TABLE = "audit.table";
    public static final String FILE_PATH = org.attune.ui.WidgetIds.FILE_PATH;
    public static final String EXPORT_PSEUDONYMISE = org.attune.ui.WidgetIds.EXPORT_PSEUDONYMISE;
    public static final String EXPORT_KEY_PASSPHRASE = org.attune.ui.WidgetIds.EXPORT_KEY_PASSPHRASE;
    public static final String CODEBOOK_FORMAT = "exchange.codebookFormat";
    public static final String CODEBOOK_EXAMPLES = "exchange.examples";
    public static final String IMPORT_REPORT = "exchange.report";
    public static final String IMPORT_NOTES = "exchange.reportNotes";
    public static final String MERGE_REPORT = "exchange.mergeReport";
    public static final String MERGE_COUNTS = "exchange.mergeCounts";

    private AnalysisIds() {
    }
}
