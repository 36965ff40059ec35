package org.minyi.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

/** What an unexpected error leaves behind: a correlation id, and a log line with no personal data in it. */
final class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    /** PostgreSQL's "invalid byte sequence" and "untranslatable character": text it cannot store. */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

    private static final int FRAMES = 12;

    private UnexpectedErrors() {
    }

    static boolean isUnstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logs the chain of exception types with the frames where each arose, not their messages: a message
     * may quote the request (a database error quotes the row). Returns the correlation id.
     */
    static String log(Throwable e) {
        String correlationId = UUID.randomUUID().toString();
        StringBuilder trace = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            trace.append(t == e ? "" : "\ncaused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                trace.append("\n\tat ").append(frames[i]);
            }
        }
        log.error("Unexpected error, correlation id {}: {}", correlationId, trace);
        return correlationId;
    }
}
