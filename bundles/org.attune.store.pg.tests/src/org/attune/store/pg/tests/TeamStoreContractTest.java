package org.attune.store.pg.tests;

import java.nio.file.Path;

import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;

/** The store contract on a team project, through {@link TeamProject} itself. */
class TeamStoreContractTest extends StoreContractTest {
    private static int databases;
    String url;

    @Override
    Backend create(Path dir) throws Exception {
        PgCluster cluster = PgCluster.shared();
        url = cluster.urlWithCredentials(cluster.newDatabase("contract" + ++databases));
        TeamProject.create(url, "Contract");
        return reopen();
    }

    @Override
    Backend reopen() throws Exception {
        TeamProject team = TeamProject.open(url, Runnable::run);
        return new Backend() {
            @Override
            public Project project() {
                return team.project();
            }

            @Override
            public void apply(String label, Runnable change) throws Exception {
                team.apply(label, change);
            }

            @Override
            public void stageText(TextSource source, String text) {
                team.stageText(source, text);
            }

            @Override
            public String text(TextSource source) throws Exception {
                return team.text(source);
            }

            @Override
            public void load(Source source) throws Exception {
                team.load(source);
            }

            @Override
            public void close() {
                team.close();
            }
        };
    }
}
