// The names and addresses of the schools and local districts a person's roles point at.
#pragma once

#include <vector>

#include "db/connection.hpp"
#include "features/accounts/domain/home.hpp"

namespace practica::accounts {

class AddressesStore {
 public:
  AddressesStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::vector<SchoolAddress>> Schools(const std::vector<std::int64_t>& ids);
  // "" when there is no such local district.
  [[nodiscard]] core::Result<std::string> LocalDistrictSlug(std::int64_t id);
  // The newest cohort's short address, or "".
  [[nodiscard]] core::Result<std::string> NewestCohortSlug();

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::accounts
