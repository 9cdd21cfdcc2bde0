package org.attune.importer;

import java.nio.file.Path;

import org.attune.model.Source;
import org.attune.store.TextContent;

/** A file read and parsed on a reading thread, ready to be added to the project; or what stops it. */
record Prepared(Path file, String kind, Source source, TextContent text, String hash, String detail, Path copied,
        ImportOutcome failure) {
    static Prepared failed(ImportOutcome outcome) {
        return new Prepared(outcome.file(), outcome.kind(), null, null, null, null, null, outcome);
    }
}
