// The only translation unit that includes valijson: its templates are heavy to compile.
#include "app/request_schemas.hpp"

#include <boost/json.hpp>
#include <valijson/adapters/boost_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "core/text.hpp"
#include "http/error_response.hpp"
#include "http/multipart.hpp"

namespace practica::app {
namespace json = boost::json;

struct RequestSchemas::Operation {
  json::value root;  // the schema, with the description's components beside it for $ref
  valijson::Schema schema;
  bool required = false;
  bool takes_multipart = false;  // also documents a multipart/form-data body (an upload)
};

namespace {

// Formats, patterns, enums and bounds stay with the domain rules, whose messages explain them
// ("… is not a date; write it as YYYY-MM-DD"); the schema check is about shape and type.
void KeepShapeOnly(json::value& node) {
  if (!node.is_object()) return;
  auto& schema = node.as_object();
  for (const auto* keyword : {"format", "pattern", "enum", "minimum", "maximum", "exclusiveMinimum",
                              "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems",
                              "example", "examples"}) {
    schema.erase(keyword);
  }
  if (auto* properties = schema.if_contains("properties"); properties && properties->is_object()) {
    for (auto& [name, property] : properties->as_object()) KeepShapeOnly(property);
  }
  for (const auto* single : {"items", "additionalProperties", "not"}) {
    if (auto* sub = schema.if_contains(single)) KeepShapeOnly(*sub);
  }
  for (const auto* list : {"allOf", "anyOf", "oneOf", "prefixItems"}) {
    if (auto* subs = schema.if_contains(list); subs && subs->is_array()) {
      for (auto& sub : subs->as_array()) KeepShapeOnly(sub);
    }
  }
}

std::optional<http::Method> MethodOf(std::string_view name) {
  if (name == "post") return http::Method::kPost;
  if (name == "put") return http::Method::kPut;
  if (name == "patch") return http::Method::kPatch;
  if (name == "delete") return http::Method::kDelete;
  return std::nullopt;
}

const json::value* Resolve(const json::value& root, const json::value* node) {
  for (int hops = 0; node != nullptr && node->is_object() && hops < 16; ++hops) {
    const auto* ref = node->as_object().if_contains("$ref");
    if (ref == nullptr || !ref->is_string()) return node;
    std::string_view pointer = ref->as_string();
    if (!pointer.starts_with("#")) return nullptr;
    boost::system::error_code ec;
    node = root.find_pointer(pointer.substr(1), ec);
  }
  return node;
}

// What the schema says the value at `path` must be: "text", "a whole number", … for messages.
std::string Expected(const json::value& root, const std::vector<std::string>& path) {
  const json::value* node = Resolve(root, &root);
  for (const auto& segment : path) {
    if (node == nullptr || !node->is_object()) return {};
    const auto& schema = node->as_object();
    const json::value* next = nullptr;
    if (const auto* properties = schema.if_contains("properties"); properties && properties->is_object()) {
      next = properties->as_object().if_contains(segment);
    }
    if (next == nullptr) next = schema.if_contains("items");
    node = Resolve(root, next);
  }
  const auto* type = node != nullptr && node->is_object() ? node->as_object().if_contains("type") : nullptr;
  if (type == nullptr) return {};
  const auto word = [](std::string_view t) -> std::string {
    if (t == "string") return "text (a JSON string)";
    if (t == "integer") return "a whole number";
    if (t == "number") return "a number";
    if (t == "boolean") return "true or false";
    if (t == "array") return "a list (a JSON array)";
    if (t == "object") return "an object";
    if (t == "null") return "null";
    return std::string(t);
  };
  if (type->is_string()) return word(type->as_string());
  std::string out;
  if (type->is_array()) {
    for (const auto& t : type->as_array()) {
      if (!t.is_string()) continue;
      out += (out.empty() ? "" : " or ") + word(t.as_string());
    }
  }
  return out;
}

// valijson's context "<root>", "[school]", "[items]", "[0]" → {"school", "items", "0"}.
std::vector<std::string> PathOf(const std::vector<std::string>& context) {
  std::vector<std::string> path;
  for (const auto& part : context) {
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
      std::string name = part.substr(1, part.size() - 2);
      if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
      path.push_back(std::move(name));
    }
  }
  return path;
}

std::string Joined(const std::vector<std::string>& path) {
  std::string out;
  for (const auto& part : path) out += (out.empty() ? "" : ".") + part;
  return out;
}

core::Error Invalid(std::string message, std::string field) {
  return core::Error{core::ErrorCode::kInvalidInput, std::move(message), {}, std::move(field)};
}

}  // namespace

RequestSchemas::~RequestSchemas() = default;

core::Result<std::unique_ptr<RequestSchemas>> RequestSchemas::Build(std::string_view api_description) {
  boost::system::error_code ec;
  auto document = json::parse(api_description, ec);
  if (ec || !document.is_object()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The API description is not a JSON object.");
  }
  json::value components = json::object{};
  if (const auto* found = document.as_object().if_contains("components")) components = *found;
  if (auto* schemas = components.as_object().if_contains("schemas"); schemas && schemas->is_object()) {
    for (auto& [name, schema] : schemas->as_object()) KeepShapeOnly(schema);
  }
  std::unique_ptr<RequestSchemas> out(new RequestSchemas());
  const auto* paths = document.as_object().if_contains("paths");
  if (paths == nullptr || !paths->is_object()) return out;
  for (const auto& [path, operations] : paths->as_object()) {
    if (!operations.is_object()) continue;
    for (const auto& [method_name, operation] : operations.as_object()) {
      const auto method = MethodOf(method_name);
      const auto* body = operation.is_object() ? operation.as_object().if_contains("requestBody") : nullptr;
      if (!method || body == nullptr || !body->is_object()) continue;
      const auto* content = body->as_object().if_contains("content");
      const bool takes_multipart = content != nullptr && content->is_object() &&
                                   content->as_object().contains("multipart/form-data");
      const auto* schema = content;
      if (schema != nullptr && schema->is_object()) schema = schema->as_object().if_contains("application/json");
      if (schema != nullptr && schema->is_object()) schema = schema->as_object().if_contains("schema");
      if (schema == nullptr || !schema->is_object()) continue;
      auto op = std::make_unique<Operation>();
      op->takes_multipart = takes_multipart;
      op->root = *schema;
      KeepShapeOnly(op->root);
      op->root.as_object()["components"] = components;
      const auto* required = body->as_object().if_contains("required");
      op->required = required != nullptr && required->is_bool() && required->as_bool();
      try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::BoostJsonAdapter adapter(op->root);
        parser.populateSchema(adapter, op->schema);
      } catch (const std::exception& e) {
        return core::Fail(core::ErrorCode::kInvalidInput,
                          "The API description's request schema of " + std::string(method_name) + " " +
                              std::string(path) + " cannot be read (" + e.what() + ").");
      }
      out->operations_[{*method, std::string(path)}] = std::move(op);
    }
  }
  return out;
}

std::optional<core::Error> RequestSchemas::Check(http::Method method, const std::string& pattern,
                                                 std::string_view body, std::string_view content_type) const {
  const auto found = operations_.find({method, pattern});
  if (found == operations_.end()) return std::nullopt;
  const Operation& op = *found->second;
  if (op.takes_multipart && !http::MultipartBoundary(content_type).empty()) return std::nullopt;
  if (core::Trim(body).empty()) {
    if (!op.required) return std::nullopt;
    return Invalid("Send a JSON object as the request body; /api/v1/openapi.json lists its fields.", "body");
  }
  boost::system::error_code ec;
  const auto value = json::parse(body, ec);
  if (ec) return Invalid("The request body is not JSON (" + ec.message() + "); send a JSON object.", "body");
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::BoostJsonAdapter target(value);
  if (validator.validate(op.schema, target, &results)) return std::nullopt;
  // The deepest error names the field itself rather than the object around it.
  valijson::ValidationResults::Error error, chosen;
  while (results.popError(error)) {
    if (chosen.description.empty() || error.context.size() > chosen.context.size()) chosen = error;
  }
  auto path = PathOf(chosen.context);
  const std::string missing_prefix = "Missing required property '";
  if (chosen.description.starts_with(missing_prefix)) {
    const auto end = chosen.description.find('\'', missing_prefix.size());
    path.push_back(chosen.description.substr(missing_prefix.size(), end - missing_prefix.size()));
    return Invalid("The field \"" + Joined(path) + "\" is required; /api/v1/openapi.json describes it.",
                   Joined(path));
  }
  if (path.empty()) return Invalid("Send a JSON object as the request body; /api/v1/openapi.json lists its fields.", "body");
  const std::string expected = Expected(op.root, path);
  return Invalid("The field \"" + Joined(path) + "\" must be " +
                     (expected.empty() ? "as /api/v1/openapi.json describes it" : expected) + ".",
                 Joined(path));
}

void RequestSchemas::Guard(http::Router& router) const {
  router.WrapHandlers([this](const http::Route& route) -> http::Handler {
    if (route.surface != http::Surface::kApi || !operations_.contains({route.method, route.pattern})) {
      return route.handler;
    }
    return [this, handler = route.handler, method = route.method,
            pattern = route.pattern](const http::Request& request) {
      if (auto problem = Check(method, pattern, request.body, request.Header("content-type").value_or(""))) {
        return http::ErrorResponse(request, *problem, nullptr);
      }
      return handler(request);
    };
  });
}

}  // namespace practica::app
