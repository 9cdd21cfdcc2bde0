package org.attune.ui.editors;

import org.eclipse.core.expressions.PropertyTester;

/**
 * Properties of a transcript editor for the expressions in {@code plugin.xml}: {@code org.attune.ui.transcript.codingsHere},
 * at least as many codings under the selection as the expected value (1 if none is given).
 */
public class TranscriptTester extends PropertyTester {
    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expected) {
        int atLeast = expected instanceof Number n ? n.intValue() : 1;
        return "codingsHere".equals(property) && receiver instanceof SourceEditor editor && editor.textWidget() != null
                && !editor.textWidget().isDisposed() && editor.codingsAtSelection().size() >= atLeast;
    }
}
