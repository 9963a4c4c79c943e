#include "features/kit/fields.hpp"

#include <boost/json/parse.hpp>

namespace practica::features {

Fields FormFields(const http::Request& request) {
  Fields fields;
  for (auto& [key, value] : request.Form()) {
    if (key != "csrf_token") fields[key] = value;
  }
  return fields;
}

core::Result<Fields> JsonFields(const http::Request& request) {
  boost::system::error_code ec;
  auto body = boost::json::parse(request.body, ec);
  if (ec || !body.is_object()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Send a JSON object as the request body.",
                      {}, "body");
  }
  Fields fields;
  for (const auto& [key, value] : body.as_object()) {
    const std::string name(key);
    if (value.is_string()) fields[name] = std::string(value.as_string());
    if (value.is_int64()) fields[name] = std::to_string(value.as_int64());
    if (value.is_uint64()) fields[name] = std::to_string(value.as_uint64());
    if (value.is_bool()) fields[name] = value.as_bool() ? "yes" : "";
  }
  return fields;
}

std::string Get(const Fields& fields, const std::string& name) {
  const auto it = fields.find(name);
  return it == fields.end() ? std::string() : it->second;
}

bool Yes(const Fields& fields, const std::string& name) {
  const std::string value = Get(fields, name);
  return value == "yes" || value == "on" || value == "true" || value == "1";
}

}  // namespace practica::features
