package org.minyi.petition.petition;

public enum PetitionState {
    RECEIVED, REGISTERED, ASSIGNED, TRANSFERRED, NOT_ACCEPTED, COMPLETED, ANSWERED, VISITED, ARCHIVED
}
