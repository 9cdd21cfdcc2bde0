package org.attune.store.pg.tests;

import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.pg.OpenedProject;

/** A project opened through {@code ProjectStores} as the contract test uses it: each action saved at once. */
record OpenedProjectBackend(OpenedProject opened) implements StoreContractTest.Backend {
    @Override
    public Project project() {
        return opened.store().project();
    }

    @Override
    public void apply(String label, Runnable change) throws Exception {
        opened.store().apply(label, change);
        opened.save(label);
    }

    @Override
    public void stageText(TextSource source, String text) {
        opened.store().stageText(source, text);
    }

    @Override
    public String text(TextSource source) {
        return opened.store().text(source);
    }

    @Override
    public void load(Source source) {
        opened.store().load(source);
    }

    @Override
    public void close() {
        opened.close();
    }
}
