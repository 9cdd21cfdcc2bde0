package org.attune.importer;

import java.io.IOException;
import java.nio.file.Files;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.attune.core.UserFolders;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;

/**
 * Tika configured with the embedding bundle's class loader, where its parsers are registered: configuring it reads
 * every parser's registration, so one is made and shared. Inside OSGi it is a Declarative Services component (the
 * service {@code TikaService}, made when first asked for); {@link #find} gives that one, or a new one where no
 * Service Component Runtime runs (plain Java, or a test runtime without it), which is also what {@code new} gives.
 */
@Component(service = TikaService.class)
public final class TikaService {
    private final TikaConfig config;

    /** Configures Tika; takes a moment (every parser is registered). */
    public TikaService() {
        keepPdfBoxCacheWithAttune();
        try {
            config = new TikaConfig(TikaConfig.class.getClassLoader());
        } catch (TikaException | IOException e) {
            throw new IllegalStateException("Tika cannot be configured", e);
        }
    }

    public TikaConfig config() {
        return config;
    }

    /**
     * The service of the running OSGi framework, held (not released) by the importer's bundle for as long as it runs;
     * else (no Service Component Runtime, or plain Java without OSGi on the class path) a new one.
     */
    public static TikaService find() {
        TikaService registered;
        try {
            registered = Registered.service();
        } catch (NoClassDefFoundError plainJava) { // run outside OSGi (e.g. a child JVM of a test): no framework classes
            registered = null;
        }
        return registered != null ? registered : new TikaService();
    }

    /** The OSGi look-up, apart so that only it needs the framework's classes. */
    private static final class Registered {
        static TikaService service() {
            Bundle bundle = FrameworkUtil.getBundle(TikaService.class);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context == null) {
                return null;
            }
            ServiceReference<TikaService> reference = context.getServiceReference(TikaService.class);
            return reference == null ? null : context.getService(reference);
        }
    }

    /**
     * PDFBox writes its list of the machine's fonts to {@code ~/.pdfbox.cache} unless told where: Attune keeps it in
     * its own cache folder, beside its logs, rather than leave a file of its own in the user's home folder.
     */
    private static void keepPdfBoxCacheWithAttune() {
        if (System.getProperty("pdfbox.fontcache") == null) {
            try {
                System.setProperty("pdfbox.fontcache", Files.createDirectories(UserFolders.cache()).toString());
            } catch (IOException e) {
                // PDFBox then uses the home folder, as it would anyway
            }
        }
    }
}
