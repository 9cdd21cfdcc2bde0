package org.attune.store.pg;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;

/**
 * Which elements (by row id) each of this client's actions wrote, and which others' actions touched since: an undo
 * or redo of an action is safe only while no other client changed what the action touched (an element, or the list
 * that holds it), else it would write back over their change. Others' actions are counted in the order they come in.
 */
final class OwnSteps {
    private record Step(Set<Long> touched, long seenOthers) {
    }

    private final Map<Command, Step> steps = new HashMap<>();
    private final Map<Long, Long> lastTouchedByOthers = new HashMap<>();
    private long othersActions;

    /** Another client's action touched these rows. */
    synchronized void othersTouched(Set<Long> rows) {
        othersActions++;
        rows.forEach(row -> lastTouchedByOthers.put(row, othersActions));
    }

    /** {@code command} was done, undone or redone here and written, touching these rows. */
    synchronized void written(Command command, Set<Long> rows) {
        if (command == null) {
            return;
        }
        Set<Long> touched = new HashSet<>(rows);
        Step before = steps.get(command);
        if (before != null) {
            touched.addAll(before.touched());
        }
        steps.put(command, new Step(touched, othersActions));
    }

    /**
     * {@code command}'s undo or redo was refused and it left the history: it stays as it is, so what it touched is no
     * longer as the steps before it left it, as if another client had changed it (undoing an earlier rename of a code
     * whose deletion stays would write to a code no longer there).
     */
    synchronized void leftAsItIs(Command command) {
        Step step = steps.remove(command);
        if (step != null) {
            othersTouched(step.touched());
        }
    }

    /** Whether another client touched what {@code command} touched since it was last written here. */
    synchronized boolean changedByOthers(Command command) {
        Step step = steps.get(command);
        return step != null && step.touched().stream().anyMatch(row -> lastTouchedByOthers.getOrDefault(row, 0L) > step.seenOthers());
    }
}
