#include "features/exemplars/store/collections_store.hpp"

#include "features/exemplars/store/exemplar_lines.hpp"

namespace practica::exemplars {

#define EXEMPLARS_TRY(expr)                          \
  if (auto exemplars_try = (expr); !exemplars_try) { \
    return std::unexpected(exemplars_try.error());   \
  }

core::Result<std::vector<Collection>> CollectionsStore::Collections(const std::string& where, const db::Params& params) {
  std::vector<Collection> collections;
  // Counts in one grouped pass over the items, not one query per collection.
  EXEMPLARS_TRY(db_.Execute(
      "SELECT c.id, c.slug, c.title, c.description, c.illustrative,"
      " COALESCE(SUM(CASE WHEN e.status = 'published' THEN 1 ELSE 0 END), 0),"
      " COALESCE(SUM(CASE WHEN e.status <> 'published' THEN 1 ELSE 0 END), 0)"
      " FROM exemplar_collections c"
      " LEFT JOIN exemplar_collection_items i ON i.district_id = c.district_id AND i.collection_id = c.id"
      " LEFT JOIN exemplars e ON e.district_id = i.district_id AND e.id = i.exemplar_id"
      " WHERE c.district_id = $1" + where +
          " GROUP BY c.id, c.slug, c.title, c.description, c.illustrative ORDER BY c.title, c.id",
      params, [&](const db::Row& row) {
        collections.push_back(Collection{row.Int(0), row.String(1), row.String(2), row.String(3), row.Int(4) != 0,
                                         row.Int(5), row.Int(6)});
      }));
  return collections;
}

core::Result<std::vector<Collection>> CollectionsStore::All() { return Collections("", {district_id_}); }

core::Result<std::optional<Collection>> CollectionsStore::Find(std::string_view slug) {
  auto found = Collections(" AND c.slug = $2", {district_id_, std::string(slug)});
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<Collection>{};
  return std::optional<Collection>{found->front()};
}

core::Result<std::vector<ExemplarLine>> CollectionsStore::Items(std::int64_t collection_id) {
  std::vector<ExemplarLine> lines;
  EXEMPLARS_TRY(db_.Execute(std::string(kLineColumns) +
                                " JOIN exemplar_collection_items i ON i.district_id = e.district_id AND i.exemplar_id = e.id"
                                " WHERE e.district_id = $1 AND i.collection_id = $2 AND e.status = 'published'"
                                " ORDER BY i.position, e.id",
                            {district_id_, collection_id}, [&](const db::Row& row) { lines.push_back(ReadLine(row)); }));
  return lines;
}

core::Result<std::vector<Collection>> CollectionsStore::Holding(std::int64_t exemplar_id) {
  return Collections(" AND c.id IN (SELECT collection_id FROM exemplar_collection_items WHERE district_id = $1"
                     " AND exemplar_id = $2)",
                     {district_id_, exemplar_id});
}

core::Result<Collection> CollectionsStore::Create(const CollectionText& text, std::int64_t by, std::int64_t now,
                                                  bool illustrative) {
  const std::string base = CollectionSlug(text.title);
  std::string slug = base;
  for (int n = 2;; ++n) {
    auto taken = db_.QueryInt("SELECT 1 FROM exemplar_collections WHERE district_id = $1 AND slug = $2",
                              {district_id_, slug});
    if (!taken) return std::unexpected(taken.error());
    if (!taken->has_value()) break;
    slug = base + "-" + std::to_string(n);
  }
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  EXEMPLARS_TRY(db_.Exec("INSERT INTO exemplar_collections (district_id, id, slug, title, description, illustrative,"
                         " created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                         {district_id_, *id, slug, text.title, text.description, std::int64_t{illustrative ? 1 : 0}, by,
                          now}));
  return Collection{*id, slug, text.title, text.description, illustrative, 0, 0};
}

core::Result<bool> CollectionsStore::Add(std::int64_t collection_id, std::int64_t exemplar_id, std::int64_t by,
                                         std::int64_t now) {
  auto added = db_.Exec(
      "INSERT INTO exemplar_collection_items (district_id, collection_id, exemplar_id, position, added_by, added_at)"
      " SELECT $1, $2, $3, COALESCE(MAX(position), 0) + 1, $4, $5 FROM exemplar_collection_items"
      " WHERE district_id = $1 AND collection_id = $2 ON CONFLICT DO NOTHING",
      {district_id_, collection_id, exemplar_id, by, now});
  if (!added) return std::unexpected(added.error());
  if (*added == 0) return false;
  EXEMPLARS_TRY(db_.Exec("UPDATE exemplar_collections SET updated_at = $3 WHERE district_id = $1 AND id = $2",
                         {district_id_, collection_id, now}));
  return true;
}

core::Result<bool> CollectionsStore::Remove(std::int64_t collection_id, std::int64_t exemplar_id) {
  auto removed = db_.Exec("DELETE FROM exemplar_collection_items WHERE district_id = $1 AND collection_id = $2"
                          " AND exemplar_id = $3",
                          {district_id_, collection_id, exemplar_id});
  if (!removed) return std::unexpected(removed.error());
  return *removed > 0;
}

}  // namespace practica::exemplars
