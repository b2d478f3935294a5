package dev.handbook.memo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What tells one version of a file from another without reading it, as {@code git} and {@code make} tell them:
 * its size, modification time and file-system identity. Writing a file changes at least one of them.
 *
 * @param file     the absolute path, e.g. {@code /home/me/handbook/content/guides/x.md}
 * @param size     in bytes
 * @param modified the modification time in nanoseconds since 1970
 * @param identity the file system's key of the file (device and inode), or empty where it has none
 */
public record FileStamp(String file, long size, long modified, String identity) {

    /** The stamp of a file from attributes read just now. */
    public static FileStamp of(Path file, BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return new FileStamp(file.toAbsolutePath().toString(), attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? "" : key.toString());
    }

    /** The stamp of a regular file as it is now, if there is one at that path. */
    public static Optional<FileStamp> now(Path file) {
        return now(file, false);
    }

    /** The stamp of a regular file, or of a folder if {@code folder}, as it is now, if there is one at that path. */
    public static Optional<FileStamp> now(Path file, boolean folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return (folder ? attributes.isDirectory() : attributes.isRegularFile())
                    ? Optional.of(of(file, attributes)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the file is still the version this stamp was taken of. */
    public boolean current() {
        return now(Path.of(file)).filter(this::equals).isPresent();
    }
}
