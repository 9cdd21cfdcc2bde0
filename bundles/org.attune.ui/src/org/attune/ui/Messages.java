package org.attune.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The bundle's user-visible strings, from {@code messages.properties} beside this class (translations in fragments,
 * e.g. {@code messages_de.properties}). Texts with placeholders go through {@link NLS#bind}; counted texts come in
 * two forms, {@code _one} and {@code _other}, chosen by {@link #plural}.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.attune.ui.messages"; //$NON-NLS-1$

    public static String AboutDialog_purpose;
    public static String AboutDialog_title;
    public static String AboutDialog_version;
    public static String CannotOpen;
    public static String CasesView_attributeProblem;
    public static String CasesView_case;
    public static String CasesView_caseExists;
    public static String CasesView_caseNeedsName;
    public static String CasesView_linkSpeaker;
    public static String CasesView_newAttribute;
    public static String CasesView_newAttributeMessage;
    public static String CasesView_newAttributeTitle;
    public static String CasesView_newCase;
    public static String CasesView_newCaseMessage;
    public static String CasesView_newCaseTitle;
    public static String CodebookView_code;
    public static String CodebookView_codes;
    public static String CodebookView_codings;
    public static String CodebookView_codings_one;
    public static String CodebookView_codings_other;
    public static String CodebookView_deleteMessage;
    public static String CodebookView_deleteTitle;
    public static String CodebookView_filter;
    public static String CodebookView_groundedTheory;
    public static String CodebookView_level;
    public static String CodebookView_memoMessage;
    public static String CodebookView_mergeMessage;
    public static String CodebookView_mergeTitle;
    public static String CodebookView_moveMessage;
    public static String CodebookView_moveTitle;
    public static String CodebookView_newCode;
    public static String CodebookView_newCodeName;
    public static String CodebookView_newSubcode;
    public static String CodebookView_newSubcodeName;
    public static String CodebookView_noProject;
    public static String CodebookView_noSlash;
    public static String CodebookView_renameMessage;
    public static String CodebookView_renameTitle;
    public static String CodebookView_sources;
    public static String CodebookView_theCode;
    public static String CodebookView_thematicAnalysis;
    public static String CodebookView_title;
    public static String CodeDialog_definition;
    public static String CodeDialog_example;
    public static String CodeDialog_exclude;
    public static String CodeDialog_include;
    public static String CodeDialog_level;
    public static String CodeDialog_name;
    public static String CodeDialog_title;
    public static String CodedSegmentsView_anyone;
    public static String CodedSegmentsView_coder;
    public static String CodedSegmentsView_segments_one;
    public static String CodedSegmentsView_segments_other;
    public static String CodedSegmentsView_selectCodes;
    public static String CodedSegmentsView_split_one;
    public static String CodedSegmentsView_split_other;
    public static String CodedSegmentsView_splitTitle;
    public static String CodedSegmentsView_where;
    public static String CodedSegmentsView_whereHint;
    public static String CodeNeedsName;
    public static String CodePicker_empty;
    public static String CodePicker_noMatch;
    public static String CodingPreferencePage_coder;
    public static String CodingPreferencePage_description;
    public static String CodingsHereItems_annotate;
    public static String CodingsHereItems_recode;
    public static String CodingsHereItems_uncode;
    public static String Column_after;
    public static String Column_before;
    public static String Column_case;
    public static String Column_code;
    public static String Column_coder;
    public static String Column_segment;
    public static String Column_source;
    public static String Column_speaker;
    public static String EmptyEditorArea_action;
    public static String EmptyEditorArea_text;
    public static String GettingStartedView_missing;
    public static String GettingStartedView_title;
    public static String Import_title;
    public static String ImportHandler_noProject;
    public static String ImportJob_name;
    public static String ImportPreferencePage_copy;
    public static String ImportPreferencePage_description;
    public static String ImportPreferencePage_language;
    public static String ImportPreferencePage_limit;
    public static String ImportResultDialog_details;
    public static String ImportResultDialog_failed;
    public static String ImportResultDialog_file;
    public static String ImportResultDialog_imported;
    public static String ImportResultDialog_linkSpeakers;
    public static String ImportResultDialog_result;
    public static String ImportResultDialog_skipped;
    public static String ImportResultDialog_summary;
    public static String ImportResultDialog_summaryCancelled;
    public static String ImportResultDialog_title;
    public static String ImportWizard_add;
    public static String ImportWizard_addFiles;
    public static String ImportWizard_addFolder;
    public static String ImportWizard_case;
    public static String ImportWizard_caseHint;
    public static String ImportWizard_copy;
    public static String ImportWizard_description;
    public static String ImportWizard_heading;
    public static String ImportWizard_language;
    public static String ImportWizard_link;
    public static String ImportWizard_linkMedia;
    public static String ImportWizard_missing;
    public static String ImportWizard_options;
    public static String ImportWizard_path;
    public static String ImportWizard_pathHint;
    public static String ImportWizard_remove;
    public static String Level_axial;
    public static String Level_candidateTheme;
    public static String Level_initialCode;
    public static String Level_open;
    public static String Level_reviewedTheme;
    public static String Level_selective;
    public static String Level_theme;
    public static String Level_unspecified;
    public static String LinkSpeakerDialog_case;
    public static String LinkSpeakerDialog_caseTip;
    public static String LinkSpeakerDialog_choose;
    public static String LinkSpeakerDialog_noCase;
    public static String LinkSpeakerDialog_speaker;
    public static String LinkSpeakerDialog_title;
    public static String LinkSpeakerDialog_transcript;
    public static String MemoAbout;
    public static String MemosView_about;
    public static String MemosView_aboutCase;
    public static String MemosView_aboutCode;
    public static String MemosView_aboutCoding;
    public static String MemosView_aboutSource;
    public static String MemosView_author;
    public static String MemosView_beside;
    public static String MemosView_besideTip;
    public static String MemosView_choose;
    public static String MemosView_delete;
    public static String MemosView_deleteMessage;
    public static String MemosView_deleteTitle;
    public static String MemosView_free;
    public static String MemosView_memoTitle;
    public static String MemosView_newMemo;
    public static String MemosView_search;
    public static String MemosView_title;
    public static String NewMemo_title;
    public static String NewProjectDialog_again;
    public static String NewProjectDialog_browse;
    public static String NewProjectDialog_chooseFolder;
    public static String NewProjectDialog_create;
    public static String NewProjectDialog_differ;
    public static String NewProjectDialog_encrypt;
    public static String NewProjectDialog_folder;
    public static String NewProjectDialog_heading;
    public static String NewProjectDialog_message;
    public static String NewProjectDialog_name;
    public static String NewProjectDialog_noPassphrase;
    public static String NewProjectDialog_passphrase;
    public static String NewProjectDialog_title;
    public static String NewProjectDialog_warning;
    public static String NewProjectHandler_failed;
    public static String OpenProjectFirst;
    public static String OpenProjectHandler_attention;
    public static String OpenProjectHandler_choose;
    public static String OpenProjectHandler_failed;
    public static String OpenSampleHandler_failed;
    public static String PassphraseDialog_label;
    public static String PassphraseDialog_title;
    public static String ProjectExplorerView_assignMessage;
    public static String ProjectExplorerView_assignTitle;
    public static String ProjectExplorerView_audio;
    public static String ProjectExplorerView_audioGroup;
    public static String ProjectExplorerView_cases;
    public static String ProjectExplorerView_codes;
    public static String ProjectExplorerView_deleteMessage;
    public static String ProjectExplorerView_deleteTitle;
    public static String ProjectExplorerView_durationUnknown;
    public static String ProjectExplorerView_emptyName;
    public static String ProjectExplorerView_items;
    public static String ProjectExplorerView_memos;
    public static String ProjectExplorerView_nameCase;
    public static String ProjectExplorerView_newName;
    public static String ProjectExplorerView_noProject;
    public static String ProjectExplorerView_open;
    public static String ProjectExplorerView_other;
    public static String ProjectExplorerView_picture;
    public static String ProjectExplorerView_pictures;
    public static String ProjectExplorerView_quoted;
    public static String ProjectExplorerView_rename;
    public static String ProjectExplorerView_sources;
    public static String ProjectExplorerView_transcriptOfRecording;
    public static String ProjectExplorerView_transcripts;
    public static String ProjectExplorerView_untitledMemo;
    public static String ProjectExplorerView_video;
    public static String ProjectExplorerView_videoGroup;
    public static String PropertiesDialog_property;
    public static String PropertiesDialog_title;
    public static String PropertiesDialog_value;
    public static String RecentCodeItems_codeWith;
    public static String RestoreBackupDialog_backup;
    public static String RestoreBackupDialog_holds;
    public static String RestoreBackupDialog_intro;
    public static String RestoreBackupDialog_made;
    public static String RestoreBackupDialog_restore;
    public static String RestoreBackupDialog_size;
    public static String RestoreBackupDialog_title;
    public static String RestoreBackupHandler_failed;
    public static String RestoreBackupHandler_none;
    public static String RestoreBackupHandler_openFirst;
    public static String RestoreBackupHandler_restored;
    public static String RestoreBackupHandler_restoredTitle;
    public static String Save;
    public static String SearchView_alreadyCoded;
    public static String SearchView_cancelled;
    public static String SearchView_codeAll;
    public static String SearchView_codeAll_one;
    public static String SearchView_codeAll_other;
    public static String SearchView_codeAllTitle;
    public static String SearchView_coded_one;
    public static String SearchView_coded_other;
    public static String SearchView_codingFailed;
    public static String SearchView_codingQuery;
    public static String SearchView_codingQueryMessage;
    public static String SearchView_codingQueryTip;
    public static String SearchView_codingQueryTitle;
    public static String SearchView_failed;
    public static String SearchView_find;
    public static String SearchView_hits_one;
    public static String SearchView_hits_other;
    public static String SearchView_hitsLimit;
    public static String SearchView_leftOut;
    public static String SearchView_match;
    public static String SearchView_newCode;
    public static String SearchView_notCodable;
    public static String SearchView_queryHint;
    public static String SearchView_search;
    public static String SearchView_searchFirst;
    public static String SearchView_stretches_one;
    public static String SearchView_stretches_other;
    public static String SearchView_time;
    public static String SearchView_typeWhat;
    public static String SearchView_wholeTurns;
    public static String SearchView_wholeTurnsTip;
    public static String SourceEditor_annotateMessage;
    public static String SourceEditor_annotateTitle;
    public static String SourceEditor_code;
    public static String SourceEditor_codings_one;
    public static String SourceEditor_codings_other;
    public static String SourceEditor_inVivo;
    public static String SourceEditor_inVivoTip;
    public static String SourceEditor_noSuchCode;
    public static String SourceEditor_quickCode;
    public static String SourceEditor_recentKey;
    public static String SourceEditor_recodeMessage;
    public static String SourceEditor_recodeTitle;
    public static String SourceEditor_selectFirst;
    public static String SourceEditor_selectForInVivo;
    public static String SourceEditor_typeName;
    public static String SourceEditorInput_tip;
    public static String UndoRedoHandler_notSaved;
    public static String UndoRedoHandler_redo;
    public static String UndoRedoHandler_undo;
    public static String CodebookView_noCodes;
    public static String CodebookView_moveCodes_one;
    public static String CodebookView_moveCodes_other;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** {@code one} for a count of 1, else {@code other}: the form of a counted text, to bind with the count as {0}. */
    public static String plural(long count, String one, String other) {
        return count == 1 ? one : other;
    }

    /** The counted text for {@code count}, bound: e.g. "1 coding", "3 codings". */
    public static String count(long count, String one, String other) {
        return NLS.bind(plural(count, one, other), count);
    }

    /** The name of an analytic level, lower case (e.g. "initial code"). */
    public static String level(org.attune.model.AnalyticLevel level) {
        return switch (level) {
            case OPEN -> Level_open;
            case AXIAL -> Level_axial;
            case SELECTIVE -> Level_selective;
            case INITIAL_CODE -> Level_initialCode;
            case CANDIDATE_THEME -> Level_candidateTheme;
            case REVIEWED_THEME -> Level_reviewedTheme;
            case THEME -> Level_theme;
            default -> Level_unspecified;
        };
    }
}
