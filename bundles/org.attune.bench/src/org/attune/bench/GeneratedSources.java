package org.attune.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.attune.model.AttunePackage;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.emf.edit.command.AddCommand;

import picocli.CommandLine.Option;

/**
 * Mixin for the benchmarks that generate a project of text sources ({@code benchmark store}, {@code benchmark search}):
 * how many sources and words, and the one way they are added to the store (a command per hundred sources, as an
 * import adds them).
 */
public class GeneratedSources {
    static final int BATCH = 100;

    @Option(names = "--sources", defaultValue = "5000")
    int sources;

    @Option(names = "--words", defaultValue = "10000000", description = "Words over all sources.")
    long words;

    /** The words each generated source gets. */
    int wordsPerSource() {
        return (int) (words / sources);
    }

    /**
     * Adds {@link #sources} sources to {@code store}, made by {@code make} from their index (it stages their text), a
     * hundred to a command; tells {@code added} how many are in after each command. Returns them in order.
     */
    List<TextSource> add(ProjectStore store, IntFunction<TextSource> make, IntConsumer added) {
        List<TextSource> made = new ArrayList<>();
        for (int batch = 0; batch < sources; batch += BATCH) {
            List<TextSource> group = new ArrayList<>();
            for (int i = batch; i < Math.min(sources, batch + BATCH); i++) {
                group.add(make.apply(i));
            }
            store.execute(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__SOURCES, group));
            made.addAll(group);
            added.accept(made.size());
        }
        return made;
    }
}
