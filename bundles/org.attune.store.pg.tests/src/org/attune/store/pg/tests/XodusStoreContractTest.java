package org.attune.store.pg.tests;

import java.nio.file.Path;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.pg.ProjectStores;

/** The store contract on a project folder (the embedded Xodus store), opened through {@code ProjectStores}. */
class XodusStoreContractTest extends StoreContractTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("contract test").withBackups(false);
    private Path folder;

    @Override
    Backend create(Path dir) throws Exception {
        folder = dir.resolve("project");
        ProjectStore.create(folder, "Contract", OPTIONS).close();
        return reopen();
    }

    @Override
    Backend reopen() throws Exception {
        return new OpenedProjectBackend(ProjectStores.open(folder.toString(), OPTIONS, true));
    }
}
