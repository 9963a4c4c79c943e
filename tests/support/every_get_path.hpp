// Every GET route of the application as a path to request, its holes filled with one record's
// id and one school: what the privacy tests walk to show no route gives a record away.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "http/router.hpp"

namespace practica::testing {

// {id} becomes `id`; {slug} the school under /schools/{slug}, else `cohort`; {school} the
// school; the other holes a harmless value.
inline std::vector<std::string> EveryGetPath(const http::Router& router, const std::string& id,
                                             const std::string& school, const std::string& cohort = "ps-3-0") {
  std::vector<std::string> paths;
  for (const auto& route : router.routes()) {
    if (route.method != http::Method::kGet) continue;
    std::string path = route.pattern;
    const bool school_slug = route.pattern.find("/schools/{slug}") != std::string::npos;
    for (const auto& [hole, value] : std::vector<std::pair<std::string, std::string>>{
             {"{id}", id}, {"{slug}", school_slug ? school : cohort}, {"{school}", school}, {"{grant}", "1"},
             {"{token}", "x"}, {"{name}", "app.css"}, {"{number}", "1"}, {"{day}", "1"}}) {
      for (auto at = path.find(hole); at != std::string::npos; at = path.find(hole)) path.replace(at, hole.size(), value);
    }
    paths.push_back(std::move(path));
  }
  return paths;
}

}  // namespace practica::testing
