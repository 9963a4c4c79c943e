#include "http/kainjow_reference.hpp"

#include <kainjow/mustache.hpp>

#include <boost/json/serialize.hpp>

namespace practica::testing {
namespace {

namespace mustache = kainjow::mustache;
namespace json = boost::json;

// The conversion Views used, unchanged.
mustache::data ToData(const json::value& value) {
  switch (value.kind()) {
    case json::kind::object: {
      mustache::data object{mustache::data::type::object};
      for (const auto& [key, item] : value.get_object()) {
        object.set(std::string(key), ToData(item));
      }
      return object;
    }
    case json::kind::array: {
      mustache::data list{mustache::data::type::list};
      for (const auto& item : value.get_array()) list.push_back(ToData(item));
      return list;
    }
    case json::kind::string:
      if (value.get_string().empty()) return mustache::data{false};
      return mustache::data{std::string(value.get_string())};
    case json::kind::bool_: return mustache::data{value.get_bool()};
    case json::kind::int64: return mustache::data{std::to_string(value.get_int64())};
    case json::kind::uint64: return mustache::data{std::to_string(value.get_uint64())};
    case json::kind::double_: return mustache::data{json::serialize(value)};
    case json::kind::null: return mustache::data{false};
  }
  return mustache::data{false};
}

}  // namespace

std::optional<std::string> KainjowRender(std::string_view tmpl, const json::value& model) {
  mustache::mustache parsed{std::string(tmpl)};
  if (!parsed.is_valid()) return std::nullopt;
  std::string out;
  const mustache::data data = ToData(model);
  parsed.render(data, [&out](const std::string& piece) { out += piece; });
  if (!parsed.is_valid()) return std::nullopt;
  return out;
}

}  // namespace practica::testing
