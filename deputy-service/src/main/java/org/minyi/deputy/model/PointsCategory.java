package org.minyi.deputy.model;

/** The four categories of the 100-point scale (docs/domain.md §3): 遵纪守法, 会议期间, 闭会期间, 其他. */
public enum PointsCategory {
    DISCIPLINE,
    SESSION,
    INTERSESSION,
    OTHER
}
