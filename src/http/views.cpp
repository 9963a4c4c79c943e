// Pages from mustache templates compiled once at load (http/mustache_template.hpp), drawn
// straight from the route's view model into the response's one buffer.
#include "http/views.hpp"

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "http/mustache_render.hpp"
#include "http/mustache_template.hpp"
#include "http/views_observer.hpp"

namespace practica::http {
namespace {

namespace json = boost::json;

std::atomic<unsigned> next_generation{1};
std::atomic<RenderObserver> observer{nullptr};

struct Compiled {
  std::map<std::string, mustache::Template, std::less<>> templates;
  const mustache::Template* Find(std::string_view name) const {
    const auto it = templates.find(name);
    return it == templates.end() ? nullptr : &it->second;
  }
};

// Compiled templates by Views generation. They live here rather than in Views so that
// views.hpp, which every feature includes, keeps its layout; a process loads its Views once
// (a test a few times), so the few that are kept are small.
std::mutex registry_mutex;
std::unordered_map<unsigned, std::shared_ptr<const Compiled>>& Registry() {
  static std::unordered_map<unsigned, std::shared_ptr<const Compiled>> registry;
  return registry;
}

const Compiled& CompiledFor(unsigned generation) {
  thread_local unsigned cached_generation = 0;
  thread_local std::shared_ptr<const Compiled> cached;
  if (cached_generation != generation) {
    std::lock_guard lock(registry_mutex);
    cached = Registry().at(generation);
    cached_generation = generation;
  }
  return *cached;
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

core::Error MissingTemplate(std::string_view name) {
  return core::Error{core::ErrorCode::kNotFound, "No page template named " + std::string(name),
                     "missing template " + std::string(name), {}};
}

std::string_view Source(const std::map<std::string, std::string, std::less<>>& sources,
                        std::string_view name) {
  const auto it = sources.find(name);
  return it == sources.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace

void SetRenderObserver(RenderObserver observe) { observer.store(observe); }

core::Result<Views> Views::Load(const std::vector<NamedText>& templates, SiteInfo site) {
  Views views;
  views.site_ = std::move(site);
  views.generation_ = next_generation++;
  auto compiled = std::make_shared<Compiled>();
  std::map<std::string, std::string, std::less<>> raw;
  for (const auto& t : templates) raw[t.name] = t.text;
  for (const auto& [name, text] : raw) {
    auto expanded = ExpandIncludes(text, raw, 0);
    if (!expanded) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "Template " + name + ": " + expanded.error().message);
    }
    auto parsed = mustache::Compile(*expanded);
    if (!parsed) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "Template " + name + " does not parse: " + parsed.error().message);
    }
    compiled->templates.emplace(name, std::move(*parsed));
    views.templates_[name] = std::move(*expanded);
  }
  std::lock_guard lock(registry_mutex);
  Registry().emplace(views.generation_, std::move(compiled));
  return views;
}

core::Result<std::string> Views::Render(std::string_view name, const json::value& data) const {
  const auto* tmpl = CompiledFor(generation_).Find(name);
  if (tmpl == nullptr) return core::Fail(MissingTemplate(name));
  std::string out;
  out.reserve(16 * 1024);
  mustache::Render(*tmpl, data, out);
  if (auto* observe = observer.load(std::memory_order_relaxed)) {
    observe(name, Source(templates_, name), data, out);
  }
  return out;
}

Response Views::Page(const Request& request, std::string_view name, std::string_view title,
                     json::object data, std::string_view nav, int status) const {
  const json::value model(std::move(data));  // moves the object's storage, copies nothing
  const auto* page = CompiledFor(generation_).Find(name);
  return Framed(
      request, name, title, [&](std::string& into) { if (page) mustache::Render(*page, model, into); },
      [&] { return model; }, nav, status);
}

Response Views::Page(const Request& request, std::string_view name, std::string_view title,
                     const mustache::View& data, const JsonTwin& twin, std::string_view nav,
                     int status) const {
  const auto* page = CompiledFor(generation_).Find(name);
  return Framed(
      request, name, title, [&](std::string& into) { if (page) mustache::Render(*page, data, into); },
      twin, nav, status);
}

Response Views::Framed(const Request& request, std::string_view name, std::string_view title,
                       const std::function<void(std::string&)>& draw,
                       const std::function<json::value()>& model, std::string_view nav, int status) const {
  const auto& compiled = CompiledFor(generation_);
  if (compiled.Find(name) == nullptr) {
    return HtmlResponse("<!doctype html><title>Error</title><p>" + MissingTemplate(name).message +
                            " (request " + request.request_id + ")</p>",
                        500);
  }
  std::string out;
  out.reserve(16 * 1024);
  const auto observe = observer.load(std::memory_order_relaxed);
  if (request.IsHtmx()) {
    draw(out);
    if (observe) observe(name, Source(templates_, name), model(), out);
    return HtmlResponse(std::move(out), status);
  }
  const auto* layout_template = compiled.Find("layout");
  if (layout_template == nullptr) return HtmlResponse(MissingTemplate("layout").message, 500);
  json::object layout;
  layout["title"] = title;
  layout["district_name"] = site_.district_name;
  layout["css_url"] = site_.css_url;
  layout["js_url"] = site_.js_url;
  layout["htmx_url"] = site_.htmx_url;
  if (!nav.empty()) layout[std::string("nav_") + std::string(nav)] = true;
  if (request.principal) {
    layout["signed_in"] = json::object{{"name", request.principal->display_name},
                                       {"csrf_token", request.principal->csrf_token}};
  }
  // The layout's head, the page's body in place of {{{body}}}, the layout's tail: one buffer.
  std::size_t body_start = 0;
  std::size_t body_end = 0;
  const std::function<void(std::string&)> body = [&](std::string& into) {
    body_start = into.size();
    draw(into);
    body_end = into.size();
  };
  json::value layout_model(std::move(layout));
  mustache::RenderAround(*layout_template, layout_model, "body", body, out);
  if (observe) {
    const std::string_view html(out.data() + body_start, body_end - body_start);
    observe(name, Source(templates_, name), model(), html);
    layout_model.get_object()["body"] = html;
    observe("layout", Source(templates_, "layout"), layout_model, out);
  }
  return HtmlResponse(std::move(out), status);
}

}  // namespace practica::http
