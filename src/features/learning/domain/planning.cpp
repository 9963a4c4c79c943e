#include "features/learning/domain/planning.hpp"

namespace practica::learning {

namespace {

core::Error Refuse(core::ErrorCode code, std::string message, std::string field) {
  return core::Error{code, std::move(message), {}, std::move(field)};
}

std::string LongDate(std::int64_t at, const core::TimeZone& zone) {
  return core::FormatLongDate(zone.ToLocal(at).date);
}

std::string Or(const std::string& text, const std::string& none) {
  return text.empty() ? none : text;
}

bool SameDays(const Offering& a, const Offering& b) {
  if (a.days.size() != b.days.size()) return false;
  for (std::size_t i = 0; i < a.days.size(); ++i) {
    if (a.days[i].starts_at != b.days[i].starts_at || a.days[i].ends_at != b.days[i].ends_at) {
      return false;
    }
  }
  return true;
}

// Only the place, the join link and the description may be corrected once a session is over:
// its days, seats and the commitment it fed are history that attendance was judged against.
bool OnlyCorrections(const Offering& before, const Offering& after) {
  return before.title == after.title && SameDays(before, after) &&
         before.capacity == after.capacity &&
         before.registration_closes_at == after.registration_closes_at &&
         before.commitment_number == after.commitment_number;
}

}  // namespace

std::string WhenText(const Offering& offering, const core::TimeZone& zone) {
  std::string text;
  for (const auto& day : offering.days) {
    const auto start = zone.ToLocal(day.starts_at);
    const auto end = zone.ToLocal(day.ends_at);
    if (!text.empty()) text += "; ";
    text += core::FormatLongDate(start.date) + ", " + core::FormatClock(start.hour, start.minute) +
            " – " + core::FormatClock(end.hour, end.minute);
  }
  return text;
}

core::Result<void> CheckNotCancelled(const Offering& offering, std::string_view refused) {
  if (!offering.Cancelled()) return {};
  return std::unexpected(Refuse(core::ErrorCode::kConflict,
                                offering.title + " was cancelled (" + offering.cancel_reason +
                                    "); " + std::string(refused) + ".",
                                "offering"));
}

core::Result<void> CheckEdit(const Offering& before, const Offering& after,
                             const EditFacts& facts, const core::TimeZone& zone) {
  if (auto live = CheckNotCancelled(before, "a cancelled session cannot be edited"); !live) return live;
  if (facts.now >= before.EndsAt() && !OnlyCorrections(before, after)) {
    return std::unexpected(Refuse(core::ErrorCode::kConflict,
                                  before.title + " ended on " + LongDate(before.EndsAt(), zone) +
                                      "; only its place, join link and description can be "
                                      "corrected now.",
                                  "offering"));
  }
  for (int day : facts.marked_days) {
    if (after.FindDay(day) == nullptr) {
      return std::unexpected(Refuse(core::ErrorCode::kConflict,
                                    "Attendance was taken on day " + std::to_string(day) + " of " +
                                        before.title + ", so that day cannot be removed.",
                                    "days"));
    }
  }
  if (auto valid = Validate(after); !valid) return valid;
  if (after.capacity < facts.seats_taken) {
    return std::unexpected(Refuse(
        core::ErrorCode::kInvalidInput,
        std::to_string(facts.seats_taken) + " seats are already taken by registered teams and "
            "teachers, so " + before.title + " cannot have " + std::to_string(after.capacity) +
            ". Keep at least " + std::to_string(facts.seats_taken) +
            " seats, or have registrations cancelled first.",
        "capacity"));
  }
  return {};
}

core::Result<void> CheckCancel(const Offering& offering, const std::string& reason,
                               std::int64_t now, const core::TimeZone& zone) {
  if (offering.Cancelled()) {
    return std::unexpected(Refuse(core::ErrorCode::kConflict,
                                  offering.title + " is cancelled already (" +
                                      offering.cancel_reason + ").",
                                  "offering"));
  }
  if (now >= offering.EndsAt()) {
    return std::unexpected(Refuse(core::ErrorCode::kConflict,
                                  offering.title + " ended on " +
                                      LongDate(offering.EndsAt(), zone) +
                                      "; a session that took place cannot be cancelled.",
                                  "offering"));
  }
  if (reason.empty()) {
    return std::unexpected(Refuse(core::ErrorCode::kInvalidInput,
                                  "Say why the session is cancelled: everyone registered reads "
                                  "it in their e-mail.",
                                  "reason"));
  }
  if (reason.size() > 1000) {
    return std::unexpected(
        Refuse(core::ErrorCode::kInvalidInput, "Keep the reason under 1000 characters.", "reason"));
  }
  return {};
}

std::vector<Difference> NoticeableChanges(const Offering& before, const Offering& after,
                                          const core::TimeZone& zone) {
  std::vector<Difference> changes;
  if (!SameDays(before, after)) {
    changes.push_back({"When (" + zone.name() + ")", WhenText(before, zone), WhenText(after, zone)});
  }
  if (before.location != after.location) {
    changes.push_back({"Where", Or(before.location, "(none)"), Or(after.location, "(none)")});
  }
  if (before.join_url != after.join_url) {
    changes.push_back({"Join link", Or(before.join_url, "(none)"), Or(after.join_url, "(none)")});
  }
  return changes;
}

std::vector<Difference> AllChanges(const Offering& before, const Offering& after,
                                   const core::TimeZone& zone) {
  auto changes = NoticeableChanges(before, after, zone);
  auto add = [&](std::string what, std::string a, std::string b) {
    if (a != b) changes.push_back({std::move(what), std::move(a), std::move(b)});
  };
  add("Title", before.title, after.title);
  add("Seats", std::to_string(before.capacity), std::to_string(after.capacity));
  add("Registration closes",
      core::FormatLongDateTime(zone.ToLocal(before.registration_closes_at)),
      core::FormatLongDateTime(zone.ToLocal(after.registration_closes_at)));
  auto commitment = [](const Offering& o) {
    return o.commitment_number ? std::to_string(*o.commitment_number) : std::string("(none)");
  };
  add("Commitment", commitment(before), commitment(after));
  add("Description", before.description, after.description);
  return changes;
}

std::string Describe(const std::vector<Difference>& changes) {
  std::string text;
  for (const auto& change : changes) {
    if (!text.empty()) text += "; ";
    text += change.what + ": " + change.before + " → " + change.after;
  }
  return text;
}

}  // namespace practica::learning
