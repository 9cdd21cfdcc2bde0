package org.attune.index;

/** What a search hit is in: a transcript's turn or paragraph, a coded stretch, a memo, or a code's definition. */
public enum HitKind {
    UNIT, CODING, MEMO, CODE
}
