package org.minyi.petition.model;

public enum PetitionState {
    RECEIVED, REGISTERED, ASSIGNED, TRANSFERRED, NOT_ACCEPTED, COMPLETED, ANSWERED, VISITED, ARCHIVED
}
