// A published exemplar's next version as it is stored: the whole package as one JSON text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/exemplars/domain/exemplar.hpp"

namespace practica::exemplars {

std::string PackageJson(const Package& package);
// The package of the text, or nullopt when it is not one (it was never written by PackageJson).
std::optional<Package> ParsePackageJson(std::string_view text);

// The exemplar's next version, or nullopt when it has none.
[[nodiscard]] core::Result<std::optional<Package>> NextPackage(db::Connection& db, std::int64_t district_id,
                                                               std::int64_t exemplar_id);

}  // namespace practica::exemplars
