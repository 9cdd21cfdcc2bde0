package org.attune.store.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Run in its own JVM by {@link CrashRecoveryTest}: opens a project and edits it until killed, logging each
 * edit as {@code begin ID OP ARGS} before it and {@code ack ID} once the store has committed it.
 *
 * <pre>CrashWriter PROJECT_DIR LOG_FILE ROUND SEED</pre>
 */
public final class CrashWriter {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        AttunePackage.eINSTANCE.eClass(); // outside OSGi the package registers itself when first used
        Path folder = Path.of(args[0]);
        String round = args[2];
        Random random = new Random(Long.parseLong(args[3]));
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("crash writer").withBackups(false));
                FileChannel log = FileChannel.open(Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            store.project().getSources().forEach(store::load);
            for (int i = 0;; i++) {
                edit(store, round + "-" + i, random, log);
            }
        }
    }

    private static void edit(ProjectStore store, String id, Random random, FileChannel log) throws IOException {
        List<Code> codes = new ArrayList<>();
        EcoreUtil.<Code>getAllContents(store.project().getCodes(), false).forEachRemaining(codes::add);
        List<Coding> codings = new ArrayList<>();
        store.project().getSources().forEach(s -> codings.addAll(s.getCodings()));
        List<Source> sources = store.project().getSources();
        int choice = random.nextInt(10);
        if (choice < 2 || codes.isEmpty()) {
            Code parent = codes.isEmpty() || random.nextBoolean() ? null : codes.get(random.nextInt(codes.size()));
            String name = "code " + id;
            write(log, "begin " + id + " ADD_CODE c" + id + " " + (parent == null ? "-" : parent.getId()) + " " + name);
            store.apply("add code", () -> {
                Code code = code("c" + id, name);
                (parent == null ? store.project().getCodes() : parent.getChildren()).add(code);
            });
        } else if (choice < 4) {
            Code code = codes.get(random.nextInt(codes.size()));
            String name = "renamed " + id;
            write(log, "begin " + id + " RENAME_CODE " + code.getId() + " " + name);
            store.apply("rename", () -> code.setName(name));
        } else if (choice < 7) {
            Code code = codes.get(random.nextInt(codes.size()));
            Source source = sources.get(random.nextInt(sources.size()));
            int start = random.nextInt(40);
            int end = start + 1 + random.nextInt(20);
            write(log, "begin " + id + " ADD_CODING g" + id + " " + code.getId() + " " + source.getId() + " " + start + " " + end);
            store.apply("code", () -> source.getCodings().add(coding("g" + id, code, start, end)));
        } else if (choice < 9 && !codings.isEmpty()) {
            Coding coding = codings.get(random.nextInt(codings.size()));
            write(log, "begin " + id + " DELETE_CODING " + coding.getId());
            store.apply("uncode", () -> coding.getSource().getCodings().remove(coding));
        } else {
            Source source = sources.get(random.nextInt(sources.size()));
            int start = random.nextInt(40);
            write(log, "begin " + id + " IN_VIVO c" + id + " g" + id + " " + source.getId() + " " + start + " " + (start + 7));
            store.apply("code in vivo", () -> { // two objects, one action: both or neither may survive a crash
                Code code = code("c" + id, "in vivo " + id);
                store.project().getCodes().add(code);
                source.getCodings().add(coding("g" + id, code, start, start + 7));
            });
        }
        write(log, "ack " + id);
    }

    private static Code code(String id, String name) {
        Code code = F.createCode();
        code.setId(id);
        code.setName(name);
        code.setLevel(AnalyticLevel.OPEN);
        return code;
    }

    private static Coding coding(String id, Code code, int start, int end) {
        Coding coding = F.createCoding();
        coding.setId(id);
        coding.setCode(code);
        coding.setSelection(Marks.text(start, end));
        return coding;
    }

    private static void write(FileChannel log, String line) throws IOException {
        log.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        log.force(false);
    }
}
