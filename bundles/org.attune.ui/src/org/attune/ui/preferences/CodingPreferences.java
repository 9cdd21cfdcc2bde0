package org.attune.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Who codes (Window > Preferences > Attune): the coder name every coding, memo and score is attributed to, so
 * that a second researcher's codes can be told from the first one's. Empty means the operating-system user.
 */
public class CodingPreferences extends AbstractPreferenceInitializer {
    public static final String CODER = "coding.coder";

    @Override
    public void initializeDefaultPreferences() {
        DefaultScope.INSTANCE.getNode(ImportPreferences.NODE).put(CODER, "");
    }

    /** The coder name set in the preferences, or null for the operating-system user. */
    public static String coder() {
        String name = InstanceScope.INSTANCE.getNode(ImportPreferences.NODE).get(CODER, "").strip();
        return name.isEmpty() ? null : name;
    }

    /** Stores {@code name} as the coder (blank: the operating-system user) and saves the preferences. */
    public static void setCoder(String name) {
        var node = InstanceScope.INSTANCE.getNode(ImportPreferences.NODE);
        node.put(CODER, name == null ? "" : name.strip());
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            org.eclipse.core.runtime.ILog.of(CodingPreferences.class).warn("coder preference not saved", e);
        }
    }
}
