package org.attune.store.pg.tests;

import java.util.concurrent.atomic.AtomicInteger;

import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;

/** New, empty team projects, each in its own database of the test JVM's one throwaway cluster. */
final class TeamDatabases {
    private static final AtomicInteger MADE = new AtomicInteger();

    private TeamDatabases() {
    }

    /** A new team project named {@code name}: its URL, user and password in it. */
    static String newProject(String prefix, String name) throws Exception {
        PgCluster cluster = PgCluster.shared();
        String url = cluster.urlWithCredentials(cluster.newDatabase(prefix + MADE.incrementAndGet()));
        TeamProject.create(url, name);
        return url;
    }
}
