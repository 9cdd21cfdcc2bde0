package org.attune.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on widgets that tests (and accessibility tools) look up, independent of labels and layout.
 * The key is the test-support bundle's default id key.
 */
public final class WidgetIds {
    public static final String KEY = "org.attune.id";

    public static final String ABOUT_VERSION = "about.version";
    public static final String GETTING_STARTED = "help.gettingStarted";
    public static final String NEW_PROJECT_NAME = "newProject.name";
    public static final String NEW_PROJECT_FOLDER = "newProject.folder";
    public static final String NEW_PROJECT_ENCRYPT = "newProject.encrypt";
    public static final String NEW_PROJECT_PASSPHRASE = "newProject.passphrase";
    public static final String NEW_PROJECT_CONFIRM = "newProject.confirm";
    public static final String PASSPHRASE = "passphrase.text";
    public static final String FILE_PATH = "exchange.file";
    public static final String EXPORT_PSEUDONYMISE = "exchange.pseudonymise";
    public static final String EXPORT_KEY_PASSPHRASE = "exchange.keyPassphrase";
    /** File > Open Team Project...: the server, port, database, user and password fields and "remember". */
    public static final String TEAM_SERVER = "team.server";
    public static final String TEAM_PORT = "team.port";
    public static final String TEAM_DATABASE = "team.database";
    public static final String TEAM_USER = "team.user";
    public static final String TEAM_OPTIONS = "team.options";
    public static final String TEAM_MEMBERS_TABLE = "team.members";
    public static final String TEAM_MEMBER_LOGIN = "team.member.login";
    public static final String TEAM_MEMBER_ROLE = "team.member.role";
    public static final String TEAM_MEMBER_PASSWORD = "team.member.password";
    public static final String TEAM_MEMBERS_STATUS = "team.members.status";
    public static final String TEAM_PASSWORD = "team.password";
    public static final String TEAM_REMEMBER = "team.remember";
    public static final String PROJECT_TREE = "projectExplorer.tree";
    public static final String EDITOR_AREA_HINT = "editorArea.hint";
    public static final String SEARCH_QUERY = "search.query";
    public static final String SEARCH_BUTTON = "search.run";
    public static final String SEARCH_RESULTS = "search.results";
    public static final String SEARCH_STATUS = "search.status";
    public static final String SEARCH_CODE_ALL = "search.codeAll";
    public static final String SEARCH_CODING_QUERY = "search.codingQuery";
    public static final String IMPORT_FILES = "import.files";
    public static final String IMPORT_PATH = "import.path";
    public static final String IMPORT_ADD_PATH = "import.addPath";
    public static final String IMPORT_CASE = "import.case";
    public static final String IMPORT_RESULTS = "import.results";
    public static final String IMPORT_SPLIT_HEADINGS = "import.splitHeadings";
    public static final String SOURCE_ATTRIBUTE_NAME = "sourceAttribute.name";
    public static final String SOURCE_ATTRIBUTE_VALUE = "sourceAttribute.value";
    /** The case combo of a sender in the sender-to-case question: this prefix and the sender's row from 0. */
    public static final String SENDER_CASE = "import.senderCase.";
    public static final String SURVEY_FILE = "survey.file";
    public static final String SURVEY_SHEET = "survey.sheet";
    public static final String SURVEY_PREVIEW = "survey.preview";
    /** The role combo of a column: this prefix, a dot and the column's name. */
    public static final String SURVEY_ROLE = "survey.role";
    public static final String SURVEY_SUMMARY = "survey.summary";
    public static final String SURVEY_PROBLEMS = "survey.problems";

    public static final String SOURCE_TEXT = "source.text";
    public static final String SOURCE_STRIPES = "source.stripes";
    public static final String SOURCE_QUICK_CODE = "source.quickCode";
    public static final String SOURCE_IN_VIVO = "source.inVivo";
    public static final String SOURCE_STATUS = "source.status";
    public static final String SOURCE_RECENT_HINT = "source.recentHint";
    public static final String PICTURE_CANVAS = "picture.canvas";
    public static final String PICTURE_STATUS = "picture.status";
    public static final String CODE_PICKER_FILTER = "codePicker.filter";
    public static final String CODE_PICKER_LIST = "codePicker.list";
    public static final String CODE_SUGGESTIONS = "codeSuggestions";
    public static final String CODEBOOK_HINT = "codebook.hint";
    public static final String PROJECT_HINT = "project.hint";
    public static final String CODEBOOK_FILTER = "codebook.filter";
    public static final String CODEBOOK_TREE = "codebook.tree";
    public static final String CODE_NAME = "code.name";
    public static final String CODE_LEVEL = "code.level";
    public static final String CODE_DEFINITION = "code.definition";
    public static final String SEGMENTS_WHERE = "segments.where";
    public static final String SEGMENTS_WHERE_LABEL = "segments.whereLabel";
    public static final String SEGMENTS_CODER = "segments.coder";
    public static final String STATUS_CODER = "status.coder";
    public static final String SWITCH_CODER_NAME = "switchCoder.name";
    public static final String SEGMENTS_STATUS = "segments.status";
    public static final String SEGMENTS_TABLE = "segments.table";
    public static final String MEMO_SEARCH = "memo.search";
    public static final String MEMO_NEW = "memo.new";
    public static final String PSEUDONYMS_PASSPHRASE = "pseudonyms.passphrase";
    public static final String PSEUDONYMS_UNLOCK = "pseudonyms.unlock";
    public static final String PSEUDONYMS_STATUS = "pseudonyms.status";
    public static final String PSEUDONYMS_TABLE = "pseudonyms.table";
    public static final String CODING_STATUS_BLIND = "codingStatus.blind";
    public static final String CODING_STATUS_TABLE = "codingStatus.table";
    public static final String CODING_STATUS_MARK_DONE = "codingStatus.markDone";
    public static final String CODING_STATUS_REOPEN = "codingStatus.reopen";
    public static final String PSEUDONYMS_REAL = "pseudonyms.real";
    public static final String PSEUDONYMS_PSEUDONYM = "pseudonyms.pseudonym";
    public static final String PSEUDONYMS_ADD = "pseudonyms.add";
    public static final String PSEUDONYMS_REMOVE = "pseudonyms.remove";
    public static final String PSEUDONYMS_FROM_PROJECT = "pseudonyms.fromProject";
    public static final String PSEUDONYMS_SUGGESTIONS = "pseudonyms.suggestions";
    public static final String PSEUDONYMS_ACCEPT = "pseudonyms.accept";
    public static final String PSEUDONYMS_REJECT = "pseudonyms.reject";
    public static final String PSEUDONYMS_APPLY = "pseudonyms.apply";
    public static final String PSEUDONYMS_CLEAN_UP = "pseudonyms.cleanUp";
    public static final String MEMO_LIST = "memo.list";
    public static final String MEMO_TITLE = "memo.title";
    public static final String MEMO_SAVE = "memo.save";
    public static final String MEMO_BODY = "memo.body";
    public static final String CASES_NEW = "cases.new";
    public static final String CASES_LINK_SPEAKER = "cases.linkSpeaker";
    public static final String CASES_TABLE = "cases.table";
    public static final String LINK_SOURCE = "link.source";
    public static final String LINK_SPEAKER = "link.speaker";
    public static final String LINK_CASE = "link.case";
    public static final String BACKUPS_TABLE = "backups.table";
    public static final String CASES_REMOVE_PARTICIPANT = "cases.removeParticipant";
    public static final String REMOVE_PARTICIPANT_LIST = "removeParticipant.list";

    private WidgetIds() {
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
