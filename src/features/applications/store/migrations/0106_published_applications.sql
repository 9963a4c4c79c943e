-- What the applications room publishes for other rooms to read: the agreement's versions, so
-- what a school signed stays readable from its participation.
CREATE VIEW published_agreement_versions AS
  SELECT district_id, cohort_id, version, title, text, published_at, published_by
  FROM agreement_versions;
