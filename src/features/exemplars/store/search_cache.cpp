#include "features/exemplars/store/search_cache.hpp"

namespace practica::exemplars {

std::string SearchKey(std::int64_t district_id, const Search& search) {
  // Unit and record separators cannot occur in a term (letters and digits) or a facet code.
  std::string key = std::to_string(district_id) + '\x1e' + std::to_string(static_cast<int>(search.sort)) + '\x1e' +
                    std::to_string(search.page) + '\x1e';
  for (const auto& term : search.terms) key += term + '\x1f';
  key += '\x1e';
  for (const auto& [kind, code] : search.facets) key += kind + '=' + code + '\x1f';
  return key;
}

SearchCache::SearchCache(std::size_t capacity) : capacity_(capacity) {}

std::shared_ptr<const SearchAnswer> SearchCache::Get(const std::string& key, std::int64_t stamp) {
  std::lock_guard lock(mutex_);
  const auto it = by_key_.find(key);
  if (it == by_key_.end() || it->second->stamp != stamp) return nullptr;
  recent_.splice(recent_.begin(), recent_, it->second);
  return it->second->answer;
}

void SearchCache::Put(const std::string& key, std::int64_t stamp, std::shared_ptr<const SearchAnswer> answer) {
  if (capacity_ == 0) return;
  std::lock_guard lock(mutex_);
  if (const auto it = by_key_.find(key); it != by_key_.end()) {
    it->second->stamp = stamp;
    it->second->answer = std::move(answer);
    recent_.splice(recent_.begin(), recent_, it->second);
    return;
  }
  recent_.push_front(Entry{key, stamp, std::move(answer)});
  by_key_.emplace(key, recent_.begin());
  if (recent_.size() > capacity_) {
    by_key_.erase(recent_.back().key);
    recent_.pop_back();
  }
}

}  // namespace practica::exemplars
