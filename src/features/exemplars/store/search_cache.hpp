// The answers to recent library searches, kept by the server that computed them, so the same
// search (the same words, facets, order and page in a district) asked again costs one read of
// the library's stamp instead of finding and counting its hits again (at 50,000 exemplars, 3 to
// 5 ms of one core for "robot" in grades 3-5 at SAMR level M).
//
// Correct because an answer is only ever given back under the stamp it was computed under, and
// the stamp changes in the same transaction as anything a search can see (an exemplar published,
// retired or given a new version; see ExemplarsStore::IndexWords). The stamp lives in the
// database, so several servers each keep their own answers and none gives one out of date.
// What a hit shows (its title, school, summary) is read again on every request.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {

// What a search found, less what its hits show: the total, the facet counts and one page's ids.
struct SearchAnswer {
  std::int64_t total = 0;
  std::vector<FacetCount> facets;
  std::vector<std::int64_t> page_ids;
};

// The words, facets, order and page of a search in one district, as one key.
std::string SearchKey(std::int64_t district_id, const Search& search);

class SearchCache {
 public:
  // At most `capacity` answers; the least recently asked goes first. A broad search's answer
  // (every school a facet value) is tens of kilobytes, so 256 of them stay within a few MB.
  explicit SearchCache(std::size_t capacity = 256);

  // The answer kept for `key` if it was computed under `stamp`, else nothing.
  std::shared_ptr<const SearchAnswer> Get(const std::string& key, std::int64_t stamp);
  void Put(const std::string& key, std::int64_t stamp, std::shared_ptr<const SearchAnswer> answer);

 private:
  struct Entry {
    std::string key;
    std::int64_t stamp;
    std::shared_ptr<const SearchAnswer> answer;
  };
  std::size_t capacity_;
  std::mutex mutex_;
  std::list<Entry> recent_;  // most recently asked first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
};

}  // namespace practica::exemplars
