-- Each district's library stamp: changed in the same transaction as anything a library search
-- can see (an exemplar published, retired or replaced by its next version), so a server may give
-- back an answer it computed earlier exactly while the stamp is the one it computed it under
-- (features/exemplars/store/search_cache.hpp). No row: nothing published since this table came.
CREATE TABLE exemplar_library_stamps (
  district_id BIGINT NOT NULL PRIMARY KEY,
  stamp BIGINT NOT NULL
);
