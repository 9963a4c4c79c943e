// For tests that compare renderers: sees each template Views draws, with its model and output.
// Unset (the default) it costs one atomic load per page.
#pragma once

#include <boost/json/value.hpp>

#include <string_view>

namespace practica::http {

// `source` is the template's text with its includes expanded; `model` for "layout" holds the
// page's HTML as "body", as the template reads it.
using RenderObserver = void (*)(std::string_view name, std::string_view source,
                                const boost::json::value& model, std::string_view html);

void SetRenderObserver(RenderObserver observer);

}  // namespace practica::http
