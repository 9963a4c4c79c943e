// HTML from mustache templates. Routes hand over a JSON view model (the same shape the API
// returns); pages are wrapped in the site layout unless htmx asked for a fragment.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::http {

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

  const SiteInfo& site() const { return site_; }

 private:
  Views() = default;
  std::map<std::string, std::string, std::less<>> templates_;
  SiteInfo site_;
  unsigned generation_ = 0;  // tells apart the per-thread parse caches of several Views
};

}  // namespace practica::http
