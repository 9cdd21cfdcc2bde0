package org.attune.importer;

import java.util.List;

/** The outcome of every file of a batch, in the order they were taken. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {
    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
