package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.attune.coding.CodeCounts;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.sample.SampleProject;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.codes.CodeTree;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sequences of codebook and coding actions on the sample study (create, rename, set level, move under,
 * merge, split, delete, code, recode, uncode, undo, redo), each checked against {@link ExpectedCodebook} after
 * every action; after each sequence every analysis, export and command-line read command runs on the result
 * and must agree with the model ({@link AnalysesAgree}).
 *
 * <p>The seed is printed with any failure; {@code -Dattune.sequences.seed=N} replays it, {@code
 * -Dattune.sequences=S -Dattune.actions=A} runs more or longer sequences.
 */
class CodebookSequencesTest {
    private static final OpenOptions OPEN = OpenOptions.of("sequences test").withBackups(false);
    private static final int SEQUENCES = Integer.getInteger("attune.sequences", 30);
    private static final int ACTIONS = Integer.getInteger("attune.actions", 40);
    private static final AnalyticLevel[] LEVELS = {AnalyticLevel.OPEN, AnalyticLevel.INITIAL_CODE, AnalyticLevel.CANDIDATE_THEME,
            AnalyticLevel.THEME, AnalyticLevel.UNSPECIFIED};

    @Test
    void randomSequencesOfCodebookActionsKeepEveryAnalysisInAgreement(@TempDir Path tmp) throws Exception {
        long seed = Long.getLong("attune.sequences.seed", System.nanoTime());
        Path sample = tmp.resolve("sample");
        SampleProject.create(sample, OPEN).close();
        for (int s = 0; s < SEQUENCES; s++) {
            Path folder = copy(sample, tmp.resolve("sequence-" + s));
            Sequence sequence = new Sequence(new Random(seed + s));
            try {
                try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
                    sequence.run(store);
                    AnalysesAgree.inTheStore(store, sequence.model, tmp.resolve("exports-" + s));
                }
                AnalysesAgree.onTheCommandLine(folder, sequence.model, sequence.random);
            } catch (Throwable e) {
                throw new AssertionError("sequence " + s + " failed (replay with -Dattune.sequences.seed=" + seed + "; this one is seed "
                        + (seed + s) + ") after:\n  " + String.join("\n  ", sequence.done) + "\n" + e, e);
            }
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
        return to;
    }

    /** One random sequence: the actions done, and the models along the way (the current one at {@code at}). */
    private static final class Sequence {
        final Random random;
        final List<String> done = new ArrayList<>();
        final List<ExpectedCodebook> models = new ArrayList<>();
        int at;
        ExpectedCodebook model;
        private int names;

        Sequence(Random random) {
            this.random = random;
        }

        void run(ProjectStore store) {
            model = snapshot(store);
            models.add(model);
            for (int i = 0; i < ACTIONS; i++) {
                act(store, new Codebook(store), new Coder(store));
                assertEquals(model, snapshot(store), "the store after " + done.get(done.size() - 1));
                CodeCounts counts = CodeCounts.of(store);
                for (Code code : model.codes()) {
                    assertEquals(model.own(code), counts.of(code).codings(), "own codings of " + model.path(code));
                    assertEquals(model.withSubCodes(code), counts.withSubCodes(code).codings(), "codings of " + model.path(code));
                }
            }
        }

        private void act(ProjectStore store, Codebook codebook, Coder coder) {
            List<Code> codes = model.codes();
            List<Coding> codings = List.copyOf(model.codings().keySet());
            int dice = random.nextInt(25);
            if (codes.size() < 2 || dice < 3) {
                Code parent = random.nextBoolean() || codes.isEmpty() ? null : pick(codes);
                Code code = codebook.create(name("New"), parent, pick(List.of(LEVELS)));
                changed("create " + code.getName() + " under " + (parent == null ? "the top" : model.path(parent)),
                        model.created(code, parent));
            } else if (dice < 5) {
                Code code = pick(codes);
                String name = name("Renamed");
                String path = model.path(code);
                codebook.rename(code, name);
                changed("rename " + path + " to " + name, model.renamed(code, name));
            } else if (dice < 6) {
                Code code = pick(codes);
                AnalyticLevel level = pick(List.of(LEVELS));
                ExpectedCodebook next = model.relevelled(code, level);
                String path = model.path(code);
                codebook.setLevel(code, level);
                if (level == model.levels().get(code)) {
                    unchanged("set level of " + path + " to its own " + level);
                } else {
                    changed("set level of " + path + " to " + level, next);
                }
            } else if (dice < 8) {
                Code code = pick(codes);
                List<Code> below = model.tree(code);
                List<Code> parents = codes.stream().filter(c -> !below.contains(c)).toList();
                Code parent = parents.isEmpty() || random.nextInt(4) == 0 ? null : pick(parents);
                String what = "move " + model.path(code) + " under " + (parent == null ? "the top" : model.path(parent));
                codebook.move(code, parent, -1);
                changed(what, model.moved(code, parent));
            } else if (dice < 10) {
                Code from = pick(codes);
                List<Code> below = model.tree(from);
                List<Code> targets = codes.stream().filter(c -> !below.contains(c)).toList();
                if (targets.isEmpty()) {
                    return;
                }
                Code into = pick(targets);
                String what = "merge " + model.path(from) + " into " + model.path(into);
                ExpectedCodebook next = model.merged(from, into);
                codebook.merge(from, into);
                changed(what, next);
            } else if (dice < 11) {
                Code code = pick(codes);
                List<Coding> own = model.codingsOf(code);
                List<Coding> taken = own.stream().filter(c -> random.nextBoolean()).toList();
                String what = "split " + taken.size() + " of " + own.size() + " codings off " + model.path(code);
                Code part = codebook.split(code, name("Split"), taken);
                changed(what, model.split(code, part, taken));
            } else if (dice < 12) {
                Code code = pick(codes);
                String what = "delete " + model.path(code);
                ExpectedCodebook next = model.deleted(code);
                codebook.delete(List.of(code));
                changed(what, next);
            } else if (dice < 16) {
                List<Source> sources = store.project().getSources().stream().filter(TextSource.class::isInstance).toList();
                TextSource source = (TextSource) pick(sources);
                String text = store.text(source);
                int length = text.codePointCount(0, text.length());
                int start = random.nextInt(length - 1);
                int end = start + 1 + random.nextInt(Math.min(200, length - start - 1));
                Code code = pick(codes);
                boolean already = model.codes(source, start, end, code);
                String what = "code " + source.getName() + " " + start + "-" + end + " with " + model.path(code);
                Coding coding = coder.code(source, start, end, code);
                if (already) {
                    unchanged(what + " (coded so already)");
                } else {
                    changed(what, model.coded(coding, code));
                }
            } else if (dice < 18 && !codings.isEmpty()) {
                Coding coding = pick(codings);
                Code code = pick(codes);
                String what = "recode a coding of " + model.path(model.codings().get(coding)) + " as " + model.path(code);
                coder.recode(coding, code);
                if (model.codings().get(coding) == code) {
                    unchanged(what);
                } else {
                    changed(what, model.coded(coding, code));
                }
            } else if (dice < 20 && !codings.isEmpty()) {
                List<Coding> removed = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    Coding c = pick(codings);
                    if (!removed.contains(c)) {
                        removed.add(c);
                    }
                }
                coder.uncode(removed);
                changed("uncode " + removed.size() + " codings", model.uncoded(removed));
            } else if (dice < 23) {
                boolean can = store.editingDomain().getCommandStack().canUndo();
                assertEquals(at > 0, can, "whether there is something to undo");
                if (can) {
                    store.undo();
                    model = models.get(--at);
                }
                done.add("undo" + (can ? "" : " (nothing to undo)"));
            } else {
                boolean can = store.editingDomain().getCommandStack().canRedo();
                assertEquals(at < models.size() - 1, can, "whether there is something to redo");
                if (can) {
                    store.redo();
                    model = models.get(++at);
                }
                done.add("redo" + (can ? "" : " (nothing to redo)"));
            }
        }

        /** An action that put one command on the undo stack. */
        private void changed(String what, ExpectedCodebook next) {
            done.add(what);
            models.subList(at + 1, models.size()).clear();
            models.add(next);
            at++;
            model = next;
        }

        private void unchanged(String what) {
            done.add(what + " (nothing to do)");
        }

        private String name(String kind) {
            return kind + " " + (++names);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private static ExpectedCodebook snapshot(ProjectStore store) {
            store.project().getSources().forEach(store::load);
            List<Coding> codings = store.project().getSources().stream().flatMap(s -> s.getCodings().stream()).toList();
            return ExpectedCodebook.of(CodeTree.all(store.project()), codings);
        }
    }
}
