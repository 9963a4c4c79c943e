#include "jobs/mail_payload.hpp"

#include <boost/json.hpp>

namespace practica::jobs {

std::string WriteMailPayload(const MailPayload& payload) {
  boost::json::object out;
  out["to"] = payload.message.to;
  out["to_name"] = payload.message.to_name;
  out["subject"] = payload.message.subject;
  out["text"] = payload.message.text;
  out["person_id"] = payload.audience.person_id;
  out["topic"] = payload.audience.topic;
  return boost::json::serialize(out);
}

core::Result<MailPayload> ReadMailPayload(std::string_view text) {
  boost::system::error_code ec;
  auto value = boost::json::parse(text, ec);
  if (ec || !value.is_object()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The e-mail job's payload is not JSON.",
                      ec.message());
  }
  const auto& object = value.as_object();
  auto text_of = [&](std::string_view key) -> std::string {
    auto* found = object.if_contains(key);
    return found && found->is_string() ? std::string(found->as_string()) : std::string();
  };
  MailPayload payload;
  payload.message = {text_of("to"), text_of("to_name"), text_of("subject"), text_of("text")};
  payload.audience.topic = text_of("topic");
  if (auto* id = object.if_contains("person_id"); id && id->is_int64()) {
    payload.audience.person_id = id->as_int64();
  }
  if (payload.message.to.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The e-mail job names no recipient.", {},
                      "to");
  }
  return payload;
}

}  // namespace practica::jobs
