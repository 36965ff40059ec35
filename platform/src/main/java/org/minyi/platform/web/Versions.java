package org.minyi.platform.web;

import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP (API.md): every item carries {@code version}, sent as a strong
 * {@code ETag}; a step may send {@code If-Match} and is refused with 412 when the item has moved on.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Accepts {@code 3}, {@code "3"} and {@code W/"3"}; no header means no check. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        if (!expected.equals(String.valueOf(currentVersion))) {
            throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                    new ApiProblem.Message("数据已被修改", "Stale version"),
                    new ApiProblem.Message("此记录已被他人修改（当前版本 " + currentVersion + "），请刷新后重试。",
                            "The item has changed since version " + expected + " (now " + currentVersion + "); reload and retry."))
                    .with("currentVersion", currentVersion);
        }
    }
}
