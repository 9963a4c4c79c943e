// Input as text, from a form or a JSON body, so a feature's pages and its API share one change.
#pragma once

#include <map>
#include <string>

#include "core/error.hpp"
#include "http/request.hpp"

namespace practica::features {

using Fields = std::map<std::string, std::string>;

// The fields of an application/x-www-form-urlencoded body, the CSRF token left out. A name sent
// more than once keeps its last value; FormList reads every value of one name.
Fields FormFields(const http::Request& request);
// Members of a JSON object: strings as they are, numbers in decimal, true as "yes", false as "".
// kInvalidInput (field "body") when the body is not a JSON object.
[[nodiscard]] core::Result<Fields> JsonFields(const http::Request& request);

std::string Get(const Fields& fields, const std::string& name);
// A checkbox or JSON boolean: "yes", "on", "true" and "1" are yes.
bool Yes(const Fields& fields, const std::string& name);

}  // namespace practica::features
