package org.attune.ui.views;

import org.attune.coding.CodedSegments;
import org.eclipse.core.expressions.PropertyTester;

/**
 * Properties of a selection of coded segments for the expressions in {@code plugin.xml}:
 * {@code org.attune.ui.segments.oneCode}, segments (at least one) all coded with the same code.
 */
public class SegmentsTester extends PropertyTester {
    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expected) {
        if (!"oneCode".equals(property) || !(receiver instanceof Iterable<?> selection)) {
            return false;
        }
        Object code = null;
        for (Object o : selection) {
            if (!(o instanceof CodedSegments.Segment s) || (code != null && code != s.coding().getCode())) {
                return false;
            }
            code = s.coding().getCode();
        }
        return code != null;
    }
}
