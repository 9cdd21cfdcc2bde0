package org.attune.ui.analysis.compare;

/** Widget ids of the Compare Coders and Agreement Report views, for tests (see {@link org.attune.ui.WidgetIds#tag}). */
public final class CompareIds {
    public static final String CODER_A = "compare.coderA";
    public static final String CODER_B = "compare.coderB";
    public static final String SOURCE = "compare.source";
    public static final String CODE = "compare.code";
    public static final String OPEN_ONLY = "compare.openOnly";
    public static final String PROGRESS = "compare.progress";
    public static final String TABLE = "compare.disagreements";
    public static final String TRANSCRIPT = "compare.transcript";
    public static final String STRIPES = "compare.stripes";
    /** The start and end of a recording's consensus coding for Adjust Boundaries. */
    public static final String START_TIME = "compare.startTime";
    public static final String END_TIME = "compare.endTime";
    public static final String REPORT_CODER_A = "agreementReport.coderA";
    public static final String REPORT_CODER_B = "agreementReport.coderB";
    public static final String REPORT_LEVEL = "agreementReport.level";
    public static final String REPORT_METHOD = "agreementReport.method";
    public static final String REPORT_DOMAINS = "agreementReport.domains";
    /** The Agreement Report's list of further coders beside A and B (semantic domains). */
    public static final String REPORT_MORE_CODERS = "agreementReport.moreCoders";
    /** The Agreement Report's least overlap in percent (segments) and its material (transcripts or recordings). */
    public static final String REPORT_OVERLAP = "agreementReport.overlap";
    public static final String REPORT_MATERIAL = "agreementReport.material";
    public static final String REPORT_TABLE = "agreementReport.table";
    public static final String REPORT_STATUS = "agreementReport.status";
    public static final String REPORT_CHART = "agreementReport.chart";

    private CompareIds() {
    }
}
