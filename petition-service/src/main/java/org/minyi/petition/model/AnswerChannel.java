package org.minyi.petition.model;

/** How the petitioner was answered (答复/反馈/告知). */
public enum AnswerChannel {
    /** 书面答复 */
    WRITTEN,
    /** 电话 */
    PHONE,
    /** 当面 */
    IN_PERSON,
    /** 网上信访平台 */
    ONLINE
}
