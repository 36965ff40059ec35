package org.minyi.deputy.activity.model;

/** The kinds of duty activity (履职活动) of docs/domain.md §3. */
public enum ActivityType {
    VOTER_RECEPTION,        // 接待选民
    VOTER_VISIT,            // 走访选民
    INSPECTION,             // 视察
    SURVEY,                 // 调研
    LAW_ENFORCEMENT_CHECK,  // 执法检查
    TRAINING,               // 培训
    SESSION_ATTENDANCE,     // 出席人代会
    REPORT_TO_VOTERS,       // 述职
    EVALUATION,             // 评议 of a department
    OTHER;

    /** Contacts with voters, of which each deputy needs at least two a year (docs/domain.md §3). */
    public boolean isVoterContact() {
        return this == VOTER_RECEPTION || this == VOTER_VISIT;
    }
}
