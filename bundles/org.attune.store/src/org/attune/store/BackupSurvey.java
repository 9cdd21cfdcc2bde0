package org.attune.store;

import java.util.List;

/** Every backup of a project, checked: the ones that can be restored, newest first, and the damaged ones. */
public record BackupSurvey(List<BackupInfo> usable, List<Damaged> damaged) {
    /** A backup that cannot be restored, and why. */
    public record Damaged(String name, String reason) {
    }
}
