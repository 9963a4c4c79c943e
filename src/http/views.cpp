// The only translation unit that includes kainjow mustache: its templates are heavy to compile.
#include "http/views.hpp"

#include <kainjow/mustache.hpp>

#include <atomic>
#include <boost/json/serialize.hpp>
#include <memory>
#include <unordered_map>

namespace practica::http {
namespace {

namespace mustache = kainjow::mustache;
namespace json = boost::json;

std::atomic<unsigned> next_generation{1};

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
    // An empty string is false, as in JavaScript mustache, so {{#cds_code}} hides an empty field.
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

// Replaces each "{{> name}}" with that template's text, recursively (depth-limited).
core::Result<std::string> ExpandIncludes(
    const std::string& text, const std::map<std::string, std::string, std::less<>>& all,
    int depth) {
  if (depth > 8) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Templates include each other too deeply.");
  }
  std::string out;
  std::size_t pos = 0;
  for (;;) {
    const auto open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    const auto close = text.find("}}", open);
    if (close == std::string::npos) break;
    out.append(text, pos, open - pos);
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    const auto it = all.find(name);
    if (it == all.end()) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "A template includes \"" + name + "\", which does not exist.");
    }
    auto expanded = ExpandIncludes(it->second, all, depth + 1);
    if (!expanded) return expanded;
    out += *expanded;
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

}  // namespace

core::Result<Views> Views::Load(const std::vector<NamedText>& templates, SiteInfo site) {
  Views views;
  views.site_ = std::move(site);
  views.generation_ = next_generation++;
  std::map<std::string, std::string, std::less<>> raw;
  for (const auto& t : templates) raw[t.name] = t.text;
  for (const auto& [name, text] : raw) {
    auto expanded = ExpandIncludes(text, raw, 0);
    if (!expanded) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "Template " + name + ": " + expanded.error().message);
    }
    mustache::mustache parsed{*expanded};
    if (!parsed.is_valid()) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "Template " + name + " does not parse: " + parsed.error_message());
    }
    views.templates_[name] = std::move(*expanded);
  }
  return views;
}

core::Result<std::string> Views::Render(std::string_view name, const json::value& data) const {
  // kainjow's render is not const; each thread keeps its own parsed copy of each template.
  thread_local std::unordered_map<std::string, std::unique_ptr<mustache::mustache>> cache;
  std::string key = std::to_string(generation_) + ":" + std::string(name);
  auto it = cache.find(key);
  if (it == cache.end()) {
    const auto source = templates_.find(name);
    if (source == templates_.end()) {
      return core::Fail(core::ErrorCode::kNotFound, "No page template named " + std::string(name),
                        "missing template " + std::string(name));
    }
    it = cache.emplace(std::move(key), std::make_unique<mustache::mustache>(source->second)).first;
  }
  std::string out;
  out.reserve(16 * 1024);
  const mustache::data model = ToData(data);
  it->second->render(model, [&out](const std::string& piece) { out += piece; });
  if (!it->second->is_valid()) {
    return core::Fail(core::ErrorCode::kInternal, "The page could not be drawn.",
                      "template " + std::string(name) + ": " + it->second->error_message());
  }
  return out;
}

Response Views::Page(const Request& request, std::string_view name, std::string_view title,
                     json::object data, std::string_view nav, int status) const {
  auto body = Render(name, data);
  if (!body) {
    return HtmlResponse("<!doctype html><title>Error</title><p>" + body.error().message +
                            " (request " + request.request_id + ")</p>",
                        500);
  }
  if (request.IsHtmx()) return HtmlResponse(std::move(*body), status);
  json::object layout;
  layout["title"] = title;
  layout["body"] = std::move(*body);
  layout["district_name"] = site_.district_name;
  layout["css_url"] = site_.css_url;
  layout["js_url"] = site_.js_url;
  layout["htmx_url"] = site_.htmx_url;
  if (!nav.empty()) layout[std::string("nav_") + std::string(nav)] = true;
  if (request.principal) {
    layout["signed_in"] = json::object{{"name", request.principal->display_name},
                                       {"csrf_token", request.principal->csrf_token}};
  }
  auto page = Render("layout", layout);
  if (!page) return HtmlResponse(page.error().message, 500);
  return HtmlResponse(std::move(*page), status);
}

}  // namespace practica::http
