package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code attune cli pseudonyms} on the sample study (#20): the key table filled from the project and the suggestions,
 * exports with {@code --pseudonymise} hold no real name while the project keeps them, and after {@code apply} no real
 * name is left in search, in any export, or in any file of the project folder.
 */
class PseudonymsCliTest {
    @Test
    void sampleStudyPseudonymisedAtExportThenInPlace(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        String p = project.toString();
        CliTest.ok("project", "sample", p);
        Path key = tmp.resolve("key-passphrase");
        Files.writeString(key, "a long key passphrase\n");
        String k = key.toString();

        CliTest.refused(Cli.FAILED, "no key table yet", "pseudonyms", "list", p, "--key-passphrase-file", k);

        JsonObject filled = ok(cli("pseudonyms", "add", p, "--from-project", "--key-passphrase-file", k, "--json")).json();
        assertTrue(filled.get("count").getAsInt() >= 6, filled.toString()); // the cases at least
        // whoever opens the project is recorded under their login name (docs/sensitive-data.md): not a participant
        ok(cli("pseudonyms", "remove", p, System.getProperty("user.name"), "--key-passphrase-file", k));
        ok(cli("pseudonyms", "add", p, "Dawn", "Carer A", "--key-passphrase-file", k));

        JsonObject suggested = ok(cli("pseudonyms", "suggest", p, "--key-passphrase-file", k, "--json")).json();
        List<String> words = new ArrayList<>();
        suggested.getAsJsonArray("suggestions").forEach(s -> words.add(s.getAsJsonObject().get("word").getAsString()));
        assertTrue(words.contains("Tyler"), words.toString());
        assertFalse(words.contains("Dawn"), "in the key table already: " + words);
        JsonObject accepted = ok(cli("pseudonyms", "suggest", p, "--accept", String.join(",", words), "--key-passphrase-file", k,
                "--json")).json();
        assertEquals(0, accepted.get("count").getAsInt(), accepted.toString());

        Run wrong = cli("pseudonyms", "list", p, "--key-passphrase-file", write(tmp.resolve("wrong"), "not it").toString());
        assertEquals(Cli.FAILED, wrong.exitCode());
        assertTrue(wrong.err().contains("pseudonyms.key") && wrong.err().contains("wrong passphrase"), wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());

        Path csv = tmp.resolve("keys.csv");
        ok(cli("pseudonyms", "export", p, csv.toString(), "--key-passphrase-file", k));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("Real name,Pseudonym,Origin", lines.get(0));
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonElement e : ok(cli("pseudonyms", "list", p, "--key-passphrase-file", k, "--json")).json().getAsJsonArray("names")) {
            names.put(e.getAsJsonObject().get("real").getAsString(), e.getAsJsonObject().get("pseudonym").getAsString());
        }
        assertEquals(names.size() + 1, lines.size());
        assertTrue(names.containsKey("Tyler") && names.get("Dawn").equals("Carer A"), names.toString());

        // at export only: the exports hold pseudonyms, the project keeps the real names
        List<Path> plain = exports(p, tmp.resolve("plain"), k, false);
        assertFalse(findings(plain, names.keySet()).isEmpty(), "the exports without --pseudonymise hold the names");
        List<Path> pseudonymised = exports(p, tmp.resolve("pseudonymised"), k, true);
        assertEquals(List.of(), findings(pseudonymised, names.keySet()));
        assertTrue(findings(pseudonymised, List.of("Carer A")).size() >= 3, "the pseudonyms are in the exports");
        assertTrue(search(p, "Tyler") > 0, "the project keeps the real names");

        // in the project
        assertTrue(ProjectFiles.list(project).stream().anyMatch(f -> f.startsWith("backups")), "the sample has a backup");
        List<String> media = mediaHashes(project);
        assertTrue(media.size() >= 2, "the sample's recording and picture: " + media);
        JsonObject applied = ok(cli("pseudonyms", "apply", p, "--key-passphrase-file", k, "--json")).json();
        assertTrue(applied.get("replacements").getAsInt() > 20, applied.toString());
        assertTrue(applied.get("note").getAsString().contains("still hold the real names"), applied.toString());
        assertNotEquals(List.of(), findings(ProjectFiles.all(project.resolve("backups")), names.keySet()));
        ok(cli("pseudonyms", "apply", p, "--key-passphrase-file", k, "--purge-backups"));
        // a recording or picture named after a person gets its new name as a second name of the same file, and the old
        // name is deleted: its bytes must stay whole (deleting for good zeroes only a file's last name)
        assertEquals(media, mediaHashes(project), "the recording and the picture keep every byte under their new names");
        assertEquals(List.of(), findings(ProjectFiles.all(project), names.keySet()));
        assertEquals(0, search(p, "Tyler"));
        assertTrue(search(p, "Carer A") > 0);
        assertEquals(List.of(), findings(exports(p, tmp.resolve("after"), k, false), names.keySet()));
        JsonObject audit = ok(cli("audit", p, "--json")).json();
        assertTrue(audit.toString().contains("Apply pseudonyms"), audit.toString());
        assertEquals(List.of(), findings(List.of(write(tmp.resolve("audit.json"), audit.toString())), names.keySet()));
    }

    /**
     * Every kind of export of the sample into {@code dir}: the project (.qdpx), codebooks (DOCX, XLSX), matrices (XLSX,
     * framework CSV, DOCX), ratings (CSV, XLSX), coded segments (JSON, XLSX, DOCX) and the audit log (CSV).
     */
    private static List<Path> exports(String p, Path dir, String key, boolean pseudonymise) throws IOException {
        Files.createDirectories(dir);
        List<String[]> commands = List.of(
                new String[] {"export", "project", p, dir.resolve("study.qdpx").toString()},
                new String[] {"export", "codebook", p, dir.resolve("codebook.docx").toString()},
                new String[] {"export", "codebook", p, dir.resolve("codebook.xlsx").toString()},
                new String[] {"export", "matrix", p, dir.resolve("matrix.xlsx").toString(), "--format=xlsx"},
                new String[] {"export", "matrix", p, dir.resolve("framework.csv").toString(), "--framework", "--rows", "themes"},
                new String[] {"export", "matrix", p, dir.resolve("matrix.docx").toString(), "--format=docx", "--columns", "cases"},
                new String[] {"ratings", "export", p, "--csv", dir.resolve("ratings.csv").toString()},
                new String[] {"ratings", "export", p, "--xlsx", dir.resolve("ratings.xlsx").toString(), "--scale",
                        "VIG Practice Skills Rating Scale"},
                new String[] {"segments", p, "--code", "Seeing strengths", "--format", "xlsx", "--output",
                        dir.resolve("segments.xlsx").toString()},
                new String[] {"segments", p, "--code", "Seeing strengths", "--format", "docx", "--output",
                        dir.resolve("segments.docx").toString()});
        List<Path> files = new ArrayList<>();
        for (String[] command : commands) {
            List<String> args = new ArrayList<>(List.of(command));
            if (pseudonymise) {
                args.addAll(List.of("--pseudonymise", "--key-passphrase-file", key));
            }
            ok(cli(args.toArray(String[]::new)));
            files.add(Path.of(command[command[0].equals("segments") ? command.length - 1 : command[0].equals("ratings") ? 4 : 3]));
        }
        // the audit log, whose entries name cases, sources and users
        List<String> audit = new ArrayList<>(List.of("audit", p, "--csv"));
        if (pseudonymise) {
            audit.addAll(List.of("--pseudonymise", "--key-passphrase-file", key));
        }
        files.add(write(dir.resolve("audit.csv"), ok(cli(audit.toArray(String[]::new))).out()));
        List<String> segments = new ArrayList<>(List.of("segments", p, "--code", "Seeing strengths", "--json"));
        if (pseudonymise) {
            segments.addAll(List.of("--pseudonymise", "--key-passphrase-file", key));
        }
        files.add(write(dir.resolve("segments.json"), ok(cli(segments.toArray(String[]::new))).out()));
        return files;
    }

    /** The SHA-256 of each recording and picture copied into the project, sorted. */
    private static List<String> mediaHashes(Path project) throws Exception {
        List<String> hashes = new ArrayList<>();
        try (Stream<Path> files = Files.list(project.resolve("sources"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("(?i).*\\.(mp4|m4a|wav|mp3|ogg|webm|png|jpe?g)$")).toList()) {
                hashes.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return hashes.stream().sorted().toList();
    }

    private static int search(String p, String words) {
        return ok(cli("search", p, "\"" + words + "\"", "--json")).json().get("count").getAsInt();
    }

    private static Run ok(Run run) {
        assertEquals(Cli.OK, run.exitCode(), run.err());
        return run;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }

    /** "file: name" for each real name found as a whole word in a file (zip archives read entry by entry). */
    static List<String> findings(List<?> files, Iterable<String> names) throws IOException {
        List<String> found = new ArrayList<>();
        for (Object f : files) {
            Path file = Path.of(f.toString());
            String text = textOf(file);
            for (String name : names) {
                if (Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])").matcher(text).find()) {
                    found.add(file.getFileName() + ": " + name);
                }
            }
        }
        return found;
    }

    private static String textOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n')
                .append(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    text.append('\n').append(e.getName()).append('\n').append(new String(readAll(zip), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /** The files of a project folder. */
    static final class ProjectFiles {
        static List<Path> all(Path folder) throws IOException {
            try (Stream<Path> walk = Files.walk(folder)) {
                return walk.filter(Files::isRegularFile).toList();
            }
        }

        static List<String> list(Path folder) throws IOException {
            return all(folder).stream().map(f -> folder.relativize(f).toString()).toList();
        }
    }
}
