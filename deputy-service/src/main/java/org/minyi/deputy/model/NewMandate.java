package org.minyi.deputy.model;

import java.time.LocalDate;

/**
 * A mandate as it is given when it starts: the level, the congress it belongs to (the township or
 * county division code of that congress), the term number (届) and the date of election.
 */
public record NewMandate(MandateLevel level, String congressCode, Integer term, LocalDate electedOn) {
}
