package dev.handbook.output;

import dev.handbook.memo.FileStamp;

/**
 * Where a sink keeps the bytes of a file it was given: in memory, or in a file of the site it writes. A memo keeps
 * this instead of the bytes, and gives it back to the next build's sink when the file is made from the same inputs.
 */
public sealed interface Stored {

    /** Whether the bytes are still there as they were given. */
    boolean current();

    /**
     * Bytes kept in memory.
     *
     * @param bytes the file's bytes; never changed
     */
    record InMemory(byte[] bytes) implements Stored {
        @Override
        public boolean current() {
            return true;
        }
    }

    /** Bytes that are put together only when read; a memo cannot keep runs of them. */
    record Later() implements Stored {
        @Override
        public boolean current() {
            return false;
        }
    }

    /**
     * Bytes in a file of a site folder, as it was when written.
     *
     * @param stamp the file's path and stamp once the site it was written into is in place
     */
    record InFile(FileStamp stamp) implements Stored {
        @Override
        public boolean current() {
            return stamp.current();
        }
    }
}
