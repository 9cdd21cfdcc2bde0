package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.store.pg.ProjectStores;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Every command that takes a project folder takes a team project's URL (through {@code ProjectStores}): the sample
 * study published, then the same commands, reading and changing, run on the folder and on the URL, say the same, and
 * the changes made through the URL are on the server.
 */
class TeamProjectCommandsTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void commandsOnTheUrlSayWhatTheyDoOnTheFolder(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("sample");
        String url = publishedSample(folder, "commands");

        List<Function<String, String[]>> commands = new ArrayList<>();
        commands.add(p -> new String[] {"sources", "list", p, "--json"});
        commands.add(p -> new String[] {"code", p, "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code", "Waiting", "--coder", "Nora Hale"});
        commands.add(p -> new String[] {"code", p, "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code", "Waiting", "--coder", "Sam Ortiz"});
        commands.add(p -> new String[] {"search", p, "laughed", "--code", "Shared joy"});
        commands.add(p -> new String[] {"search", p, "calm"});
        commands.add(p -> new String[] {"codes", "list", p, "--counts", "--json"});
        commands.add(p -> new String[] {"matrix", p, "--rows", "themes", "--json"});
        commands.add(p -> new String[] {"agreement", p, "--coders", "Nora Hale,Sam Ortiz"});
        commands.add(p -> new String[] {"segments", p, "--json"});
        // a correction of a transcript: its text and the codings in it move together on the server
        commands.add(p -> new String[] {"edit", p, "--source", "C01 Carer Dawn", "--replace", "Now I wait", "--with", "Now I am waiting", "--json"});
        commands.add(p -> new String[] {"search", p, "am waiting"});
        commands.add(p -> new String[] {"segments", p, "--code", "Waiting", "--json"});
        commands.add(p -> new String[] {"export", "project", p, dir.resolve(p.startsWith("jdbc") ? "team.qdpx" : "folder.qdpx").toString()});
        String shown = ProjectStores.shown(Path.of(url)).toString();
        for (Function<String, String[]> command : commands) {
            Run onFolder = cli(command.apply(folder.toString()));
            Run onServer = cli(command.apply(url));
            String what = String.join(" ", command.apply("<project>"));
            assertEquals(onFolder.exitCode(), onServer.exitCode(), what + ": " + onServer.err());
            assertFalse(onServer.out().contains(PgCluster.PASSWORD) || onServer.err().contains(PgCluster.PASSWORD), what);
            assertEquals(same(onFolder.out(), folder, dir), same(onServer.out().replace(shown, "<project>"), folder, dir), what);
            assertEquals(same(onFolder.err(), folder, dir), same(onServer.err().replace(shown, "<project>"), folder, dir), what);
        }

        // what the URL's commands changed is on the server: a new client reads it
        JsonObject local = cli("project", "info", folder.toString(), "--json").json();
        JsonObject team = cli("project", "info", url, "--json").json();
        for (String count : List.of("sources", "cases", "codes", "codings", "memos")) {
            assertEquals(local.get(count).getAsLong(), team.get(count).getAsLong(), count);
        }
        // and both exports import to the same counts
        for (String name : List.of("folder", "team")) {
            Path imported = dir.resolve("from-" + name);
            assertEquals(Cli.OK, cli("project", "create", imported.toString(), "--name", "x").exitCode());
            Run read = cli("import-qdpx", imported.toString(), dir.resolve(name + ".qdpx").toString());
            assertEquals(Cli.OK, read.exitCode(), read.err());
        }
        JsonObject fromFolder = cli("project", "info", dir.resolve("from-folder").toString(), "--json").json();
        JsonObject fromTeam = cli("project", "info", dir.resolve("from-team").toString(), "--json").json();
        for (String count : List.of("cases", "codes", "memos")) {
            assertEquals(fromFolder.get(count).getAsLong(), fromTeam.get(count).getAsLong(), count);
        }
        // the recording and the picture came from the server: the archives hold the same files, byte for byte
        Map<String, String> folderFiles = files(dir.resolve("folder.qdpx"));
        assertEquals(folderFiles, files(dir.resolve("team.qdpx")));
        assertTrue(folderFiles.keySet().stream().anyMatch(f -> f.endsWith(".mp4")) && folderFiles.keySet().stream().anyMatch(f -> f.endsWith(".png")),
                folderFiles.toString());
        assertEquals(fromFolder.get("sources").getAsLong(), fromTeam.get("sources").getAsLong());
        assertTrue(fromTeam.get("codings").getAsLong() > local.get("codings").getAsLong() / 2, fromTeam.toString());
    }

    /**
     * {@code pseudonyms apply} on a team project, with the key table of a folder (a team project keeps none): the names
     * are replaced on the server, texts and names of sources alike, as one action.
     */
    @Test
    void pseudonymsApplyToATeamProjectWithTheKeyTableOfAFolder(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("sample");
        String url = publishedSample(folder, "pseudonyms");
        Path key = dir.resolve("key-passphrase");
        java.nio.file.Files.writeString(key, "a long key passphrase\n");
        CliTest.ok("pseudonyms", "add", folder.toString(), "Dawn", "Carer A", "--key-passphrase-file", key.toString());
        assertTrue(cli("search", url, "Dawn", "--json").json().get("count").getAsInt() > 0, "the real name is in the texts before");

        Run refused = cli("pseudonyms", "apply", url, "--key-passphrase-file", key.toString());
        assertEquals(Cli.FAILED, refused.exitCode());
        assertTrue(refused.err().contains("--key-table-of"), refused.err());
        Run applied = cli("pseudonyms", "apply", url, "--key-table-of", folder.toString(), "--key-passphrase-file", key.toString(), "--json");
        assertEquals(Cli.OK, applied.exitCode(), applied.err());
        assertTrue(applied.json().get("replacements").getAsInt() > 0, applied.out());
        assertFalse(applied.out().contains(PgCluster.PASSWORD));

        Run names = cli("sources", "list", url, "--json");
        assertTrue(names.out().contains("C01 Carer Carer A") && !names.out().contains("Dawn"), names.out());
        Run search = cli("search", url, "Dawn", "--json");
        assertEquals(Cli.OK, search.exitCode(), search.err());
        assertEquals(0, search.json().get("count").getAsInt(), search.out());
        assertTrue(cli("search", url, "Carer A", "--json").json().get("count").getAsInt() > 0);
    }

    /** The sample study made in {@code folder} and published to a new database: the team project's URL. */
    private String publishedSample(Path folder, String database) throws Exception {
        assertEquals(Cli.OK, cli("project", "sample", folder.toString()).exitCode());
        String url = cluster.urlWithCredentials(cluster.newDatabase(database));
        assertEquals(Cli.OK, cli("project", "publish", folder.toString(), url).exitCode());
        return url;
    }

    @Test
    void aWrongPasswordIsOneClearLineWithoutThePassword() throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase("wrongpw")).replace(PgCluster.PASSWORD, "not-it");
        Run run = cli("sources", "list", url);
        assertEquals(Cli.FAILED, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("cannot connect") && !run.err().contains("not-it"), run.err());
    }

    /** The sources' files in a QDPX archive and the SHA-256 of each. */
    private static Map<String, String> files(Path qdpx) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith("sources/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.put(entry.getName(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                    }
                }
            }
        }
        return files;
    }

    /** Output with the project's place and the test's folder left out. */
    private static String same(String output, Path folder, Path dir) {
        return output.replace(folder.toAbsolutePath().toString(), "<project>").replace(folder.toString(), "<project>")
                .replace(dir.toString(), "<dir>").replace("folder.qdpx", "x.qdpx").replace("team.qdpx", "x.qdpx");
    }
}
