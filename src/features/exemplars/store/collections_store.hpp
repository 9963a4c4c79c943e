// Collections of one district: what staff curate and what everyone reads. Every read joins the
// items to published exemplars, so nothing the library hides shows through a collection.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "features/exemplars/domain/collection.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {

struct Collection {
  std::int64_t id = 0;
  std::string slug;
  std::string title;
  std::string description;
  bool illustrative = false;
  std::int64_t shown = 0;   // published exemplars in it
  std::int64_t hidden = 0;  // items no longer published (retired): staff are told
};

class CollectionsStore {
 public:
  CollectionsStore(db::Connection& connection, std::int64_t district_id) : db_(connection), district_id_(district_id) {}

  // Every collection, by title, with its counts.
  [[nodiscard]] core::Result<std::vector<Collection>> All();
  [[nodiscard]] core::Result<std::optional<Collection>> Find(std::string_view slug);
  // The published exemplars of the collection, in the order staff added them.
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> Items(std::int64_t collection_id);
  // The collections holding the exemplar (only asked of a published one).
  [[nodiscard]] core::Result<std::vector<Collection>> Holding(std::int64_t exemplar_id);

  // A new collection under a slug of its title not yet taken.
  [[nodiscard]] core::Result<Collection> Create(const CollectionText& text, std::int64_t by, std::int64_t now,
                                                bool illustrative = false);
  // False when the exemplar is in the collection already.
  [[nodiscard]] core::Result<bool> Add(std::int64_t collection_id, std::int64_t exemplar_id, std::int64_t by,
                                       std::int64_t now);
  // False when it was not in the collection.
  [[nodiscard]] core::Result<bool> Remove(std::int64_t collection_id, std::int64_t exemplar_id);

 private:
  [[nodiscard]] core::Result<std::vector<Collection>> Collections(const std::string& where, const db::Params& params);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::exemplars
