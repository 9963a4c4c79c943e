#include "app/api_description.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace practica::app {
namespace json = boost::json;

namespace {

// Adds the members of `from` to `into`; a name both have is a mistake in one of them.
core::Result<void> MergeMembers(json::object& into, const json::object& from, const std::string& part,
                                std::string_view what) {
  for (const auto& [name, value] : from) {
    if (into.contains(name)) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "The API description of " + part + " describes the " + std::string(what) +
                            " " + std::string(name) + " again; each belongs to one feature.");
    }
    into[name] = value;
  }
  return {};
}

}  // namespace

core::Result<std::string> AssembleApiDescription(
    const std::vector<std::pair<std::string, std::string>>& parts) {
  json::object document;
  for (const auto& [part, text] : parts) {
    boost::system::error_code ec;
    auto parsed = json::parse(text, ec);
    if (ec || !parsed.is_object()) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "The API description of " + part + " is not a JSON object (" + ec.message() + ").");
    }
    auto& object = parsed.as_object();
    if (document.empty()) {
      document = std::move(object);
      continue;
    }
    if (auto* paths = object.if_contains("paths"); paths != nullptr && paths->is_object()) {
      if (auto merged = MergeMembers(document["paths"].as_object(), paths->as_object(), part, "path"); !merged) {
        return std::unexpected(merged.error());
      }
    }
    const auto* components = object.if_contains("components");
    const auto* schemas = components != nullptr && components->is_object()
                              ? components->as_object().if_contains("schemas") : nullptr;
    if (schemas != nullptr && schemas->is_object()) {
      auto& into = document["components"].as_object()["schemas"].as_object();
      if (auto merged = MergeMembers(into, schemas->as_object(), part, "schema"); !merged) {
        return std::unexpected(merged.error());
      }
    }
  }
  return json::serialize(document);
}

}  // namespace practica::app
