package org.attune.cli.internal;

import java.util.concurrent.Callable;

import org.attune.cli.Output;
import org.attune.core.Attune;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code version}: which Attune, on which Java and system. */
@Command(name = "version", description = "Print Attune's version and the Java runtime it runs on.")
public class VersionCommand implements Callable<Integer> {
    @Mixin
    Output output;

    /** {@code javaHome}: the runtime that runs Attune (the product's own jre/ where it ships one). */
    record VersionInfo(String name, String version, String javaVersion, String javaVendor, String javaHome, String os) {
    }

    @Override
    public Integer call() {
        VersionInfo info = new VersionInfo(Attune.NAME, Attune.version(), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("java.home"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return output.done(info, info.name() + " " + info.version() + System.lineSeparator()
                + "Java " + info.javaVersion() + " (" + info.javaVendor() + ") on " + info.os());
    }
}
