package org.minyi.deputy.web;

import java.util.List;

/** One page of the roster: {@code {items[], page, size, total}}. */
public record DeputyPage(List<DeputyResponse> items, int page, int size, long total) {
}
