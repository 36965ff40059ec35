-- County-wide (or province-wide) reports select a cohort by entry date across every township.
CREATE INDEX petition_fact_received_on ON petition_fact (received_on);
CREATE INDEX proposal_fact_submitted_on ON proposal_fact (submitted_on);
