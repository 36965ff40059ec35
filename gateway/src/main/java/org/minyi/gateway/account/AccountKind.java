package org.minyi.gateway.account;

/** How an account authenticates. */
public enum AccountKind {
    /** A person: logs in interactively with a password (the dashboard's authorization-code flow). */
    PERSON,
    /** A machine or script: OAuth2 client credentials, its username is the client id. */
    CLIENT
}
