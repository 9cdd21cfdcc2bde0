package org.attune.bench.faults;

/**
 * One scripted action of a child, as written to the journal before it starts: enough to tell afterwards what
 * the project must hold if the action was acknowledged, or may hold if it was cut off.
 *
 * @param id unique over the whole campaign (round and number), so that every effect can be traced to its action
 * @param kind import, code, newcode, memo, memo-edit, merge, export or backup
 * @param source the source an import makes or a coding codes
 * @param code the code a coding uses, a new code's name, or the code merged away
 * @param into the code a merge keeps
 * @param start first character of a coding
 * @param end end of a coding (exclusive)
 * @param title a memo's title
 * @param text a memo's text
 * @param file the file an import reads, an export writes, or a backup made
 * @param textHash the stored text's digest, known once an import is acknowledged
 */
public record Step(String id, String kind, String source, String code, String into, int start, int end, String title,
        String text, String file, String textHash) {

    public static Step of(String id, String kind) {
        return new Step(id, kind, null, null, null, 0, 0, null, null, null, null);
    }

    Step withSource(String name) {
        return new Step(id, kind, name, code, into, start, end, title, text, file, textHash);
    }

    public Step withCode(String name) {
        return new Step(id, kind, source, name, into, start, end, title, text, file, textHash);
    }

    Step withInto(String name) {
        return new Step(id, kind, source, code, name, start, end, title, text, file, textHash);
    }

    Step withRange(int from, int to) {
        return new Step(id, kind, source, code, into, from, to, title, text, file, textHash);
    }

    public Step withMemo(String memoTitle, String memoText) {
        return new Step(id, kind, source, code, into, start, end, memoTitle, memoText, file, textHash);
    }

    Step withFile(String path) {
        return new Step(id, kind, source, code, into, start, end, title, text, path, textHash);
    }

    Step withTextHash(String hash) {
        return new Step(id, kind, source, code, into, start, end, title, text, file, hash);
    }
}
