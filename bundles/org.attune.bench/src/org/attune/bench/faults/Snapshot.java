package org.attune.bench.faults;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;

/** Reads everything the campaign checks out of an open project: every text, code, coding and memo. */
public final class Snapshot {
    private Snapshot() {
    }

    public static Holdings read(ProjectStore store) {
        Holdings h = new Holdings();
        for (Source source : store.project().getSources()) {
            store.load(source);
            h.sources.put(source.getName(), source instanceof TextSource text ? digest(store.text(text)) : "media");
            for (Coding coding : source.getCodings()) {
                h.codings.add(Holdings.coding(source.getName(), coding.getCode() == null ? "(none)" : coding.getCode().getName(),
                        (int) coding.start(), (int) coding.end()));
            }
        }
        for (Code code : new Codebook(store).all()) {
            h.codes.add(code.getName());
        }
        for (Memo memo : store.project().getMemos()) {
            h.memos.put(memo.getTitle(), memo.getText());
        }
        return h;
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
