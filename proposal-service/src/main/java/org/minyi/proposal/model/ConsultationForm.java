package org.minyi.proposal.model;

/** How a consultation (面商) with the deputy was held. */
public enum ConsultationForm {
    FACE_TO_FACE, PHONE, SITE_VISIT
}
