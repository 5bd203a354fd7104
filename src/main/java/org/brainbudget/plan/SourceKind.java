package org.brainbudget.plan;

/** What a source provides. */
public enum SourceKind {
    /** Stimulus–recording pairs from one brain modality. */
    BRAIN,
    /** Labelled task examples. */
    TASK;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
