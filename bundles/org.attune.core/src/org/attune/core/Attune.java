package org.attune.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Facts about this build of Attune that every front end (workbench, command line) reports alike. */
public final class Attune {
    public static final String NAME = "Attune";

    private Attune() {
    }

    /** The core bundle's version, e.g. {@code 0.1.0.202611211030}; {@code unknown} outside OSGi. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(Attune.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }

    /** The version without its build qualifier, e.g. {@code 0.1.0}. */
    public static String shortVersion() {
        Bundle bundle = FrameworkUtil.getBundle(Attune.class);
        if (bundle == null) {
            return "unknown";
        }
        Version v = bundle.getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }
}
