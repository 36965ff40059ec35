package org.minyi.petition.model;

/** Marks on a registered petition (docs/domain.md §5). */
public enum Flag {
    /** 重复信访: linked to the earlier petition it repeats ({@code repeatOf}). */
    REPEAT,
    /** 越级: brought past the level that should have handled it. */
    LEVEL_SKIPPING,
    /** 重要/疑难: important or hard; leaders read and instruct on these. */
    IMPORTANT,
    /** 检举/控告 of a named unit or official: the petitioner's identity is never shown to the accused unit. */
    COMPLAINT_AGAINST_UNIT
}
