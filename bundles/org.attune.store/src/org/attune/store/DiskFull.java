package org.attune.store;

import jetbrains.exodus.OutOfDiskSpaceException;

/** Whether a failure came from a disk with no space left, which Xodus and the file system say in their own ways. */
final class DiskFull {
    static final String READ_ONLY = "no space is left on its disk, so the project is open to read only: "
            + "nothing can be changed until some space is freed";

    private DiskFull() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfDiskSpaceException || String.valueOf(t.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }
}
