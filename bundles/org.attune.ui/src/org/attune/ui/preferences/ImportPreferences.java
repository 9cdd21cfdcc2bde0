package org.attune.ui.preferences;

import org.attune.importer.ImportOptions;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Import defaults (Window > Preferences > Attune Import), read by the Import wizard. */
public class ImportPreferences extends AbstractPreferenceInitializer {
    public static final String NODE = "org.attune.ui";
    public static final String COPY = "import.copy";
    public static final String SIZE_LIMIT_MB = "import.sizeLimitMB";
    public static final String LANGUAGE = "import.language";

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
        defaults.putBoolean(COPY, true);
        defaults.putInt(SIZE_LIMIT_MB, (int) (ImportOptions.DEFAULT_SIZE_LIMIT >> 20));
        defaults.put(LANGUAGE, "en");
    }

    /** The options the preferences give, before the wizard's choices. */
    public static ImportOptions current() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
        boolean copy = prefs.getBoolean(COPY, defaults.getBoolean(COPY, true));
        int limit = prefs.getInt(SIZE_LIMIT_MB, defaults.getInt(SIZE_LIMIT_MB, 4096));
        String language = prefs.get(LANGUAGE, defaults.get(LANGUAGE, "en"));
        return ImportOptions.defaults().withCopy(copy).withSizeLimit((long) limit << 20).withLanguage(language);
    }
}
