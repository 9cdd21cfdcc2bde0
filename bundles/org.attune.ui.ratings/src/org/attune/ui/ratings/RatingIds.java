package org.attune.ui.ratings;

/** Widget ids (see {@code WidgetIds.tag}) of the rating views, for tests and accessibility tools. */
public final class RatingIds {
    public static final String PLAYER_STATUS = "player.status";
    public static final String PLAYER_CODE_NAME = "player.codeName";
    public static final String FORM_HINT = "form.hint";
    public static final String PLAYER_CODE_RANGE = "player.codeRange";
    public static final String PLAYER_TIME = "player.time";
    public static final String PLAYER_PLAY = "player.play";
    public static final String PLAYER_TIMELINE = "player.timeline";
    public static final String PLAYER_TYPED_TIME = "player.typedTime";
    public static final String PLAYER_SET_IN = "player.setIn";
    public static final String PLAYER_SET_OUT = "player.setOut";
    public static final String PLAYER_GO = "player.go";
    public static final String PLAYER_RANGE = "player.range";
    public static final String PLAYER_RATE = "player.rate";
    /** The line that says the player's page does not answer, and its Reload Player button. */
    public static final String PLAYER_SILENT = "player.silent";
    public static final String PLAYER_RELOAD = "player.reload";

    public static final String FORM_RATER = "form.rater";
    public static final String FORM_CHANGE_RATER = "form.changeRater";
    public static final String FORM_SCALE = "form.scale";
    public static final String FORM_RECORDING = "form.recording";
    public static final String FORM_PRACTITIONER = "form.practitioner";
    public static final String FORM_CONDITION = "form.condition";
    public static final String FORM_START = "form.start";
    public static final String FORM_STATUS = "form.status";
    public static final String FORM_SUBMIT = "form.submit";
    /** Per sub-item, suffixed with its key, e.g. "form.choice.4.2". */
    public static final String FORM_CHOICE = "form.choice.";
    public static final String FORM_NOTE = "form.note.";
    public static final String FORM_EVIDENCE = "form.evidence.";
    public static final String FORM_ADD_EVIDENCE = "form.addEvidence.";

    public static final String COMPARE_RECORDING = "compare.recording";
    public static final String COMPARE_STATUS = "compare.status";
    public static final String COMPARE_TABLE = "compare.table";
    public static final String COMPARE_MOMENTS = "compare.moments";
    public static final String COMPARE_NOTE = "compare.note";
    public static final String COMPARE_MAKE = "compare.make";
    /** Per disagreement, suffixed with the sub-item key. */
    public static final String COMPARE_DECISION = "compare.decision.";

    public static final String RESULTS_SCALE = "results.scale";
    public static final String RESULTS_BASIS = "results.basis";
    public static final String RESULTS_BY_PRACTITIONER = "results.byPractitioner";
    public static final String RESULTS_BY_ITEM = "results.byItem";
    public static final String RESULTS_CHART = "results.chart";
    public static final String RESULTS_AGREEMENT = "results.agreement";
    public static final String RESULTS_STATUS = "results.status";
    /** The line under the agreement table with Krippendorff's bootstrap (KALPHA) of the overall alphas. */
    public static final String RESULTS_KALPHA = "results.kalpha";

    public static final String SCALES_TREE = "scales.tree";
    public static final String SCALES_TEMPLATE = "scales.template";

    private RatingIds() {
    }
}
