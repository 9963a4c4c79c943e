#include "features/people/routes/people_changes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "auth/account_store.hpp"
#include "auth/audit_log.hpp"
#include "auth/grant_store.hpp"
#include "auth/guard.hpp"
#include "auth/session_store.hpp"
#include "auth/principal_loader.hpp"
#include "core/text.hpp"
#include "core/plural.hpp"
#include "features/kit/change.hpp"
#include "features/kit/grant_json.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::people {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;

namespace {

constexpr std::int64_t kInvitationSeconds = 14 * 24 * 3600;

std::string Get(const Fields& fields, const std::string& name) {
  const auto it = fields.find(name);
  return it == fields.end() ? std::string() : it->second;
}

// Runs a change and its audit entry through features::RunChange; answers the entry's "after".
core::Result<json::object> Audited(const features::Deps& deps, const http::Request& request,
                                   const std::function<core::Result<auth::AuditEntry>(db::Connection&)>& change) {
  auto entry = features::RunChange(deps, request, "people.manage",
                                   [&](db::Connection& db) -> core::Result<features::Changed<auth::AuditEntry>> {
                                     auto made = change(db);
                                     if (!made) return std::unexpected(made.error());
                                     return features::Changed<auth::AuditEntry>{*made, {*made}, {}};
                                   });
  if (!entry) return std::unexpected(entry.error());
  return json::parse(entry->after_json).as_object();
}

features::ChangeMail Invitation(const Person& person, const std::string& by, const std::string& link) {
  return {mail::Message{person.email, person.display_name, "You are invited to Practica",
                        core::Greeting(person.display_name) + "\n\n" + by +
                            " invited you to Practica, where the Practitioner Schools program is run.\n\n"
                            "Choose your password here (the link works once, for 14 days):\n" + link + "\n"},
          "people.invited:" + std::to_string(person.id), jobs::MailAudience{person.id, ""}};
}

}  // namespace

core::Result<json::object> PersonJson(const features::Deps& deps, std::int64_t person_id) {
  auto db = deps.database.Acquire();
  auto person = PeopleStore(*db, deps.tenant.id).Find(person_id);
  if (!person) return std::unexpected(person.error());
  if (!*person) return Fail(ErrorCode::kNotFound, "There is no such person in this district.");
  auto grants = auth::LoadGrants(*db, deps.tenant.id, person_id);
  if (!grants) return std::unexpected(grants.error());
  json::array items;
  for (const auto& grant : *grants) items.emplace_back(features::GrantJson(grant));
  return json::object{{"id", (*person)->id}, {"email", (*person)->email},
                      {"name", (*person)->display_name}, {"active", (*person)->active},
                      {"grants", std::move(items)}};
}

core::Result<json::object> Invite(const features::Deps& deps, const http::Request& request,
                                  const Fields& fields) {
  auto person = NewPerson(Get(fields, "email"), Get(fields, "name"));
  if (!person) return std::unexpected(person.error());
  auto done = features::RunChange(deps, request, "people.manage",
                                  [&](db::Connection& db) -> core::Result<features::Changed<json::object>> {
    auto created = PeopleStore(db, deps.tenant.id).Create(*person);
    if (!created) return std::unexpected(created.error());
    auto token = auth::AccountStore(db, deps.tenant.id)
                     .IssueLink(created->id, auth::LinkPurpose::kInvitation,
                                deps.clock.NowUtcSeconds(), kInvitationSeconds);
    if (!token) return std::unexpected(token.error());
    json::object after{{"id", created->id}, {"email", created->email}, {"name", created->display_name}};
    auth::AuditEntry entry{0, "", false, "person", std::to_string(created->id)};
    entry.after_json = json::serialize(after);
    entry.reason = "invited " + created->email;
    // The link is a one-time secret: it goes into the queued e-mail only, never a log.
    auto invitation = Invitation(*created, request.principal->display_name,
                                 deps.auth.public_url + "/invitations/" + *token);
    return features::Changed<json::object>{std::move(after), {std::move(entry)}, {std::move(invitation)}};
  });
  if (!done) return done;
  (*done)["invitation_sent"] = true;  // queued with the person, sent by the job runner
  return done;
}

core::Result<json::object> GrantRole(const features::Deps& deps, const http::Request& request,
                                     std::int64_t person_id, const Fields& fields) {
  auth::NewGrant grant;
  grant.person_id = person_id;
  const auto role = auth::ParseRole(Get(fields, "role"));
  if (!role) return Fail(ErrorCode::kInvalidInput, "Choose a role from the list.", {}, "role");
  grant.role = *role;
  grant.scope = auth::NaturalScope(*role);
  const std::string starts = Get(fields, "starts_on");
  if (starts.empty()) {
    grant.starts_on = auth::Today(deps.clock, deps.tenant.zone);
  } else {
    auto day = core::ParseLocalDate(starts);
    if (!day) return Fail(ErrorCode::kInvalidInput, day.error().message, {}, "starts_on");
    grant.starts_on = *day;
  }
  if (const std::string ends = Get(fields, "ends_on"); !ends.empty()) {
    auto day = core::ParseLocalDate(ends);
    if (!day) return Fail(ErrorCode::kInvalidInput, day.error().message, {}, "ends_on");
    grant.ends_on = *day;
  }
  return Audited(deps, request, [&](db::Connection& db) -> core::Result<auth::AuditEntry> {
    PeopleStore people(db, deps.tenant.id);
    auto person = people.Find(person_id);
    if (!person) return std::unexpected(person.error());
    if (!*person) return Fail(ErrorCode::kNotFound, "There is no such person in this district.");
    const std::string scope(core::Trim(Get(fields, "scope")));
    if (grant.scope == auth::ScopeKind::kSchool) {
      auto school = people.SchoolNamed(scope);
      if (!school) return std::unexpected(school.error());
      if (!*school) {
        return Fail(ErrorCode::kInvalidInput,
                    scope.empty() ? std::string("Say which school: start typing its name and pick it from the list.")
                                  : "No school is called \"" + scope +
                                        "\"; start typing its name and pick it from the list.",
                    {}, "scope");
      }
      grant.scope_id = (*school)->id;
    } else if (grant.scope == auth::ScopeKind::kLocalDistrict) {
      auto local = people.LocalDistrictNamed(scope);
      if (!local) return std::unexpected(local.error());
      if (*local == 0) {
        return Fail(ErrorCode::kInvalidInput,
                    "No local district is called \"" + scope +
                        "\"; start typing its name and pick it from the list.",
                    {}, "scope");
      }
      grant.scope_id = *local;
    }
    auto added = auth::GrantStore(db, deps.tenant.id)
                     .Add(grant, request.principal->person_id, deps.clock.NowUtcSeconds());
    if (!added) return std::unexpected(added.error());
    auth::AuditEntry entry{0, "", false, "grant", std::to_string(added->id)};
    entry.school_id = grant.scope == auth::ScopeKind::kSchool ? grant.scope_id : 0;
    entry.after_json = json::serialize(features::GrantJson(*added));
    entry.reason = "granted " + std::string(auth::RoleLabel(added->role)) + " (" + added->scope_label +
                   ") to " + (*person)->email;
    return entry;
  });
}

core::Result<json::object> EndRole(const features::Deps& deps, const http::Request& request,
                                   std::int64_t person_id, std::int64_t grant_id) {
  return Audited(deps, request, [&](db::Connection& db) -> core::Result<auth::AuditEntry> {
    auto ended = auth::GrantStore(db, deps.tenant.id)
                     .End(person_id, grant_id, request.principal->person_id, deps.clock.NowUtcSeconds());
    if (!ended) return std::unexpected(ended.error());
    auth::AuditEntry entry{0, "", false, "grant", std::to_string(grant_id)};
    entry.school_id = ended->scope == auth::ScopeKind::kSchool ? ended->scope_id : 0;
    entry.before_json = json::serialize(features::GrantJson(*ended));
    entry.after_json = json::serialize(json::object{{"id", grant_id}, {"ended", true}});
    entry.reason = "ended " + std::string(auth::RoleLabel(ended->role)) + " (" + ended->scope_label + ")";
    return entry;
  });
}

core::Result<json::object> Deactivate(const features::Deps& deps, const http::Request& request,
                                      std::int64_t person_id) {
  if (person_id == request.principal->person_id) {
    return Fail(ErrorCode::kConflict, "You cannot deactivate your own account; ask another director.");
  }
  return Audited(deps, request, [&](db::Connection& db) -> core::Result<auth::AuditEntry> {
    if (auto set = PeopleStore(db, deps.tenant.id).SetActive(person_id, false); !set) {
      return std::unexpected(set.error());
    }
    auto ended = auth::SessionStore(db, deps.tenant.id).EndAllFor(person_id);
    if (!ended) return std::unexpected(ended.error());
    auth::AuditEntry entry{0, "", false, "person", std::to_string(person_id)};
    entry.before_json = json::serialize(json::object{{"id", person_id}, {"active", true}});
    entry.after_json = json::serialize(json::object{{"id", person_id}, {"active", false}});
    entry.reason = "deactivated; " + core::Counted(static_cast<std::int64_t>(*ended), "session", "sessions") + " ended";
    return entry;
  });
}

}  // namespace practica::people
