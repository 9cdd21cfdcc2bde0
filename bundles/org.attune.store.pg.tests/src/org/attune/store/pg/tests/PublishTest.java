package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attune.model.Element;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.mapping.ModelMapping;
import org.attune.store.pg.PgConnections;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.attune.testsupport.PgCluster;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local project uploaded to a team project and read back from it is the same project, texts and all. */
class PublishTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void theSampleStudyReadsBackAsItWasPublished(@TempDir Path dir) throws Exception {
        assertReadsBackAsPublished(dir, "sample", store -> { });
    }

    /**
     * A project of more elements than one statement inserts (the publication goes in parts): the sample study with a
     * transcript of 4,500 codings, whose links to codes point at rows of a later part (sources come before codes).
     */
    @Test
    void aProjectOfManyPartsReadsBackAsItWasPublished(@TempDir Path dir) throws Exception {
        assertReadsBackAsPublished(dir, "many", store -> {
            TextSource text = (TextSource) store.project().getSources().stream().filter(TextSource.class::isInstance).findFirst().orElseThrow();
            store.load(text);
            List<org.attune.model.Code> codes = store.project().getCodes();
            store.apply("many codings", () -> {
                for (int i = 0; i < 4_500; i++) {
                    int start = i % 40;
                    text.getCodings().add(org.attune.model.text.Marks.coding(codes.get(i % codes.size()),
                            org.attune.model.text.Marks.text(start, start + 5)));
                }
            });
        });
    }

    private void assertReadsBackAsPublished(Path dir, String name, java.util.function.Consumer<ProjectStore> grow) throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase(name));
        String local;
        Map<String, String> localTexts = new TreeMap<>();
        try (ProjectStore store = SampleProject.create(dir.resolve("sample"), OpenOptions.of("test"))) {
            grow.accept(store);
            TeamProject.publish(store, url);
            local = describe(store.project());
            for (Source source : store.project().getSources()) {
                if (source instanceof TextSource text) {
                    localTexts.put(text.getId(), store.text(text));
                }
            }
        }
        assertTrue(local.contains("Coding{"), "the sample has codings: " + local.length());
        try (TeamProject team = TeamProject.open(url, Runnable::run)) {
            Project project = team.project();
            assertFalse(project.getSources().isEmpty());
            // lazy: a source's codings are read when asked for (or when a memo read with the project is about one)
            long read = project.getSources().stream().mapToLong(s -> s.getCodings().size()).sum();
            assertTrue(read < team.counts().get("Coding"), read + " codings read at opening");
            for (Source source : project.getSources()) {
                team.load(source);
            }
            // opening added the database login as a user, as opening a local project adds the operating-system user
            assertEquals(PgCluster.USER, team.currentUser().getName());
            assertEquals(local, describe(project, team.currentUser()));
            Map<String, String> teamTexts = new TreeMap<>();
            for (Source source : project.getSources()) {
                if (source instanceof TextSource text) {
                    teamTexts.put(text.getId(), team.text(text));
                }
            }
            assertEquals(localTexts, teamTexts);
            assertFalse(localTexts.isEmpty());
            long codings = project.getSources().stream().mapToLong(s -> s.getCodings().size()).sum();
            assertEquals(codings, team.counts().get("Coding"));
        }
    }

    @Test
    void aDatabaseThatHoldsAProjectIsNotOverwritten(@TempDir Path dir) throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase("taken"));
        TeamProject.create(url, "First");
        TeamProjectException e = assertThrows(TeamProjectException.class, () -> TeamProject.create(url, "Second"));
        assertTrue(e.getMessage().contains("holds a project already"), e.getMessage());
        assertFalse(e.getMessage().contains(PgCluster.PASSWORD), "no password in messages: " + e.getMessage());
        try (TeamProject team = TeamProject.open(url, Runnable::run)) {
            assertEquals("First", team.project().getName());
        }
    }

    @Test
    void anEmptyDatabaseIsNoProjectAndAWrongPasswordIsSaid() throws Exception {
        String url = cluster.newDatabase("empty");
        TeamProjectException empty = assertThrows(TeamProjectException.class,
                () -> TeamProject.open(cluster.urlWithCredentials(url), Runnable::run));
        assertTrue(empty.getMessage().contains("holds no Attune project"), empty.getMessage());
        TeamProjectException wrong = assertThrows(TeamProjectException.class,
                () -> TeamProject.open(url + "?user=" + PgCluster.USER + "&password=wrong", Runnable::run));
        assertTrue(wrong.getMessage().contains("cannot connect") && wrong.getMessage().contains("password=***"), wrong.getMessage());
    }

    /** As psql: a password not in the URL comes from $PGPASSWORD, else from ~/.pgpass (which the driver reads). */
    @Test
    void thePasswordComesFromPgpasswordOrPgpass(@TempDir Path dir) throws Exception {
        String url = cluster.newDatabase("passwords") + "?user=" + PgCluster.USER;
        try (Connection c = PgConnections.open(url, Map.of("PGPASSWORD", PgCluster.PASSWORD))) {
            assertTrue(c.isValid(5));
        }
        TeamProjectException none = assertThrows(TeamProjectException.class, () -> PgConnections.open(url, Map.of()).close());
        assertTrue(none.getMessage().contains("cannot connect"), none.getMessage());
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + cluster.port() + ":passwords:" + PgCluster.USER + ":" + PgCluster.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (Connection c = PgConnections.open(url, Map.of())) {
            assertTrue(c.isValid(5));
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void missingServerProgramsAreSaidNotSkipped(@TempDir Path nowhere) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PgCluster.binaries(null, nowhere.toString(), nowhere.resolve("postgresql")));
        assertTrue(e.getMessage().contains("install the Debian package 'postgresql'"), e.getMessage());
    }

    /** Every stored feature of the tree, references by the ids of their targets. */
    static String describe(EObject object) {
        return describe(object, null);
    }

    /** As {@link #describe(EObject)}, leaving {@code left} out. */
    static String describe(EObject object, EObject left) {
        StringBuilder out = new StringBuilder();
        describe(object, left, out);
        return out.toString();
    }

    private static void describe(EObject object, EObject left, StringBuilder out) {
        out.append(object.eClass().getName()).append('{');
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!ModelMapping.isStored(feature)) {
                continue;
            }
            Object value = object.eGet(feature, false);
            List<?> values = feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
            if (values.isEmpty()) {
                continue;
            }
            out.append(feature.getName()).append('=');
            for (Object v : values) {
                if (feature instanceof EReference r && r.isContainment()) {
                    if (v != left) {
                        describe((EObject) v, left, out);
                    }
                } else if (feature instanceof EReference) {
                    out.append(v instanceof Element e ? e.getId() : String.valueOf(v)).append(',');
                } else {
                    out.append(v instanceof Date d ? d.getTime() : v).append(',');
                }
            }
            out.append(';');
        }
        out.append('}');
    }

}
