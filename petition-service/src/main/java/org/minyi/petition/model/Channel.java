package org.minyi.petition.model;

/** How a petition came in (来信, 来访, 专线电话, 网上信访, 代表转交). */
public enum Channel {
    LETTER, VISIT, PHONE, EMAIL, ONLINE, DEPUTY_REFERRAL
}
