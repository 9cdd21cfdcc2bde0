package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** A plain Java class path made of the running OSGi bundles' jars (nested library jars extracted). */
final class ChildJvm {
    private ChildJvm() {
    }

    static String classPath(Path scratch, String... symbolicNames) throws IOException {
        BundleContext context = FrameworkUtil.getBundle(ChildJvm.class).getBundleContext();
        List<String> entries = new ArrayList<>();
        for (String name : symbolicNames) {
            Bundle bundle = find(context, name);
            String location = bundle.getLocation();
            File file = new File(location.substring(location.indexOf("file:") + "file:".length()));
            if (!file.isAbsolute()) { // reactor bundles are located relative to the OSGi install area
                String area = System.getProperty("osgi.install.area");
                file = Path.of(java.net.URI.create(area)).resolve(file.getPath()).normalize().toFile();
            }
            if (file.isDirectory()) {
                File classes = new File(file, "target/classes");
                entries.add((classes.isDirectory() ? classes : file).getAbsolutePath());
                continue;
            }
            entries.add(file.getAbsolutePath());
            entries.addAll(nestedJars(file, scratch.resolve(name)));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> nestedJars(File jar, Path into) throws IOException {
        List<String> extracted = new ArrayList<>();
        try (JarFile file = new JarFile(jar)) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-ClassPath");
            if (classPath == null) {
                return extracted;
            }
            Files.createDirectories(into);
            for (String entry : classPath.split(",")) {
                String path = entry.strip();
                if (path.equals(".") || file.getEntry(path) == null) {
                    continue;
                }
                Path target = into.resolve(Path.of(path).getFileName().toString());
                try (InputStream in = file.getInputStream(file.getEntry(path))) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                extracted.add(target.toString());
            }
        }
        return extracted;
    }

    private static Bundle find(BundleContext context, String name) {
        for (Bundle bundle : context.getBundles()) {
            if (name.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new IllegalStateException("bundle " + name + " is not in the test runtime");
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Waits until the child's log holds {@code acks} lines beginning "ack " (failing the test, with the child's output,
     * if it ends by itself or makes too little progress in {@code timeoutMillis}), then kills it with SIGKILL (no
     * shutdown hook, no close) after up to {@code jitterMillis} more, so that the kill lands anywhere in its work.
     */
    static void killAfterAcks(Process child, Path log, int acks, Path output, String round, long timeoutMillis, Random random,
            int jitterMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (acks(log) < acks) {
            if (!child.isAlive()) {
                fail("the child ended by itself in round " + round + ": " + Files.readString(output));
            }
            if (System.currentTimeMillis() > deadline) {
                child.destroyForcibly();
                fail("the child made too little progress in round " + round + ": " + Files.readString(output));
            }
            Thread.sleep(5);
        }
        Thread.sleep(random.nextInt(jitterMillis));
        child.destroyForcibly();
        child.waitFor();
    }

    /** The lines of {@code log} that begin "ack ". */
    static int acks(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return (int) Files.readAllLines(log).stream().filter(l -> l.startsWith("ack ")).count();
    }
}
