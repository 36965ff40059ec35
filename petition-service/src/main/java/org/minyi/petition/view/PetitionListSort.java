package org.minyi.petition.view;

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

    public String parameter() {
        return parameter;
    }

    /** The SQL order of {@code petition_view}. */
    String orderBy() {
        return orderBy;
    }
}
