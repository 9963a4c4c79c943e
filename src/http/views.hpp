// HTML from mustache templates. Routes hand over a JSON view model (the same shape the API
// returns); pages are wrapped in the site layout unless htmx asked for a fragment.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::http {

namespace mustache {
class View;
}

struct NamedText {
  std::string name;  // "cohorts/cohort" for src/features/cohorts/templates/cohort.mustache
  std::string text;
};

struct SiteInfo {
  std::string district_name;  // "Los Angeles Unified School District"
  std::string css_url;        // "/static/app.css?v=<hash>"
  std::string js_url;
  std::string htmx_url;
};

class Views {
 public:
  // Expands "{{> name}}" includes once, here. kInvalidInput naming the template when one does
  // not parse or includes a template that does not exist.
  [[nodiscard]] static core::Result<Views> Load(const std::vector<NamedText>& templates,
                                                SiteInfo site);

  // kNotFound for an unknown template name; kInternal when rendering fails.
  [[nodiscard]] core::Result<std::string> Render(std::string_view name,
                                                 const boost::json::value& data) const;

  // The template inside "layout" (title, main landmark, navigation), or the bare template
  // for an htmx request. `nav` names the current section for aria-current.
  Response Page(const Request& request, std::string_view name, std::string_view title,
                boost::json::object data, std::string_view nav = {}, int status = 200) const;

  // As Page, drawn from a view written in C++ (a page whose rows cost more as JSON than its
  // statements do). `twin` gives the same model as JSON; it is called only when a test watches
  // the drawing (views_observer.hpp), to compare the two.
  using JsonTwin = std::function<boost::json::value()>;
  Response Page(const Request& request, std::string_view name, std::string_view title,
                const mustache::View& data, const JsonTwin& twin, std::string_view nav = {},
                int status = 200) const;

  const SiteInfo& site() const { return site_; }

 private:
  Views() = default;
  // The layout around a body drawn by `draw`, or the body alone for htmx; `model` is the
  // body's model as JSON for the observer, asked only when one watches.
  Response Framed(const Request& request, std::string_view name, std::string_view title,
                  const std::function<void(std::string&)>& draw,
                  const std::function<boost::json::value()>& model, std::string_view nav,
                  int status) const;
  std::map<std::string, std::string, std::less<>> templates_;
  SiteInfo site_;
  unsigned generation_ = 0;  // tells apart the per-thread parse caches of several Views
};

}  // namespace practica::http
