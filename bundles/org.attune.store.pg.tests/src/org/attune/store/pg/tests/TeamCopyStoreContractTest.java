package org.attune.store.pg.tests;

import org.attune.store.OpenOptions;
import org.attune.store.pg.ProjectStores;

/**
 * The store contract on a team project opened through {@code ProjectStores} (as every CLI command opens it): a
 * working copy whose every action is saved to the server at once.
 */
class TeamCopyStoreContractTest extends TeamStoreContractTest {
    @Override
    Backend reopen() throws Exception {
        return new OpenedProjectBackend(ProjectStores.open(url, OpenOptions.of("contract test"), true));
    }
}
