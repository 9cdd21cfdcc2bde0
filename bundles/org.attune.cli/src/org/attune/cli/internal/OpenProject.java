package org.attune.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

import org.attune.analysis.AnalysisException;
import org.attune.cli.CliFailure;
import org.attune.cli.ProjectAccess;
import org.attune.coding.Cases;
import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.PseudonymisedCopy;
import org.attune.exchange.ExchangeException;
import org.attune.index.SearchSyntaxException;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.codes.Codes;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.store.StoreFailure;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProjectException;

import picocli.CommandLine;

/**
 * A project opened for one command, with look-ups by name. Every failure, a name that matches nothing as much
 * as a refusal of the coding API, becomes a {@link CliFailure} naming the project folder and the reason.
 */
final class OpenProject {
    /** What a command does with the open project; returns the exit code. */
    interface Work {
        int run(OpenProject project) throws Exception;
    }

    final Path folder;
    final ProjectStore store;

    private OpenProject(Path folder, ProjectStore store) {
        this.folder = folder;
        this.store = store;
    }

    /**
     * Runs {@code work} on the project. With {@code changes} the project is opened to change it, keeping the rolling
     * backup that opening for writing makes; without, it is opened as every reader opens it
     * ({@link ProjectStore#openToRead}: read-only, and saying so, where its lock file cannot be written). A team project's
     * URL is opened through {@link ProjectStores}: what {@code work} changed is written to the server as one action.
     */
    static int run(Path project, ProjectAccess access, boolean changes, Work work) {
        String url = ProjectStores.teamUrl(project);
        Path folder = url != null ? ProjectStores.shown(project) : project.toAbsolutePath().normalize();
        OpenOptions options = access.toOpen(folder).withBackups(changes);
        try (OpenedProject opened = ProjectStores.open(url != null ? url : folder.toString(), options, changes)) {
            if (changes) {
                encryptPlaintextOriginals(opened.store(), access);
            }
            int exit = work.run(new OpenProject(folder, opened.store()));
            opened.save(ProjectAccess.HOLDER); // a team project: what the command changed, as one action on the server
            return exit;
        } catch (StoreException | StoreFailure | ExchangeException | TeamProjectException e) { // their messages name the folder or file already
            throw new CliFailure(e.getMessage(), e);
        } catch (IllegalArgumentException e) { // the coding API's refusals: they say what is wrong
            throw new CliFailure(folder + ": " + e.getMessage(), e);
        } catch (CliFailure | picocli.CommandLine.ParameterException e) {
            throw e;
        } catch (Exception e) {
            throw new CliFailure(folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * An encrypted project opened to change it whose originals are still plaintext in its folder (copied before they
     * were encrypted) has them encrypted first, saying so on standard error (and in the JSON's warnings); each file is
     * replaced whole, so that a stop midway loses nothing and the next opening goes on.
     */
    private static void encryptPlaintextOriginals(ProjectStore store, ProjectAccess access) throws IOException {
        java.util.List<Path> plain = store.originals().plaintextCopies(store.project().getSources());
        if (plain.isEmpty()) {
            return;
        }
        access.warn(store.folder() + ": encrypting " + plain.size() + " original file(s) that an older Attune kept unencrypted in "
                + "the project (a stop loses nothing; the next opening goes on)");
        int done = store.originals().encryptInPlace(plain, n -> {
        }, () -> false);
        access.warn(store.folder() + ": " + done + " original file(s) encrypted");
    }

    /**
     * As {@link #run(Path, ProjectAccess, boolean, Work)}; with {@code --pseudonymise} ({@code pseudonyms}) {@code work}
     * gets a copy of the project with the key table applied, deleted afterwards (exports with pseudonyms).
     */
    static int run(Path project, ProjectAccess access, boolean changes, ExportPseudonyms pseudonyms, Work work) {
        if (pseudonyms == null || !pseudonyms.on()) {
            return run(project, access, changes, work);
        }
        Path folder = project.toAbsolutePath().normalize();
        KeyTable table = pseudonyms.table(folder);
        return run(project, access, false, open -> {
            try (PseudonymisedCopy copy = PseudonymisedCopy.of(open.store, table, false, access.toOpen(folder))) {
                return work.run(new OpenProject(folder, copy.store()));
            }
        });
    }

    /** As {@link #read(Path, ProjectAccess, CommandLine.Model.CommandSpec, Reading)}, from a pseudonymised copy with --pseudonymise. */
    static int read(Path project, ProjectAccess access, CommandLine.Model.CommandSpec spec, ExportPseudonyms pseudonyms,
            Reading work) {
        if (pseudonyms == null || !pseudonyms.on()) {
            return read(project, access, spec, work);
        }
        Path folder = project.toAbsolutePath().normalize();
        KeyTable table = pseudonyms.table(folder);
        return read(project, access, spec, store -> {
            try (PseudonymisedCopy copy = PseudonymisedCopy.of(store, table, false, access.toOpen(folder))) {
                return work.run(copy.store());
            }
        });
    }

    /** What a command does with a project opened for reading; returns the exit code. */
    interface Reading {
        int run(ProjectStore store) throws Exception;
    }

    /**
     * The one way a command reads a project (no rolling backup): opened with the passphrase and options of
     * {@code access}, closed after {@code work}. A wrong query or analysis choice is a usage error (exit 2); a store,
     * exchange or file failure is a {@link CliFailure} with its own message, which names the file.
     */
    static int read(Path location, ProjectAccess access, CommandLine.Model.CommandSpec spec, Reading work) {
        String url = ProjectStores.teamUrl(location);
        Path project = url != null ? ProjectStores.shown(location) : location;
        try (OpenedProject opened = ProjectStores.open(url != null ? url : project.toString(),
                access.toOpen(location).withBackups(false), false)) {
            int exit = work.run(opened.store());
            opened.save(spec.qualifiedName()); // a reading command may still change (search --code), as on a folder
            return exit;
        } catch (AnalysisException | SearchSyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (StoreException | StoreFailure | ExchangeException | TeamProjectException | IOException e) {
            throw new CliFailure(e.getMessage(), e);
        } catch (IllegalArgumentException e) { // the coding API's refusals: they say what is wrong
            throw new CliFailure(project + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CliFailure(project + ": " + e.getMessage(), e);
        }
    }

    CliFailure failure(String reason) {
        return new CliFailure(folder + ": " + reason);
    }

    /** The code with this name or Parent/Child path (ignoring case; {@link Codes#find}); several of one name need the path. */
    Code code(String name) {
        Optional<Code> found;
        try {
            found = Codes.find(store.project(), name);
        } catch (IllegalArgumentException ambiguous) {
            throw failure(ambiguous.getMessage());
        }
        return found.orElseThrow(() -> failure("no code named \"" + name.strip() + "\" (see 'attune cli codes list')"));
    }

    Source source(String name) {
        String wanted = name.strip();
        return store.project().getSources().stream().filter(s -> s.getName().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> failure("no source named \"" + wanted + "\"" + (store.project().getSources().isEmpty()
                        ? " (the project has no sources)"
                        : "; the sources are " + store.project().getSources().stream().map(s -> "\"" + s.getName() + "\"")
                                .collect(Collectors.joining(", ")))));
    }

    /**
     * The source of this name that is a {@code kind}, preferred over others of the same name (a recording and its
     * transcript often share a name: a text command takes the transcript, a recording command the recording); the
     * first of that name when none is a {@code kind}, so that the caller can say what it is instead.
     */
    Source source(String name, Class<? extends Source> kind) {
        String wanted = name.strip();
        return store.project().getSources().stream().filter(s -> kind.isInstance(s) && s.getName().equalsIgnoreCase(wanted))
                .findFirst().orElseGet(() -> source(name));
    }

    /** A transcript or document: a source with text to code (the text one where a recording has the same name). */
    TextSource textSource(String name) {
        if (source(name, TextSource.class) instanceof TextSource text) {
            store.load(text);
            return text;
        }
        throw failure("\"" + name.strip() + "\" has no text to code (it is a media or picture source)");
    }

    /** A picture: a source with regions to code. */
    ImageSource picture(String name) {
        if (source(name, ImageSource.class) instanceof ImageSource picture) {
            store.load(picture);
            return picture;
        }
        throw failure("\"" + name.strip() + "\" is not a picture (--region codes a rectangle of a picture source)");
    }

    /**
     * A recording: an audio or video source (the recording where a transcript has the same name); else a failure saying
     * that the source is not a recording, followed by {@code why} (what the command needed it for, or empty).
     */
    MediaSource recording(String name, String why) {
        if (source(name, MediaSource.class) instanceof MediaSource recording) {
            return recording;
        }
        throw failure("\"" + name.strip() + "\" is not a recording" + why);
    }

    Case caseNamed(String name) {
        return new Cases(store).find(name).orElseThrow(() -> failure("no case named \"" + name.strip()
                + "\" (see 'attune cli cases list')"));
    }
}
