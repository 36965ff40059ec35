package org.minyi.petition.model;

/** What a petition is about (docs/domain.md §5), set when it is registered. */
public enum Category {
    /** 土地及土地流转 */
    LAND,
    /** 征地拆迁及补偿 */
    DEMOLITION,
    /** 劳动和欠薪 */
    LABOUR,
    /** 环境保护 */
    ENVIRONMENT,
    /** 涉法涉诉 */
    LAW_AND_LITIGATION,
    /** 社会保障 */
    SOCIAL_SECURITY,
    /** 村务 */
    VILLAGE_AFFAIRS,
    /** 其他 */
    OTHER
}
