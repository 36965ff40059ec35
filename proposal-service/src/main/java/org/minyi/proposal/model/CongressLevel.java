package org.minyi.proposal.model;

import org.minyi.platform.model.RuleViolation;

/** The congress a proposal is submitted to: a township congress (9-digit code) or the county congress (6 digits). */
public enum CongressLevel {
    TOWNSHIP, COUNTY;

    /** The level of a congress code, or a 400 naming {@code field} when the code is neither form. */
    public static CongressLevel of(String field, String congressCode) {
        if (congressCode != null && congressCode.matches("\\d{9}")) {
            return TOWNSHIP;
        }
        if (congressCode != null && congressCode.matches("\\d{6}")) {
            return COUNTY;
        }
        throw new RuleViolation(field, "人大代码应为9位乡镇代码或6位县代码",
                "the congress code is a 9-digit township code or the 6-digit county code");
    }
}
