package org.attune.exchange.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.attune.core.IoProblems;
import org.attune.exchange.ExchangeException;
import org.attune.exchange.QdaImport;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The copy merged from, open for reading only: an Attune project folder (opened read-only, never changed), or a
 * REFI-QDA file read by the REFI-QDA import into a scratch project in a temporary folder that is deleted when
 * this is closed.
 */
final class OtherCopy implements AutoCloseable {
    private final ProjectStore store;
    private final Path scratch;

    private OtherCopy(ProjectStore store, Path scratch) {
        this.store = store;
        this.scratch = scratch;
    }

    static OtherCopy open(Path other, OpenOptions options, IProgressMonitor monitor) throws StoreException, ExchangeException {
        if (Files.isDirectory(other)) {
            return new OtherCopy(ProjectStore.open(other, options.withReadOnly(true).withBackups(false)), null);
        }
        if (!Files.isRegularFile(other)) {
            throw new ExchangeException(other, "there is no such project folder or file");
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("attune-merge-");
        } catch (IOException e) {
            throw new ExchangeException(other, "cannot be read: no temporary folder (" + IoProblems.reason(e) + ")", e);
        }
        ProjectStore read = null;
        try {
            read = ProjectStore.create(scratch.resolve("copy"), other.getFileName().toString(),
                    OpenOptions.of(options.holder()).withBackups(false));
            new QdaImport(read).importFile(other, monitor);
            return new OtherCopy(read, scratch);
        } catch (StoreException | ExchangeException | RuntimeException e) {
            if (read != null) {
                read.close();
            }
            delete(scratch);
            if (e instanceof ExchangeException x && x.getMessage().startsWith(other + ": ")) { // the import's words, said of a merge
                throw new ExchangeException(other, x.getMessage().substring(other.toString().length() + 2)
                        .replace("nothing was imported", "nothing was merged").replace("was not imported", "was not merged"), x);
            }
            throw e;
        }
    }

    Project project() {
        return store.project();
    }

    String text(TextSource source) {
        return store.text(source);
    }

    void load(Source source) {
        store.load(source);
    }

    @Override
    public void close() {
        store.close();
        if (scratch != null) {
            delete(scratch);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is removed by the system; the merge itself is not affected
        }
    }
}
