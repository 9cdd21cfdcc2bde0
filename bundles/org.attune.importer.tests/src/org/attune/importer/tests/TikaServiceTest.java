package org.attune.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.io.TikaInputStream;
import org.attune.importer.TikaService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The importer's Tika is a Declarative Services component, shared; without the runtime one is made with {@code new} (#16). */
class TikaServiceTest {
    @Test
    void tikaIsOneSharedOsgiServiceAndANewOneWorksAsWell(@TempDir Path tmp) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(TikaServiceTest.class).getBundleContext();
        ServiceReference<TikaService> reference = context.getServiceReference(TikaService.class);
        assertNotNull(reference, "a TikaService is registered");
        assertEquals("org.attune.importer", reference.getBundle().getSymbolicName());
        assertEquals(TikaService.class.getName(), reference.getProperty("component.name"), "registered by the Service Component Runtime");
        TikaService service = context.getService(reference);
        try {
            assertSame(service, TikaService.find(), "the importer finds the service");
            assertSame(TikaService.find(), TikaService.find(), "configured once");
        } finally {
            context.ungetService(reference);
        }
        TikaService plain = new TikaService(); // the headless path
        assertNotSame(service, plain);
        Path pdf = Files.write(tmp.resolve("named.txt"), "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (TikaService tika : new TikaService[] {service, plain}) {
            try (TikaInputStream in = TikaInputStream.get(pdf)) {
                assertEquals("application/pdf", tika.config().getDetector().detect(in, new Metadata()).getBaseType().toString(),
                        "the content decides, with every detector registered");
            }
        }
    }
}
