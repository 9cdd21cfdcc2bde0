import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keeps an embedding bundle's MANIFEST.MF in step with the jars in its lib/ folder: Bundle-ClassPath lists
 * every jar, Export-Package every package that holds classes, each with the version of the jar it comes from (its
 * Bundle-Version, else Implementation-Version, else its Maven version; the first jar that holds a package gives
 * it). A jar that names no version at all (kotlin-logging's) gets the one written for its file name in the bundle's
 * embedded-versions.properties (e.g. {@code kotlin-logging.jar=1.7.9}, the version the pom asks for); a jar
 * with packages and no version from either place is an error, so that no package is exported unversioned.
 * Other headers are kept as written.
 *
 * <pre>java EmbeddedManifest.java [--check] BUNDLE_DIR</pre>
 * With --check it changes nothing and exits 1 when the manifest is out of date.
 */
public class EmbeddedManifest {
    private static final int MAX_LINE_BYTES = 72;

    public static void main(String[] args) throws IOException {
        boolean check = args.length == 2 && args[0].equals("--check");
        if (args.length != (check ? 2 : 1)) {
            System.err.println("usage: java EmbeddedManifest.java [--check] BUNDLE_DIR");
            System.exit(2);
        }
        Path bundle = Path.of(args[check ? 1 : 0]);
        Path manifestFile = bundle.resolve("META-INF/MANIFEST.MF");
        List<Path> jars = listJars(bundle.resolve("lib"));
        if (jars.isEmpty()) {
            System.err.println(bundle + ": lib/ holds no jars; run the build's generate-resources phase first");
            System.exit(1);
        }
        Map<String, String> headers = readHeaders(manifestFile);
        List<String> classPath = new ArrayList<>();
        Map<String, String> packages = new java.util.TreeMap<>();
        java.util.Properties pinned = pinnedVersions(bundle.resolve("embedded-versions.properties"));
        for (Path jar : jars) {
            classPath.add("lib/" + jar.getFileName());
            String version = versionOf(jar);
            if (version == null && pinned.getProperty(jar.getFileName().toString()) != null) {
                version = osgi(pinned.getProperty(jar.getFileName().toString()).strip());
            }
            TreeSet<String> held = packagesOf(jar);
            if (version == null && !held.isEmpty()) {
                System.err.println(jar + " names no version: add its Maven version to " + bundle.resolve("embedded-versions.properties")
                        + " (" + jar.getFileName() + "=VERSION)");
                System.exit(1);
            }
            for (String p : held) {
                packages.putIfAbsent(p, p + ";version=\"" + version + "\"");
            }
        }
        headers.put("Bundle-ClassPath", String.join(",", classPath));
        headers.put("Export-Package", String.join(",", packages.values()));
        String wanted = render(headers);
        String current = Files.readString(manifestFile, StandardCharsets.UTF_8);
        if (wanted.equals(current)) {
            System.out.println(manifestFile + " is up to date (" + jars.size() + " jars, " + packages.size() + " packages)");
            return;
        }
        if (check) {
            System.err.println(manifestFile + " does not match lib/: run releng/scripts/update-embedded-manifest.sh " + bundle);
            System.exit(1);
        }
        Files.writeString(manifestFile, wanted, StandardCharsets.UTF_8);
        System.out.println("wrote " + manifestFile + " (" + jars.size() + " jars, " + packages.size() + " packages)");
    }

    /** Versions written by hand for jars that name none, by file name in lib/; none when the file is absent. */
    private static java.util.Properties pinnedVersions(Path file) throws IOException {
        java.util.Properties pinned = new java.util.Properties();
        if (Files.isRegularFile(file)) {
            try (var in = Files.newInputStream(file)) {
                pinned.load(in);
            }
        }
        return pinned;
    }

    private static List<Path> listJars(Path lib) throws IOException {
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The jar's version as OSGi writes it (major.minor.micro[.qualifier]), or null when it names none. */
    static String versionOf(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String found = null;
            ZipEntry manifest = zip.getEntry("META-INF/MANIFEST.MF");
            if (manifest != null) {
                java.util.jar.Manifest read = new java.util.jar.Manifest(zip.getInputStream(manifest));
                java.util.jar.Attributes main = read.getMainAttributes();
                found = main.getValue("Bundle-Version") != null ? main.getValue("Bundle-Version") : main.getValue("Implementation-Version");
                for (var entry : read.getEntries().values()) { // some jars name it per package only
                    found = found != null ? found : entry.getValue("Implementation-Version");
                }
            }
            if (found == null) {
                var poms = zip.stream().filter(e -> e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")).toList();
                if (poms.size() == 1) {
                    java.util.Properties pom = new java.util.Properties();
                    pom.load(zip.getInputStream(poms.get(0)));
                    found = pom.getProperty("version");
                }
            }
            return found == null ? null : osgi(found.strip());
        }
    }

    /**
     * "1.9.22" stays; "2.0" becomes "2.0.0"; "1.6.10-release-923(1.6.10)" becomes "1.6.10.release-923_1_6_10_";
     * null when it does not start with a number.
     */
    static String osgi(String version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(.*)").matcher(version);
        if (!m.matches()) {
            return null;
        }
        String v = m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)) + "." + (m.group(3) == null ? "0" : m.group(3));
        String qualifier = m.group(4).replaceFirst("^[.-]", "").replaceAll("[^0-9A-Za-z_-]", "_");
        return qualifier.isEmpty() ? v : v + "." + qualifier;
    }

    private static TreeSet<String> packagesOf(Path jar) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && n.indexOf('/') > 0)
                    .filter(n -> !n.endsWith("module-info.class"))
                    .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                    .filter(p -> !p.contains("-"))
                    .forEach(packages::add);
        }
        return packages;
    }

    /** Reads headers in order, joining continuation lines. */
    private static Map<String, String> readHeaders(Path manifestFile) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : Files.readAllLines(manifestFile, StandardCharsets.UTF_8)) {
            if (line.startsWith(" ") && last != null) {
                headers.put(last, headers.get(last) + line.substring(1));
            } else if (line.contains(":")) {
                last = line.substring(0, line.indexOf(':'));
                headers.put(last, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return headers;
    }

    /** One clause per line, as Eclipse writes manifests; lines wrapped at 72 bytes. */
    private static String render(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, value) -> {
            boolean listed = name.equals("Bundle-ClassPath") || name.equals("Export-Package");
            String[] clauses = listed ? value.split(",") : new String[] {value};
            for (int i = 0; i < clauses.length; i++) {
                String text = (i == 0 ? name + ": " : "") + clauses[i] + (i < clauses.length - 1 ? "," : "");
                wrap(text, i > 0, out);
            }
        });
        return out.toString();
    }

    private static void wrap(String text, boolean continuation, StringBuilder out) {
        String rest = continuation ? " " + text : text;
        while (rest.getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
            out.append(rest, 0, MAX_LINE_BYTES).append('\n');
            rest = " " + rest.substring(MAX_LINE_BYTES);
        }
        out.append(rest).append('\n');
    }
}
