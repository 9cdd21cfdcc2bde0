package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** DKPro Statistics has no OSGi manifest on Maven Central: it runs as the bundle Tycho wraps from the jar. */
class DkproInOsgiTest {
    @Test
    void dkproComesFromTheWrappedBundle() {
        Bundle bundle = FrameworkUtil.getBundle(KrippendorffAlphaAgreement.class);
        assertNotNull(bundle, "loaded by an OSGi bundle");
        assertEquals("wrapped.org.dkpro.statistics.dkpro-statistics-agreement", bundle.getSymbolicName());
        assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0, "resolved");
    }
}
