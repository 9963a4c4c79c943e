#include "jobs/payload.hpp"

#include <boost/json.hpp>

namespace practica::jobs {
namespace {

core::Result<boost::json::value> Field(std::string_view payload, std::string_view key, std::string_view job_kind) {
  boost::system::error_code ec;
  auto value = boost::json::parse(payload, ec);
  const auto* field = !ec && value.is_object() ? value.as_object().if_contains(key) : nullptr;
  if (field == nullptr) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The " + std::string(job_kind) + " job's payload lacks \"" + std::string(key) + "\".");
  }
  return *field;
}

}  // namespace

core::Result<std::int64_t> PayloadInt(std::string_view payload, std::string_view key, std::string_view job_kind) {
  auto field = Field(payload, key, job_kind);
  if (!field) return std::unexpected(field.error());
  if (!field->is_int64()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The " + std::string(job_kind) + " job's \"" + std::string(key) + "\" is not a whole number.");
  }
  return field->as_int64();
}

core::Result<std::string> PayloadText(std::string_view payload, std::string_view key, std::string_view job_kind) {
  auto field = Field(payload, key, job_kind);
  if (!field) return std::unexpected(field.error());
  if (!field->is_string()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The " + std::string(job_kind) + " job's \"" + std::string(key) + "\" is not text.");
  }
  return std::string(field->as_string());
}

}  // namespace practica::jobs
