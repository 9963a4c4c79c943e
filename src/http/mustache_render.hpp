// Draws a compiled template straight from a JSON view model into one output string. What the
// pages were drawn with before (kainjow mustache over the model converted to its data) is kept
// exactly: an empty string, null, false and an empty list are false, numbers are text (0 is
// true), & < > " ' are escaped, and a line holding only section tags and blanks is dropped.
#pragma once

#include <boost/json/value.hpp>

#include <functional>
#include <string>
#include <string_view>

#include "http/mustache_template.hpp"
#include "http/mustache_view.hpp"

namespace practica::http::mustache {

// Appends the template drawn over `model` to `out`.
void Render(const Template& tmpl, const boost::json::value& model, std::string& out);
// The same over a view written in C++ (mustache_view.hpp), whose values may be JSON too.
void Render(const Template& tmpl, const View& model, std::string& out);

// As Render, but `{{{hole}}}` is written by `fill`, in place: the page's body goes straight
// into the layout's buffer between its head and its tail.
void RenderAround(const Template& tmpl, const boost::json::value& model, std::string_view hole,
                  const std::function<void(std::string&)>& fill, std::string& out);

// HTML escaping, as kainjow mustache did it: & < > " and '.
void AppendEscaped(std::string_view text, std::string& out);

}  // namespace practica::http::mustache
