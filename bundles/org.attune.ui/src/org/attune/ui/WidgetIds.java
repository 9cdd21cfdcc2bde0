package org.attune.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on widgets that tests (and accessibility tools) look up, independent of labels and layout.
 * The key is the test-support bundle's default id key.
 */
public final class WidgetIds {
    public static final String KEY = "org.attune.id";

    public static final String ABOUT_VERSION = "about.version";
    public static final String NEW_PROJECT_NAME = "newProject.name";
    public static final String NEW_PROJECT_FOLDER = "newProject.folder";
    public static final String NEW_PROJECT_ENCRYPT = "newProject.encrypt";
    public static final String NEW_PROJECT_PASSPHRASE = "newProject.passphrase";
    public static final String NEW_PROJECT_CONFIRM = "newProject.confirm";
    public static final String PASSPHRASE = "passphrase.text";
    public static final String PROJECT_TREE = "projectExplorer.tree";
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

    private WidgetIds() {
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
