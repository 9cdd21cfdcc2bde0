package org.attune.ui.ratings;

import org.eclipse.osgi.util.NLS;

/**
 * The bundle's user-visible strings, from {@code messages.properties} beside this class (translations in fragments,
 * e.g. {@code messages_de.properties}). Texts with placeholders go through {@link NLS#bind}; counted texts come in
 * two forms, {@code _one} and {@code _other}, chosen by {@link #plural}.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.attune.ui.ratings.messages"; //$NON-NLS-1$

    public static String BarChart_title;
    public static String BarChart_x;
    public static String BarChart_y;
    public static String ComparisonView_blind;
    public static String ComparisonView_choose;
    public static String ComparisonView_decision;
    public static String ComparisonView_disagreements_one;
    public static String ComparisonView_disagreements_other;
    public static String ComparisonView_evidence;
    public static String ComparisonView_made;
    public static String ComparisonView_make;
    public static String ComparisonView_momentsTip;
    public static String ComparisonView_noSheets;
    public static String ComparisonView_note;
    public static String ComparisonView_status;
    public static String ComparisonView_subItem;
    public static String ComparisonView_subItems_one;
    public static String ComparisonView_subItems_other;
    public static String ComparisonView_text;
    public static String ComparisonView_versions;
    public static String Difference;
    public static String ExportJob_name;
    public static String MediaPlayerView_back;
    public static String MediaPlayerView_silent;
    public static String MediaPlayerView_reload;
    public static String MediaPlayerView_reloadTip;
    public static String MediaPlayerView_backTip;
    public static String MediaPlayerView_cannotPlay;
    public static String MediaPlayerView_coded;
    public static String MediaPlayerView_codeNameHint;
    public static String MediaPlayerView_codeRange;
    public static String MediaPlayerView_codeRangeTip;
    public static String MediaPlayerView_codeRangeWith;
    public static String MediaPlayerView_forward;
    public static String MediaPlayerView_forwardTip;
    public static String MediaPlayerView_go;
    public static String MediaPlayerView_goTip;
    public static String MediaPlayerView_loading;
    public static String MediaPlayerView_markFirst;
    public static String MediaPlayerView_missing;
    public static String MediaPlayerView_nextFrame;
    public static String MediaPlayerView_nextFrameTip;
    public static String MediaPlayerView_noBrowser;
    public static String MediaPlayerView_noPage;
    public static String MediaPlayerView_noPlayback;
    public static String MediaPlayerView_noRecording;
    public static String MediaPlayerView_openProject;
    public static String MediaPlayerView_pause;
    public static String MediaPlayerView_play;
    public static String MediaPlayerView_playTip;
    public static String MediaPlayerView_previousFrame;
    public static String MediaPlayerView_previousFrameTip;
    public static String MediaPlayerView_range;
    public static String MediaPlayerView_waveformComputing;
    public static String MediaPlayerView_noWaveform;
    public static String MediaPlayerView_waveformJob;
    public static String MediaPlayerView_waveformTip;

    public static String MediaPlayerView_rate;
    public static String MediaPlayerView_setIn;
    public static String MediaPlayerView_setInTip;
    public static String MediaPlayerView_setOut;
    public static String MediaPlayerView_setOutTip;
    public static String MediaPlayerView_time;
    public static String MediaPlayerView_title;
    public static String TimeCodes_notATime;
    public static String TimeCodes_upTo59;
    public static String MediaPlayerView_typeTimes;
    public static String MergeCopyHandler_added;
    public static String MergeCopyHandler_choose;
    public static String MergeCopyHandler_conflict;
    public static String MergeCopyHandler_openFirst;
    public static String MergeCopyHandler_skipped;
    public static String MergeCopyHandler_summary;
    public static String MergeCopyHandler_summaryChanged;
    public static String MergeCopyHandler_title;
    public static String MergeCopyHandler_updated;
    public static String RatingFormView_addEvidence;
    public static String RatingFormView_addEvidenceTip;
    public static String RatingFormView_changeRater;
    public static String RatingFormView_changeRaterMessage;
    public static String RatingFormView_changeRaterTitle;
    public static String RatingFormView_condition;
    public static String RatingFormView_draft;
    public static String RatingFormView_giveName;
    public static String RatingFormView_markFirst;
    public static String RatingFormView_noSheet;
    public static String RatingFormView_note;
    public static String RatingFormView_nothingToRate;
    public static String RatingFormView_practitioner;
    public static String RatingFormView_rater;
    public static String RatingFormView_score;
    public static String RatingFormView_start;
    public static String RatingFormView_startSheet;
    public static String RatingFormView_submit;
    public static String RatingFormView_submitQuestion;
    public static String RatingFormView_submitQuestionUnscored;
    public static String RatingFormView_submitSheet;
    public static String RatingFormView_submitted;
    public static String RatingFormView_title;
    public static String Recording;
    public static String ResultsView_agreementOf;
    public static String ResultsView_bootstrap;
    public static String ResultsView_bootstrapJob;
    public static String ResultsView_coefficientTip;
    public static String ResultsView_alphaTip;
    public static String ResultsView_kalpha;
    public static String ResultsView_consensus;
    public static String ResultsView_explained;
    public static String ResultsView_exportCsv;
    public static String ResultsView_exportTitle;
    public static String ResultsView_exportMessage;
    public static String ResultsView_exportXlsx;
    public static String ResultsView_item;
    public static String ResultsView_leftOut;
    public static String ResultsView_mean;
    public static String ResultsView_practitioner;
    public static String ResultsView_raterA;
    public static String ResultsView_raterB;
    public static String ResultsView_scoresFrom;
    public static String ResultsView_units;
    public static String ResultsView_withheld;
    public static String Scale;
    public static String ScaleEditorView_addItem;
    public static String ScaleEditorView_addItemButton;
    public static String ScaleEditorView_addLevel;
    public static String ScaleEditorView_addLevelButton;
    public static String ScaleEditorView_addScale;
    public static String ScaleEditorView_addSubItem;
    public static String ScaleEditorView_addSubItemButton;
    public static String ScaleEditorView_addTemplate;
    public static String ScaleEditorView_allowNa;
    public static String ScaleEditorView_allowNaTitle;
    public static String ScaleEditorView_giveText;
    public static String ScaleEditorView_itemNumber;
    public static String ScaleEditorView_itemTitle;
    public static String ScaleEditorView_levelLabel;
    public static String ScaleEditorView_levels;
    public static String ScaleEditorView_levelValue;
    public static String ScaleEditorView_naAllowed;
    public static String ScaleEditorView_notUsed;
    public static String ScaleEditorView_rename;
    public static String ScaleEditorView_renameButton;
    public static String ScaleEditorView_renameItem;
    public static String ScaleEditorView_renameLevel;
    public static String ScaleEditorView_reword;
    public static String ScaleEditorView_selectAny;
    public static String ScaleEditorView_selectItem;
    public static String ScaleEditorView_selectItemFirst;
    public static String ScaleEditorView_selectScale;
    public static String ScaleEditorView_selectSubItem;
    public static String ScaleEditorView_subItemNumber;
    public static String ScaleEditorView_subItemText;
    public static String ScaleEditorView_used;
    public static String ScaleEditorView_usedTitle;
    public static String ScaleVersion;
    public static String RatingFormView_noProject;
    public static String RatingFormView_noScale;
    public static String RatingFormView_noRecording;
    public static String RatingFormView_scales;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
