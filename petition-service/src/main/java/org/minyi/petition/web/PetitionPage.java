package org.minyi.petition.web;

import java.util.List;

/** One page of petitions: {@code {items[], page, size, total}}. */
public record PetitionPage(List<PetitionSummary> items, int page, int size, long total) {
}
