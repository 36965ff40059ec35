package org.minyi.proposal.model;

/**
 * Subject category of a proposal. docs/domain.md is silent on the list; our decision, after the usual
 * groupings of county congress offices' yearly reports: economy, urban and rural construction,
 * agriculture and villages, education/science/culture/health, social security, environment,
 * law and governance, other.
 */
public enum ProposalCategory {
    ECONOMY, URBAN_RURAL_CONSTRUCTION, AGRICULTURE, EDUCATION_SCIENCE_CULTURE_HEALTH, SOCIAL_SECURITY,
    ENVIRONMENT, LAW_AND_GOVERNANCE, OTHER
}
