package org.attune.ui;

import org.attune.model.Code;
import org.eclipse.core.expressions.PropertyTester;

/** Properties of a code for the expressions in {@code plugin.xml}: {@code org.attune.ui.code.nested}, a sub-code. */
public class CodeTester extends PropertyTester {
    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expected) {
        return "nested".equals(property) && receiver instanceof Code code
                && (code.getParent() != null) == (expected == null || Boolean.TRUE.equals(expected) || "true".equals(expected));
    }
}
