package org.attune.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.attune.core.Counted;
import org.attune.cli.CliFailure;
import org.attune.coding.Codebook;
import org.attune.coding.Elements;
import org.attune.coding.Memos;
import org.attune.model.Code;
import org.attune.model.Element;
import org.attune.model.Memo;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memos list|add|show}: free memos and memos about codes, sources and cases. */
@Command(name = "memos", description = "List, write and read memos.",
        subcommands = {MemosCommand.ListMemos.class, MemosCommand.Add.class, MemosCommand.Show.class})
public class MemosCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, add or show");
    }

    /** A memo for people and scripts. */
    record MemoRow(String title, String kind, List<String> about, String created, String by, String text) {
        static MemoRow of(Memo m) {
            return new MemoRow(m.getTitle(), m.getKind().getLiteral(), m.getAbout().stream().map(MemoRow::name).toList(),
                    m.getCreatedAt() == null ? null : m.getCreatedAt().toInstant().toString(),
                    m.getCreatedBy() == null ? null : m.getCreatedBy().getName(), m.getText());
        }

        private static String name(Element e) {
            return e instanceof Code c ? c.path() : Elements.nameOf(e);
        }
    }

    @Command(name = "list", description = "List memos, all or those matching words or about a code, source or case.")
    static class ListMemos extends OnProject {
        @Option(names = "--search", paramLabel = "WORDS", description = "Only memos whose title or text holds every word.")
        String search;

        @Option(names = "--about", paramLabel = "NAME", description = "Only memos about this code, source or case.")
        String about;

        record Result(Path project, int count, List<MemoRow> memos) {
        }

        @Override
        public Integer call() {
            return look(p -> {
                List<Memo> memos = new Memos(p.store).search(search);
                if (about != null) {
                    List<Element> subjects = subjects(p, about);
                    memos = memos.stream().filter(m -> m.getAbout().stream().anyMatch(subjects::contains)).toList();
                }
                List<MemoRow> rows = memos.stream().map(MemoRow::of).toList();
                String table = rows.isEmpty() ? "" : CodingText.table(List.of("TITLE", "KIND", "ABOUT", "TEXT"), rows.stream()
                        .map(r -> List.of(r.title(), r.kind(), String.join(", ", r.about()), CodingText.abbreviate(r.text(), 60)))
                        .toList());
                return output.done(new Result(p.folder, rows.size(), rows), table + Counted.of(rows.size(), "memo"));
            });
        }

        /** The codes, sources and cases of that name. */
        private static List<Element> subjects(OpenProject p, String name) {
            String wanted = name.strip();
            List<Element> found = new ArrayList<>();
            new Codebook(p.store).all().stream()
                    .filter(c -> c.getName().equalsIgnoreCase(wanted) || c.path().equalsIgnoreCase(wanted)).forEach(found::add);
            p.store.project().getSources().stream().filter(s -> s.getName().equalsIgnoreCase(wanted)).forEach(found::add);
            p.store.project().getCases().stream().filter(c -> c.getName().equalsIgnoreCase(wanted)).forEach(found::add);
            if (found.isEmpty()) {
                throw p.failure("no code, source or case named \"" + wanted + "\"");
            }
            return found;
        }
    }

    @Command(name = "add", description = "Write a memo, free or about a code, source, case or coded region of a picture.")
    static class Add extends OnProject {
        @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The memo's title.")
        String title;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Body body;

        static final class Body {
            @Option(names = "--text", paramLabel = "TEXT", description = "The memo's text.")
            String text;

            @Option(names = "--file", paramLabel = "FILE", description = "Read the memo's text from a UTF-8 file.")
            Path file;

            /** The memo's text: --text, or what --file holds; a failure naming the file where it cannot be read. */
            String text() {
                if (text != null) {
                    return text;
                }
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CliFailure(file + ": cannot read the memo text (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + ")", e);
                }
            }
        }

        @ArgGroup(exclusive = true)
        About about;

        static final class About {
            @Option(names = "--about-code", paramLabel = "NAME", description = "A memo about this code.")
            String code;

            @Option(names = "--about-source", paramLabel = "NAME", description = "A memo about this source.")
            String source;

            @Option(names = "--about-case", paramLabel = "NAME", description = "A memo about this case.")
            String caseName;

            @Option(names = "--about-region", paramLabel = "PICTURE", description = "A memo on a coded region of this "
                    + "picture (with --region).")
            String picture;

            /** What the memo is about: the code, source or case named, or the codings of the picture's coded region. */
            List<Element> subjects(OpenProject p, String region) {
                return picture != null ? List.copyOf(regionCodings(p, picture, region))
                        : List.of(code != null ? p.code(code) : source != null ? p.source(source) : p.caseNamed(caseName));
            }
        }

        @Option(names = "--region", paramLabel = "X,Y,W,H", description = "The coded region of --about-region, in pixels "
                + "(the region coded so, or the one coded region it overlaps).")
        String region;

        @Override
        public Integer call() {
            String text = body.text();
            if ((region != null) != (about != null && about.picture != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--about-region and --region go together");
            }
            return change(p -> {
                List<Element> subjects = about == null ? List.of() : about.subjects(p, region);
                Memo memo = new Memos(p.store).create(title, text, subjects);
                MemoRow row = MemoRow.of(memo);
                return output.done(row, "Added memo \"" + row.title() + "\"" + (row.about().isEmpty() ? ""
                        : " about \"" + String.join(", ", row.about()) + "\""));
            });
        }

        /** The codings of exactly that rectangle of the picture, else the codings of the one coded rectangle it overlaps. */
        private static List<org.attune.model.Coding> regionCodings(OpenProject p, String pictureName, String regionText) {
            org.attune.model.ImageSource picture = p.picture(pictureName);
            PictureRegion wanted = PictureRegion.parse(p, regionText);
            List<org.attune.model.Coding> regions = picture.getCodings().stream()
                    .filter(c -> c.getSelection() instanceof org.attune.model.RegionSelection).toList();
            List<org.attune.model.Coding> exact = regions.stream()
                    .filter(c -> PictureRegion.of((org.attune.model.RegionSelection) c.getSelection()).equals(wanted)).toList();
            if (!exact.isEmpty()) {
                return exact;
            }
            List<PictureRegion> overlapping = regions.stream().filter(c -> wanted.overlaps((org.attune.model.RegionSelection) c.getSelection()))
                    .map(c -> PictureRegion.of((org.attune.model.RegionSelection) c.getSelection())).distinct().toList();
            if (overlapping.size() == 1) {
                return regions.stream().filter(c -> PictureRegion.of((org.attune.model.RegionSelection) c.getSelection())
                        .equals(overlapping.get(0))).toList();
            }
            throw p.failure(overlapping.isEmpty() ? "\"" + picture.getName() + "\" has no coded region at " + wanted
                    + (regions.isEmpty() ? " (it has no coded regions)" : "; its regions are " + String.join(", ",
                            regions.stream().map(c -> PictureRegion.of((org.attune.model.RegionSelection) c.getSelection()).option()).distinct().toList()))
                    : "the region " + wanted + " overlaps " + overlapping.size() + " coded regions of \"" + picture.getName()
                            + "\" (" + String.join(", ", overlapping.stream().map(PictureRegion::option).toList())
                            + "): give one of them exactly");
        }
    }

    @Command(name = "show", description = "Print a memo (every memo of that title).")
    static class Show extends OnProject {
        @Parameters(index = "1", paramLabel = "TITLE", description = "The memo's title (ignoring case).")
        String title;

        record Result(Path project, List<MemoRow> memos) {
        }

        @Override
        public Integer call() {
            return look(p -> {
                List<MemoRow> rows = p.store.project().getMemos().stream()
                        .filter(m -> m.getTitle() != null && m.getTitle().equalsIgnoreCase(title.strip())).map(MemoRow::of).toList();
                if (rows.isEmpty()) {
                    throw p.failure("no memo titled \"" + title.strip() + "\" (see 'attune cli memos list')");
                }
                String text = rows.stream().map(r -> String.join(System.lineSeparator(),
                        "Title:   " + r.title(),
                        "Kind:    " + r.kind(),
                        "About:   " + (r.about().isEmpty() ? "-" : String.join(", ", r.about())),
                        "Written: " + (r.created() == null ? "-" : r.created()) + (r.by() == null ? "" : " by " + r.by()),
                        "", r.text())).collect(Collectors.joining(System.lineSeparator() + System.lineSeparator()));
                return output.done(new Result(p.folder, rows), text);
            });
        }
    }
}
