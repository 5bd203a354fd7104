package org.brainbudget.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the field written on a given line of a block-style YAML file, for errors the parser raises before any
 * tree exists (such as the YAML 1.1 literal {@code .nan}, which the parser rejects).
 */
final class YamlLines {

    private static final Pattern KEY = Pattern.compile("^(\\s*)(?:-\\s+)?([A-Za-z_][\\w-]*)\\s*:");

    private YamlLines() {
    }

    /** The dotted path of the key on line {@code lineNumber} (1-based), or null when there is none. */
    static String fieldPathAt(Path file, int lineNumber) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return null;
        }
        if (lineNumber < 1 || lineNumber > lines.size()) {
            return null;
        }
        KeyPath path = new KeyPath();
        String found = null;
        for (int i = 0; i < lineNumber; i++) {
            Matcher m = path.follow(lines.get(i));
            if (m != null && i == lineNumber - 1) {
                found = path.toString();
            }
        }
        return found;
    }

    /**
     * For every key of a block-style YAML file, the comment written for it: the full-line comments directly above
     * the key, then any comment after its value on the same line. Keys are dotted paths as in
     * {@link #fieldPathAt}; keys without a comment are absent.
     */
    static java.util.Map<String, String> notes(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();
        KeyPath path = new KeyPath();
        List<String> pending = new java.util.ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                pending.add(trimmed.replaceFirst("^#+\\s?", ""));
                continue;
            }
            Matcher m = path.follow(line);
            if (m == null) {
                pending.clear();
                continue;
            }
            int hash = line.indexOf(" #", m.end());
            if (hash >= 0) {
                pending.add(line.substring(hash + 2).strip());
            }
            if (!pending.isEmpty()) {
                notes.put(path.toString(), String.join(" ", pending).strip());
            }
            pending.clear();
        }
        return notes;
    }

    /** The dotted path of the key last seen, kept by indentation as lines are read in order. */
    private static final class KeyPath {
        private final Deque<String> keys = new ArrayDeque<>();
        private final Deque<Integer> indents = new ArrayDeque<>();

        /** Reads a line; the key's match when it holds one (the path then ends in that key), else null. */
        Matcher follow(String line) {
            Matcher m = KEY.matcher(line);
            if (!m.find()) {
                return null;
            }
            int indent = m.group(1).length();
            while (!indents.isEmpty() && indents.peekLast() >= indent) {
                indents.pollLast();
                keys.pollLast();
            }
            indents.addLast(indent);
            keys.addLast(m.group(2));
            return m;
        }

        @Override
        public String toString() {
            return String.join(".", keys);
        }
    }
}
