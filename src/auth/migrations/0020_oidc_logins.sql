-- Sign-ins through the district's OpenID Connect provider that have started and not finished.
-- A row lives from the redirect to the provider until the provider sends the person back (it is
-- deleted then, so a state works once) or ten minutes pass. The state is kept only as its
-- SHA-256, so reading this table gives nobody a sign-in to complete.
CREATE TABLE oidc_logins (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  state_hash TEXT NOT NULL,
  nonce TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  return_to TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, state_hash)
);
CREATE INDEX oidc_logins_by_age ON oidc_logins (district_id, created_at);
