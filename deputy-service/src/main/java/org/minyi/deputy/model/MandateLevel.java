package org.minyi.deputy.model;

/** The level of the congress a mandate belongs to (乡镇 / 县 / 市 / 省 / 全国人大). */
public enum MandateLevel {
    TOWNSHIP,
    COUNTY,
    CITY,
    PROVINCE,
    NATIONAL
}
