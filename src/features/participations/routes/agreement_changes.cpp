// Signing the intent to participate, asking for signatures, and retracting a participation.
#include <boost/json/serialize.hpp>

#include "auth/secrets.hpp"
#include "core/text.hpp"
#include "features/participations/routes/changes.hpp"
#include "features/participations/routes/notices.hpp"

namespace practica::participations {
namespace json = boost::json;

namespace {

std::string StateJson(const ParticipationView& view) {
  return json::serialize(json::object{{"state", StateCode(view.status.state)}});
}

// "Elena Ortiz (principal) and Marcus Lee (instructional director)".
std::string Recipients(const std::vector<Notice>& notices) {
  std::string out;
  for (std::size_t i = 0; i < notices.size(); ++i) {
    if (i > 0) out += i + 1 == notices.size() ? " and " : ", ";
    out += notices[i].to.name + " <" + notices[i].to.email + ">";
  }
  return out;
}

}  // namespace

core::Result<json::object> Sign(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  const auto offered = core::ParseInt(Get(fields, "version"), 1, 1'000'000);
  if (!offered) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Say which version of the agreement you are signing; the Sign button sends the one "
                      "on the page.",
                      {}, "version");
  }
  const auto& who = *request.principal;
  auto done = Audited(deps, request, "agreements.sign", [&](db::Connection& db, const ParticipationView& view)
                                                            -> core::Result<std::vector<auth::AuditEntry>> {
    auto slot = CheckSigning(view.status, view.leaders, view.CurrentVersion(), who.person_id,
                             static_cast<int>(*offered), view.listed.cohort.ShortName());
    if (!slot) return std::unexpected(slot.error());
    Signature signature{0, *slot, who.person_id, who.display_name, view.agreement->version,
                        auth::HashToken(view.agreement->text), deps.clock.NowUtcSeconds()};
    auto saved = ParticipationsStore(db, deps.tenant.id)
                     .AddSignature(view.listed.cohort.id, view.listed.school.id, signature);
    if (!saved) return std::unexpected(saved.error());
    auto entry = ParticipationEntry(
        view, StateJson(view),
        json::serialize(json::object{{"signature_id", saved->id},
                                     {"role", SlotCode(saved->slot)},
                                     {"person_id", saved->person_id},
                                     {"name", saved->name},
                                     {"version", saved->version},
                                     {"text_sha256", saved->text_sha256}}),
        saved->name + " signed version " + std::to_string(saved->version) + " as " +
            std::string(SlotLabel(saved->slot)));
    return std::vector<auth::AuditEntry>{entry};
  });
  if (!done) return std::unexpected(done.error());
  return ParticipationJson(*done, deps.tenant.zone);
}

core::Result<json::object> RequestSignatures(const features::Deps& deps, const http::Request& request,
                                             const Fields&) {
  std::vector<Notice> notices;
  auto done = AuditedWithMail(deps, request, "participations.manage",
                              [&](db::Connection& db, const ParticipationView& view) -> core::Result<features::Changed<>> {
    const auto name = view.Name();
    if (view.details.retraction) {
      return core::Fail(core::ErrorCode::kConflict,
                        name.school + "'s participation in " + name.cohort + " was retracted; nobody signs it now.");
    }
    if (view.status.state == State::kActive) {
      return core::Fail(core::ErrorCode::kConflict,
                        "Both signatures for " + name.school + " are in place; there is nobody to ask.");
    }
    notices = SignatureNotices(view, deps.auth.public_url);
    if (notices.empty()) {
      std::string missing;
      for (const auto& sentence : view.status.missing) missing += " " + sentence;
      return core::Fail(core::ErrorCode::kConflict, "There is nobody to ask yet." + missing);
    }
    auto noted = ParticipationsStore(db, deps.tenant.id)
                     .NoteSignatureRequests(view.listed.cohort.id, view.listed.school.id, deps.clock.NowUtcSeconds());
    if (!noted) return std::unexpected(noted.error());
    return features::Changed<>{
        {},
        {ParticipationEntry(view, StateJson(view), json::serialize(json::object{{"asked", Recipients(notices)}}),
                            "asked " + Recipients(notices) + " to sign version " + std::to_string(view.agreement->version))},
        Mails(notices)};
  });
  if (!done) return std::unexpected(done.error());
  auto answer = ParticipationJson(*done, deps.tenant.zone);
  answer["notified"] = Report(notices);
  return answer;
}

core::Result<json::object> Retract(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  std::vector<Notice> notices;
  auto done = AuditedWithMail(deps, request, "participations.manage",
                              [&](db::Connection& db, const ParticipationView& view) -> core::Result<features::Changed<>> {
    auto reason = CheckRetraction(view.Name(), view.details.retraction, Get(fields, "reason"));
    if (!reason) return std::unexpected(reason.error());
    auto retracted = ParticipationsStore(db, deps.tenant.id)
                         .Retract(view.listed.cohort.id, view.listed.school.id, *reason,
                                  request.principal->person_id, deps.clock.NowUtcSeconds());
    if (!retracted) return std::unexpected(retracted.error());
    features::Changed<> changed;
    changed.audit.push_back(ParticipationEntry(
        view, StateJson(view),
        json::serialize(json::object{{"state", StateCode(State::kRetracted)}, {"reason", *reason}}),
        "retracted: " + *reason));
    auto coach = EndCurrentCoach(db, deps, view, request.principal->person_id);
    if (!coach) return std::unexpected(coach.error());
    if (*coach) changed.audit.push_back(**coach);
    // The e-mail quotes the retraction as written (when, by whom), so it is read back here.
    auto after = LoadParticipation(db, deps, request.Param("slug"), request.Param("school"));
    if (!after) return std::unexpected(after.error());
    notices = RetractionNotices(*after, deps.auth.public_url, deps.tenant.zone);
    changed.mail = Mails(notices);
    return changed;
  });
  if (!done) return std::unexpected(done.error());
  auto answer = ParticipationJson(*done, deps.tenant.zone);
  answer["notified"] = Report(notices);
  return answer;
}

}  // namespace practica::participations
