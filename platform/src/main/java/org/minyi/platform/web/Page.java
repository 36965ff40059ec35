package org.minyi.platform.web;

import org.minyi.platform.model.RuleViolation;

import java.util.List;

/** One page of a list (API.md): {@code {items[], page, size, total}}, page from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    /** 400 naming the parameter unless page ≥ 0 and 1 ≤ size ≤ 100. */
    public static void checkRequest(int page, int size) {
        if (page < 0) {
            throw new RuleViolation("page", "页码从 0 开始", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("size", "每页条数为 1 到 100", "size is 1 to 100");
        }
    }
}
