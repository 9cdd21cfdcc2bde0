package org.attune.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps room on the disk for the store's own lock file. Xodus opens a store, even to read it, by emptying
 * {@code xd.lck} and writing its holder into it (the process and the stack that opened it: 2–5 KB). On a disk
 * with no byte free that write fails when it needs more blocks than the file held ("No space left on device to
 * complete current transaction"), so a full disk would lock the user out of reading their own project. Padding the
 * file when the store is closed (or restored) leaves blocks that the next opening frees and writes into.
 */
public final class LockFileRoom {
    static final String LOCK_FILE = "xd.lck";
    static final int ROOM = 64 * 1024;

    private LockFileRoom() {
    }

    /** Pads the lock file of {@code storeDir} to {@value #ROOM} bytes; where there is no room now, leaves it as it is. */
    public static void keep(Path storeDir) {
        Path lockFile = storeDir.resolve(LOCK_FILE);
        try {
            long size = Files.exists(lockFile) ? Files.size(lockFile) : 0;
            if (size >= ROOM || !Files.isDirectory(storeDir)) {
                return;
            }
            try (OutputStream out = Files.newOutputStream(lockFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(new byte[(int) (ROOM - size)]); // written, not a sparse length: the blocks must be held
            }
        } catch (IOException e) {
            // no room now: the next close with room pads it
        }
    }
}
