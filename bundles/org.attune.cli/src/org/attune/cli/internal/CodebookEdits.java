package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.attune.core.Counted;
import org.attune.coding.Codebook;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.codes.Codes;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code codes} subcommands that change the codebook; each change is one action committed to the store. */
final class CodebookEdits {
    private CodebookEdits() {
    }

    /** What every edit prints: the code as it is now, and what happened. */
    record Result(Path project, String code, String level, String colour, String message) {
        static Result of(OpenProject p, Code c, String message) {
            return new Result(p.folder, c.path(), c.getLevel().getLiteral(), c.getColour(), message);
        }
    }

    /** A codebook edit: one change to the project opened to change it, its result printed. */
    abstract static class Edit extends OnProject {
        /** Makes the change and returns what to print. */
        abstract Result change(OpenProject p);

        @Override
        public Integer call() {
            return change(p -> {
                Result r = change(p);
                return output.done(r, r.message());
            });
        }
    }

    @Command(name = "create", description = "Create a code, at the top level or under a parent.")
    static class Create extends Edit {
        @Parameters(index = "1", paramLabel = "NAME", description = "The new code's name.")
        String name;

        @Option(names = "--parent", paramLabel = "CODE", description = "Put it under this code.")
        String parent;

        @Option(names = "--level", paramLabel = "LEVEL", converter = CodesCommand.LevelConverter.class,
                description = "open, axial, selective, initial_code, candidate_theme, reviewed_theme, theme (default: unspecified).")
        AnalyticLevel level;

        @Option(names = "--colour", paramLabel = "#rrggbb", description = "Its colour (default: the next of the palette).")
        String colour;

        @Override
        Result change(OpenProject p) {
            Code under = parent == null ? null : p.code(parent);
            List<Code> siblings = under == null ? p.store.project().getCodes() : under.getChildren();
            if (Codes.namesake(siblings, name.strip(), null).isPresent()) { // the codebook's rule, said in the CLI's words
                throw p.failure("there is already a code \"" + name.strip() + "\" " + (under == null ? "at the top level"
                        : "under \"" + under.path() + "\""));
            }
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                throw p.failure("a colour is written #rrggbb, not " + colour);
            }
            Codebook codebook = new Codebook(p.store);
            Code code = codebook.create(name, under, level);
            if (colour != null) {
                codebook.setColour(code, colour);
            }
            return Result.of(p, code, "Created code \"" + code.path() + "\" (" + code.getLevel().getLiteral() + ", "
                    + code.getColour() + ")");
        }
    }

    @Command(name = "rename", description = "Rename a code (its history keeps the old name).")
    static class Rename extends Edit {
        @Parameters(index = "1", paramLabel = "CODE", description = "The code (name, or Parent/Child path).")
        String code;

        @Parameters(index = "2", paramLabel = "NEW-NAME", description = "Its new name.")
        String name;

        @Override
        Result change(OpenProject p) {
            Code c = p.code(code);
            String old = c.path();
            new Codebook(p.store).rename(c, name);
            return Result.of(p, c, "Renamed \"" + old + "\" to \"" + c.path() + "\"");
        }
    }

    @Command(name = "move", description = "Move a code (with its sub-codes) under another code, or to the top level.")
    static class Move extends Edit {
        @Parameters(index = "1", paramLabel = "CODE", description = "The code to move.")
        String code;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        static final class Target {
            @Option(names = "--to", paramLabel = "PARENT", description = "The new parent code.")
            String parent;

            @Option(names = "--top", description = "Make it a top-level code.")
            boolean top;
        }

        @Override
        Result change(OpenProject p) {
            Code c = p.code(code);
            Code parent = target.top ? null : p.code(target.parent);
            new Codebook(p.store).move(c, parent, -1);
            return Result.of(p, c, "Moved to \"" + c.path() + "\"");
        }
    }

    @Command(name = "merge", description = "Merge a code into another: its codings, sub-codes, memos and history move; "
            + "then it is removed.")
    static class Merge extends Edit {
        @Parameters(index = "1", paramLabel = "FROM", description = "The code that goes.")
        String from;

        @Option(names = "--into", required = true, paramLabel = "CODE", description = "The code that stays.")
        String into;

        @Override
        Result change(OpenProject p) {
            Code gone = p.code(from);
            Code kept = p.code(into);
            String goneName = gone.path();
            Codebook codebook = new Codebook(p.store);
            int codings = codebook.codingsOf(List.of(gone), false).size();
            int moved = codebook.merge(gone, kept);
            return Result.of(p, kept, String.format(Locale.ROOT, "Merged \"%s\" into \"%s\": %d codings moved%s", goneName,
                    kept.path(), moved, codings > moved ? ", " + (codings - moved) + " it already had were dropped" : ""));
        }
    }

    @Command(name = "delete", description = "Delete codes with their sub-codes and all their codings.")
    static class Delete extends OnProject {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "CODE", description = "The codes to delete.")
        List<String> codes;

        record Deleted(Path project, List<String> codes, int subCodes, int codings) {
        }

        @Override
        public Integer call() {
            return change(p -> {
                LinkedHashSet<Code> found = new LinkedHashSet<>();
                codes.forEach(name -> found.add(p.code(name)));
                // a sub-code of a code being deleted goes with it: naming it too must not delete it twice
                List<Code> roots = found.stream().filter(c -> !hasAncestorIn(c, found)).toList();
                List<String> names = roots.stream().map(Code::path).toList();
                int subCodes = 0;
                for (Code c : roots) {
                    subCodes += descendants(c);
                }
                int codings = new Codebook(p.store).delete(new ArrayList<>(roots));
                return output.done(new Deleted(p.folder, names, subCodes, codings), String.format(Locale.ROOT,
                        "Deleted %s%s with %s", names.size() == 1 ? "\"" + names.get(0) + "\"" : names.size() + " codes",
                        subCodes == 0 ? "" : " and " + Counted.of(subCodes, "sub-code"), Counted.of(codings, "coding")));
            });
        }

        private static int descendants(Code code) {
            return code.getChildren().stream().mapToInt(c -> 1 + descendants(c)).sum();
        }

        private static boolean hasAncestorIn(Code code, java.util.Set<Code> codes) {
            for (Code p = code.getParent(); p != null; p = p.getParent()) {
                if (codes.contains(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Command(name = "level", description = "Set a code's analytic level.")
    static class Level extends Edit {
        @Parameters(index = "1", paramLabel = "CODE", description = "The code.")
        String code;

        @Parameters(index = "2", paramLabel = "LEVEL", converter = CodesCommand.LevelConverter.class,
                description = "open, axial, selective, initial_code, candidate_theme, reviewed_theme, theme, unspecified.")
        AnalyticLevel level;

        @Override
        Result change(OpenProject p) {
            Code c = p.code(code);
            new Codebook(p.store).setLevel(c, level);
            return Result.of(p, c, "\"" + c.path() + "\" is now " + level.getLiteral());
        }
    }
}
