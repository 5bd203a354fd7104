package org.brainbudget.io;

/**
 * A mistake in the user's input: which file, which field, what is wrong and what would be valid.
 * The command line prints the message and exits with code 2, without a stack trace.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
