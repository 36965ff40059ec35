package org.minyi.petition.petition;

import org.minyi.platform.model.RuleViolation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders of a petition list ({@code sort}): by the deadline of the step each petition waits for (petitions
 * with nothing pending last, both ways) or by the receipt date; ties by id, so that pages do not overlap.
 * Without {@code sort}: latest received first, as before.
 */
public enum PetitionListSort {

    DEADLINE("deadline", "deadline ASC NULLS LAST, id"),
    DEADLINE_DESC("-deadline", "deadline DESC NULLS LAST, id"),
    RECEIVED_ON("receivedOn", "received_on ASC, id"),
    RECEIVED_ON_DESC("-receivedOn", "received_on DESC, id");

    public static final PetitionListSort DEFAULT = RECEIVED_ON_DESC;

    private final String parameter;
    private final String orderBy;

    PetitionListSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    /** The {@code sort} parameter: absent is the default order; anything but the four values is 400 naming it. */
    public static PetitionListSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value.strip())).findFirst().orElseThrow(() -> {
            String allowed = Arrays.stream(values()).map(s -> s.parameter).collect(Collectors.joining(", "));
            return new RuleViolation("sort", "排序方式只能是 " + allowed.replace(", ", "、"),
                    "sort is one of " + allowed);
        });
    }

    public String parameter() {
        return parameter;
    }

    /** The SQL order of {@code petition_view}. */
    String orderBy() {
        return orderBy;
    }
}
