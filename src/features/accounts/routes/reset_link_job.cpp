#include "features/accounts/routes/reset_link_job.hpp"

#include <boost/json.hpp>

#include "auth/account_store.hpp"
#include "db/connection.hpp"
#include "jobs/queue.hpp"

namespace practica::accounts {
namespace json = boost::json;

namespace {

constexpr std::int64_t kResetLinkSeconds = 3600;

core::Result<std::string> EmailOf(const std::string& payload) {
  boost::system::error_code ec;
  const auto value = json::parse(payload, ec);
  const auto* email = !ec && value.is_object() ? value.as_object().if_contains("email") : nullptr;
  if (email == nullptr || !email->is_string() || email->as_string().empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The reset request names no e-mail address.");
  }
  return std::string(email->as_string());
}

}  // namespace

core::Result<void> QueueResetLink(db::Connection& connection, std::int64_t district_id,
                                  const std::string& email, std::int64_t now) {
  if (email.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Give the e-mail address you sign in with.", {},
                      "email");
  }
  jobs::NewJob job{std::string(kResetLinkJob), json::serialize(json::object{{"email", email}}), {},
                   now, 3, now};
  auto added = jobs::Enqueue(connection, district_id, job);
  if (!added) return std::unexpected(added.error());
  return {};
}

jobs::Handler ResetLinkHandler(std::string public_url) {
  return [public_url = std::move(public_url)](jobs::JobContext& job) -> core::Result<void> {
    auto email = EmailOf(job.payload());
    if (!email) return std::unexpected(email.error());
    auto& connection = job.connection();
    auth::AccountStore accounts(connection, job.district_id());
    auto record = accounts.ForEmail(*email);
    if (!record) return std::unexpected(record.error());
    if (!*record || !(*record)->active) return {};
    const auto now = job.clock().NowUtcSeconds();
    auto transaction = db::Transaction::Begin(connection);
    if (!transaction) return std::unexpected(transaction.error());
    auto token = accounts.IssueLink((*record)->person_id, auth::LinkPurpose::kReset, now, kResetLinkSeconds);
    if (!token) return std::unexpected(token.error());
    const std::string link = public_url + "/password/reset/" + *token;
    auto queued = jobs::EnqueueMail(
        connection, job.district_id(),
        mail::Message{*email, {}, "Choose a new Practica password",
                      "Someone (we hope you) asked to reset the Practica password for " + *email +
                          ".\n\nChoose a new password here; the link works once, for one hour:\n" +
                          link + "\n\nIf you did not ask, ignore this message; your password stays as it is.\n"},
        {}, now);
    if (!queued) return std::unexpected(queued.error());
    return transaction->Commit();
  };
}

}  // namespace practica::accounts
