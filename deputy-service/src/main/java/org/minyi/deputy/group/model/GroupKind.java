package org.minyi.deputy.group.model;

/** 代表小组 (a deputy is in exactly one) or 课题组 (thematic; any number). */
public enum GroupKind {
    DEPUTY_GROUP,
    TOPIC_GROUP
}
