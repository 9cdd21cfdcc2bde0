package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The manifest rules of the README's developer section, read from the bundles as this runtime resolved them (the
 * command line's runtime holds every headless bundle): every exported package has a version, internals are
 * {@code x-internal} with no friends (a test bundle goes through the API, see {@code org.attune.store.mapping}), no
 * required bundle is re-exported, and a bundle is a singleton exactly when it has a {@code plugin.xml}.
 */
class BundleRulesTest {
    private static final String X_FRIENDS = "x-friends";

    @Test
    void everyAttuneBundleKeepsTheManifestRules() {
        Map<String, BundleRevision> bundles = attuneBundles();
        assertTrue(bundles.keySet().containsAll(Set.of("org.attune.store", "org.attune.store.pg", "org.attune.cli",
                "org.attune.coding", "org.attune.exchange")), "control: the headless bundles are here, " + bundles.keySet());
        List<String> broken = new ArrayList<>();
        bundles.forEach((name, revision) -> {
            for (BundleCapability export : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                String pkg = name + " exports " + export.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                if (Version.emptyVersion.equals(export.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE))) {
                    broken.add(pkg + " without a version");
                }
                if (export.getDirectives().containsKey(X_FRIENDS)) {
                    broken.add(pkg + " to friends " + export.getDirectives().get(X_FRIENDS));
                }
            }
            for (BundleRequirement required : revision.getDeclaredRequirements(BundleNamespace.BUNDLE_NAMESPACE)) {
                if (BundleNamespace.VISIBILITY_REEXPORT.equals(required.getDirectives().get(BundleNamespace.REQUIREMENT_VISIBILITY_DIRECTIVE))) {
                    broken.add(name + " re-exports " + required.getDirectives().get(BundleNamespace.REQUIREMENT_FILTER_DIRECTIVE));
                }
            }
            boolean singleton = revision.getDeclaredCapabilities(IdentityNamespace.IDENTITY_NAMESPACE).stream()
                    .anyMatch(c -> "true".equals(c.getDirectives().get(IdentityNamespace.CAPABILITY_SINGLETON_DIRECTIVE)));
            boolean contributes = revision.getBundle().getEntry("plugin.xml") != null;
            if (singleton != contributes) {
                broken.add(name + (singleton ? " is a singleton without a plugin.xml" : " has a plugin.xml but is no singleton"));
            }
        });
        assertEquals(List.of(), broken);
    }

    /** The bundles of Attune in this runtime, by symbolic name. */
    private static Map<String, BundleRevision> attuneBundles() {
        Map<String, BundleRevision> found = new TreeMap<>();
        for (Bundle bundle : FrameworkUtil.getBundle(BundleRulesTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.attune.")) {
                found.put(bundle.getSymbolicName(), bundle.adapt(BundleRevision.class));
            }
        }
        return found;
    }
}
