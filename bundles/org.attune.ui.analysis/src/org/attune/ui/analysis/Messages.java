package org.attune.ui.analysis;

import org.eclipse.osgi.util.NLS;

/**
 * The bundle's user-visible strings, from {@code messages.properties} beside this class (translations in fragments,
 * e.g. {@code messages_de.properties}). Texts with placeholders go through {@link NLS#bind}; counted texts come in
 * two forms, {@code _one} and {@code _other}, chosen by {@link #plural}.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.attune.ui.analysis.messages"; //$NON-NLS-1$

    public static String AllFiles;
    public static String AuditView_user;
    public static String AuditView_element;
    public static String AuditView_since;
    public static String AuditView_time;
    public static String AuditView_userColumn;
    public static String AuditView_kind;
    public static String AuditView_summary;
    public static String AuditView_elements;
    public static String AuditView_noProject;
    public static String AuditView_entries_one;
    public static String AuditView_entries_other;
    public static String AuditView_do;
    public static String AuditView_undo;
    public static String AuditView_redo;
    public static String AuditView_exportJob;
    public static String ExportAuditHandler_title;
    public static String ExportAuditHandler_message;
    public static String ExportSegmentsHandler_title;
    public static String ExportSegmentsHandler_message;
    public static String ExportSegmentsHandler_job;
    public static String ExportSegmentsHandler_none;
    public static String ExchangeHandler_noProject;
    public static String ExportCodebookHandler_done;
    public static String ExportCodebookHandler_format;
    public static String ExportCodebookHandler_job;
    public static String ExportCodebookHandler_message;
    public static String ExportCodebookHandler_qdc;
    public static String ExportCodebookHandler_quotes;
    public static String ExportCodebookHandler_quotesTip;
    public static String ExportCodebookHandler_title;
    public static String ExportMatrixHandler_title;
    public static String ExportMatrixHandler_message;
    public static String ExportAgreementHandler_title;
    public static String ExportAgreementHandler_message;
    public static String ExportProjectHandler_done;
    public static String ExportProjectHandler_job;
    public static String ExportProjectHandler_message;
    public static String ExportProjectHandler_qdpx;
    public static String ExportProjectHandler_title;
    public static String FileChoiceDialog_pseudonymise;
    public static String FileChoiceDialog_keyPassphrase;
    public static String FileChoiceDialog_noKeyTable;
    public static String FileChoiceDialog_typeKeyPassphrase;
    public static String FileChoiceDialog_pseudonymiseEncrypted;
    public static String FileChoiceDialog_browse;
    public static String FileChoiceDialog_choose;
    public static String FileChoiceDialog_export;
    public static String FileChoiceDialog_file;
    public static String FileChoiceDialog_folder;
    public static String FileChoiceDialog_import;
    public static String FileChoiceDialog_noFile;
    public static String ImportQdaHandler_files;
    public static String ImportQdaHandler_job;
    public static String ImportQdaHandler_message;
    public static String ImportQdaHandler_title;
    public static String ImportReportDialog_element;
    public static String ImportReportDialog_heading;
    public static String ImportReportDialog_headingOrigin;
    public static String ImportReportDialog_imported;
    public static String ImportReportDialog_notes;
    public static String ImportReportDialog_skipped;
    public static String ImportReportDialog_title;
    public static String ImportReportDialog_why;
    public static String MatrixView_anyCoder;
    public static String MatrixView_cannotWrite;
    public static String MatrixView_cell_one;
    public static String MatrixView_cell_other;
    public static String MatrixView_code;
    public static String MatrixView_coder;
    public static String MatrixView_columns;
    public static String MatrixView_cooccurBy;
    public static String MatrixView_cooccurrence;
    public static String MatrixView_count;
    public static String MatrixView_excerpt;
    public static String MatrixView_excerpts;
    public static String MatrixView_exportJob;
    public static String MatrixView_framework;
    public static String MatrixView_frameworkStatus;
    public static String MatrixView_matrix;
    public static String MatrixView_matrixStatus;
    public static String MatrixView_noProject;
    public static String MatrixView_rows;
    public static String MatrixView_saveSummary;
    public static String MatrixView_subcodes;
    public static String MatrixView_subcodesTip;
    public static String MatrixView_summaryHint;
    public static String MatrixView_theme;
    public static String MatrixView_tidyCsv;
    public static String MatrixView_where;
    public static String MatrixView_whereHint;
    public static String SaturationView_chartTitle;
    public static String SaturationView_code;
    public static String SaturationView_codesUsed;
    public static String SaturationView_codings;
    public static String SaturationView_cumulativeSeries;
    public static String SaturationView_distinct;
    public static String SaturationView_distinct_one;
    public static String SaturationView_distinct_other;
    public static String SaturationView_new;
    public static String SaturationView_newCode_one;
    public static String SaturationView_newCode_other;
    public static String SaturationView_newCodes;
    public static String SaturationView_newCodesSeries;
    public static String SaturationView_noNewCode;
    public static String SaturationView_noSources;
    public static String SaturationView_source;
    public static String SaturationView_sources_one;
    public static String SaturationView_sources_other;
    public static String SaturationView_summary;
    public static String SaturationView_xAxis;
    public static String SaturationView_yAxis;
    public static String SegmentTable_case;
    public static String SegmentTable_code;
    public static String SegmentTable_segment;
    public static String SegmentTable_source;
    public static String ThemeMapView_hint;
    public static String ThemeMapView_noProject;
    public static String ThemeMapView_noTheme;
    public static String ThemeMapView_title;
    public static String ThemeMapView_unassigned;
    public static String Total;
    public static String AgreementReportView_perCode;
    public static String AgreementReportView_perSource;
    public static String AgreementReportView_perCodeAndSource;
    public static String AgreementReportView_overall;
    public static String AgreementReportView_overallShort;
    public static String Compare_coderA;
    public static String Compare_coderB;
    public static String Compare_twoCoders;
    public static String AgreementReportView_show;
    public static String AgreementReportView_code;
    public static String AgreementReportView_source;
    public static String AgreementReportView_percent;
    public static String AgreementReportView_kappa;
    public static String AgreementReportView_kappaCoded;
    public static String AgreementReportView_alphaU;
    public static String AgreementReportView_units;
    public static String AgreementReportView_segments;
    public static String AgreementReportView_overlap;
    public static String AgreementReportView_overlapTip;
    public static String AgreementReportView_material;
    public static String AgreementReportView_transcriptsMaterial;
    public static String AgreementReportView_recordingsMaterial;
    public static String AgreementReportView_recordings_one;
    public static String AgreementReportView_recordings_other;
    public static String AgreementReportView_segmentsColumn;
    public static String AgreementReportView_chartTitle;
    public static String AgreementReportView_chartAxis;
    public static String AgreementReportView_noProject;
    public static String AgreementReportView_allCodes;
    public static String AgreementReportView_allSources;
    public static String AgreementReportView_status;
    public static String AgreementReportView_statusSeveral;
    public static String AgreementReportView_codes_one;
    public static String AgreementReportView_codes_other;
    public static String AgreementReportView_transcripts_one;
    public static String AgreementReportView_transcripts_other;
    public static String AgreementReportView_withheld_one;
    public static String AgreementReportView_withheld_other;
    public static String AgreementReportView_exporting;
    public static String AgreementReportView_cannotWrite;
    public static String AgreementReportView_method;
    public static String AgreementReportView_characters;
    public static String AgreementReportView_domains;
    public static String AgreementReportView_domainsLabel;
    public static String AgreementReportView_moreCoders;
    public static String AgreementReportView_moreCodersTip;
    public static String AgreementReportView_domainsTip;
    public static String AgreementReportView_perDomain;
    public static String AgreementReportView_perDomainAndSource;
    public static String AgreementReportView_domain;
    public static String AgreementReportView_allDomains;
    public static String AgreementReportView_binary;
    public static String AgreementReportView_cu;
    public static String AgreementReportView_bigCu;
    public static String AgreementReportView_bothCoded;
    public static String AgreementReportView_continuum;
    public static String CompareCodersView_allSources;
    public static String CompareCodersView_allCodes;
    public static String CompareCodersView_source;
    public static String CompareCodersView_code;
    public static String CompareCodersView_openOnly;
    public static String CompareCodersView_acceptA;
    public static String CompareCodersView_acceptB;
    public static String CompareCodersView_both;
    public static String CompareCodersView_neither;
    public static String CompareCodersView_adjust;
    public static String CompareCodersView_reopen;
    public static String CompareCodersView_agreed;
    public static String CompareCodersView_transcript;
    public static String CompareCodersView_sourceColumn;
    public static String CompareCodersView_kind;
    public static String CompareCodersView_coderAColumn;
    public static String CompareCodersView_coderBColumn;
    public static String CompareCodersView_words;
    public static String CompareCodersView_decision;
    public static String CompareCodersView_noProject;
    public static String CompareCodersView_open;
    public static String CompareCodersView_decidedBy;
    public static String CompareCodersView_progress;
    public static String CompareCodersView_progressOfAll;
    public static String CompareCodersView_noText;
    public static String CompareCodersView_selectWords;
    public static String MergeReportDialog_title;
    public static String MergeReportDialog_merged;
    public static String MergeReportDialog_undo;
    public static String MergeReportDialog_unchanged;
    public static String MergeReportDialog_conflicts;
    public static String MergeReportDialog_outcome;
    public static String MergeReportDialog_element;
    public static String MergeReportDialog_name;
    public static String MergeReportDialog_detail;
    public static String MergeReportDialog_conflict;
    public static String MergeReportDialog_skipped;
    public static String MergeReportDialog_updated;
    public static String MergeReportDialog_added;
    public static String MergeReportDialog_matched;
    public static String MergeProjectHandler_title;
    public static String MergeProjectHandler_merging;
    public static String MergeChoiceDialog_message;
    public static String MergeChoiceDialog_qdaProjects;
    public static String MergeChoiceDialog_allFiles;
    public static String MergeChoiceDialog_folder;
    public static String MergeChoiceDialog_chooseFolder;
    public static String MergeChoiceDialog_merge;
    public static String MergeChoiceDialog_chooseCopy;
    public static String MergeChoiceDialog_notProject;
    public static String MergeChoiceDialog_noSuchFile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The form of a counted text: the rule is {@link org.attune.ui.Messages#plural}'s. */
    public static String plural(long count, String one, String other) {
        return org.attune.ui.Messages.plural(count, one, other);
    }

    /** The counted text, bound: the rule is {@link org.attune.ui.Messages#count}'s. */
    public static String count(long count, String one, String other) {
        return org.attune.ui.Messages.count(count, one, other);
    }
}
