package org.brainbudget.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes outputs so that a reader never sees half a file: a temporary file beside the target, then a rename. */
public final class OutputFiles {

    private OutputFiles() {
    }

    public static void writeAtomically(Path target, String text) {
        produceAtomically(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /**
     * Has {@code producer} write a temporary file beside {@code target}, then renames it into place: the target is
     * either left as it was or replaced whole.
     */
    public static void produceAtomically(Path target, IoConsumer producer) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try {
                producer.accept(tmp);
                readableLikeOtherFiles(tmp);
                try {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InputException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Temporary files are private (rw-------); an output is an ordinary file (rw-r--r--) where POSIX applies. */
    private static void readableLikeOtherFiles(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes a file at the given path. */
    @FunctionalInterface
    public interface IoConsumer {
        void accept(Path path) throws IOException;
    }
}
