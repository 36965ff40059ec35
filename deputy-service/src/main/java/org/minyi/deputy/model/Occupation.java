package org.minyi.deputy.model;

/** Occupation category (代表构成): the categories in which a congress's composition is reported. */
public enum Occupation {
    /** 工人 */
    WORKER,
    /** 农民 */
    FARMER,
    /** 专业技术人员 */
    PROFESSIONAL,
    /** 党政干部 */
    CADRE,
    /** 企业负责人 */
    BUSINESS_MANAGER,
    /** 其他 */
    OTHER
}
