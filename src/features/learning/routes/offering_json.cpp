#include "features/learning/routes/offering_json.hpp"

#include <boost/json/array.hpp>

#include "core/text.hpp"
#include "features/learning/domain/planning.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Get;

namespace {

std::string ClockOf(const core::LocalDateTime& at) { return core::FormatClock(at.hour, at.minute); }

core::Result<std::pair<int, int>> ParseClock(const std::string& text, const std::string& field) {
  const auto colon = text.find(':');
  auto hour = core::ParseInt(text.substr(0, colon), 0, 23);
  auto minute = colon == std::string::npos ? std::optional<std::int64_t>{}
                                           : core::ParseInt(text.substr(colon + 1), 0, 59);
  if (!hour || !minute) {
    return Fail(ErrorCode::kInvalidInput, "Give the time as hours and minutes, like 08:00.", {},
                field);
  }
  return std::pair<int, int>{static_cast<int>(*hour), static_cast<int>(*minute)};
}

// A field with its surrounding spaces dropped.
std::string Text(const features::Fields& fields, const std::string& name) {
  return std::string(core::Trim(Get(fields, name)));
}

}  // namespace

std::string DaysText(const Offering& offering, const core::TimeZone& zone) {
  return WhenText(offering, zone);
}

std::string AudienceText(const Offering& offering) {
  return offering.audience == Audience::kTeam
             ? "Each school's practitioner team of " + std::to_string(offering.team_size)
             : "Any teacher of the district, one seat each";
}

json::object DayJson(const Day& day, const core::TimeZone& zone) {
  const auto start = zone.ToLocal(day.starts_at);
  const auto end = zone.ToLocal(day.ends_at);
  return json::object{{"number", day.number},
                      {"date", core::FormatLongDate(start.date)},
                      {"start", ClockOf(start)},
                      {"end", ClockOf(end)},
                      {"starts_iso", zone.FormatIso(day.starts_at)}};
}

json::object OfferingJson(const Offering& offering, const core::TimeZone& zone) {
  json::array days;
  for (const auto& day : offering.days) {
    days.push_back(json::object{{"number", day.number},
                                {"starts_at", zone.FormatIso(day.starts_at)},
                                {"ends_at", zone.FormatIso(day.ends_at)}});
  }
  json::object o{{"slug", offering.slug},
                 {"kind", InfoOf(offering.kind).code},
                 {"kind_name", InfoOf(offering.kind).name},
                 {"title", offering.title},
                 {"description", offering.description},
                 {"audience", offering.audience == Audience::kTeam ? "team" : "individual"},
                 {"team_size", offering.team_size},
                 {"capacity", offering.capacity},
                 {"registration_closes_at", zone.FormatIso(offering.registration_closes_at)},
                 {"location", offering.location},
                 {"join_url", offering.join_url},
                 {"standard_code", offering.standard_code},
                 {"days", std::move(days)}};
  o["commitment_number"] = offering.commitment_number ? json::value(*offering.commitment_number)
                                                      : json::value(nullptr);
  // The 2+1 format's third day: each participant presents the lesson they tried, in Critical
  // Friends rounds kept by the design challenges' protocol.
  if (offering.kind == Kind::kIsteSuite && offering.days.size() >= 3) {
    o["lesson_rounds_url"] = "/learning/" + offering.slug + "/lesson-rounds";
  }
  o["cancelled"] = offering.Cancelled();
  if (offering.Cancelled()) {
    o["cancelled_at"] = zone.FormatIso(*offering.cancelled_at);
    o["cancel_reason"] = offering.cancel_reason;
  }
  return o;
}

json::object SeatsJson(const Seats& seats) {
  return json::object{{"capacity", seats.capacity},
                      {"taken", seats.taken},
                      {"free", seats.Free()},
                      {"waiting", seats.waiting}};
}

json::object RegistrationJson(const Registration& r) {
  json::array attendees;
  for (const auto& person : r.attendees) {
    attendees.push_back(json::object{{"id", person.id}, {"name", person.name}});
  }
  json::object o{{"id", r.id},
                 {"state", StateCode(r.state)},
                 {"seats", r.seats},
                 {"attendees", std::move(attendees)}};
  o["school"] = r.school ? json::value(r.school->slug) : json::value(nullptr);
  o["school_name"] = r.school ? json::value(r.school->name) : json::value(nullptr);
  o["teacher"] = r.teacher ? json::value(r.teacher->name) : json::value(nullptr);
  return o;
}

core::Result<std::vector<Day>> DaysFromFields(const features::Fields& fields,
                                              const core::TimeZone& zone) {
  std::vector<Day> days;
  for (int n = 1; n <= 20; ++n) {
    const std::string prefix = "day" + std::to_string(n) + "_";
    const std::string date_text = Text(fields, prefix + "date");
    if (date_text.empty()) break;
    auto date = core::ParseLocalDate(date_text);
    if (!date) {
      return Fail(ErrorCode::kInvalidInput, "Give day " + std::to_string(n) + " as a date like "
                                                "2018-06-02.", {}, prefix + "date");
    }
    auto start = ParseClock(Get(fields, prefix + "start"), prefix + "start");
    if (!start) return std::unexpected(start.error());
    auto end = ParseClock(Get(fields, prefix + "end"), prefix + "end");
    if (!end) return std::unexpected(end.error());
    auto starts_at = zone.ToUtc({*date, start->first, start->second});
    if (!starts_at) return std::unexpected(starts_at.error());
    auto ends_at = zone.ToUtc({*date, end->first, end->second});
    if (!ends_at) return std::unexpected(ends_at.error());
    days.push_back(Day{n, *starts_at, *ends_at});
  }
  return days;
}

core::Result<std::optional<std::int64_t>> ClosesFromFields(const features::Fields& fields,
                                                           const core::TimeZone& zone) {
  const std::string closes = Text(fields, "registration_closes");
  if (closes.empty()) return std::optional<std::int64_t>{};
  auto date = core::ParseLocalDate(closes);
  if (!date) {
    return Fail(ErrorCode::kInvalidInput, "Give the last day of registration like 2018-05-25.",
                {}, "registration_closes");
  }
  auto closes_at = zone.ToUtc({*date, 23, 59});
  if (!closes_at) return std::unexpected(closes_at.error());
  return std::optional<std::int64_t>{*closes_at + 59};  // through the last second of 11:59 PM
}

core::Result<std::optional<int>> CommitmentFromFields(const features::Fields& fields) {
  const std::string number = Text(fields, "commitment_number");
  if (number.empty()) return std::optional<int>{};
  auto parsed = core::ParseInt(number, 1, 99);
  if (!parsed) {
    return Fail(ErrorCode::kInvalidInput, "The commitment number is from 1 to 99.", {},
                "commitment_number");
  }
  return std::optional<int>{static_cast<int>(*parsed)};
}

core::Result<Offering> OfferingFromFields(db::Connection& db, const features::Deps& deps,
                                          const features::Fields& fields) {
  Offering o;
  auto kind = ParseKind(Get(fields, "kind"));
  if (!kind) return std::unexpected(kind.error());
  o.kind = *kind;
  o.audience = InfoOf(o.kind).audience;
  o.title = Text(fields, "title");
  o.description = Text(fields, "description");
  o.location = Text(fields, "location");
  o.join_url = Text(fields, "join_url");
  o.standard_code = Text(fields, "standard_code");
  const std::string cohort = Text(fields, "cohort");
  if (!cohort.empty()) {
    auto found = LearningStore(db, deps.tenant.id).FindCohort(cohort);
    if (!found) return std::unexpected(found.error());
    if (!*found) return Fail(ErrorCode::kInvalidInput, "There is no cohort \"" + cohort + "\".", {}, "cohort");
    o.cohort_id = (*found)->id;
  } else if (o.audience == Audience::kTeam) {
    return Fail(ErrorCode::kInvalidInput,
                "Sessions for practitioner teams belong to a cohort; choose one.", {}, "cohort");
  }
  auto capacity = core::ParseInt(Get(fields, "capacity"), 1, 100000);
  if (!capacity) {
    return Fail(ErrorCode::kInvalidInput, "Give the number of seats, from 1 to 100000.", {},
                "capacity");
  }
  o.capacity = static_cast<int>(*capacity);
  const std::string size = Get(fields, "team_size");
  if (o.audience == Audience::kIndividual) {
    o.team_size = 1;
  } else if (size.empty()) {
    o.team_size = 3;  // the seeds' three-member practitioner team
  } else {
    auto parsed = core::ParseInt(size, 1, 10);
    if (!parsed) {
      return Fail(ErrorCode::kInvalidInput, "A team sends from 1 to 10 people.", {}, "team_size");
    }
    o.team_size = static_cast<int>(*parsed);
  }
  auto commitment = CommitmentFromFields(fields);
  if (!commitment) return std::unexpected(commitment.error());
  o.commitment_number = *commitment;
  auto days = DaysFromFields(fields, deps.tenant.zone);
  if (!days) return std::unexpected(days.error());
  o.days = std::move(*days);
  auto closes = ClosesFromFields(fields, deps.tenant.zone);
  if (!closes) return std::unexpected(closes.error());
  // Registration stays open until the session begins unless a last day is given.
  o.registration_closes_at = closes->value_or(o.StartsAt());
  if (o.title.empty()) return Fail(ErrorCode::kInvalidInput, "Give the session a title.", {}, "title");
  o.slug = core::Slugify(o.title + (o.days.empty()
                                        ? std::string()
                                        : " " + core::FormatIsoDate(
                                                    deps.tenant.zone.ToLocal(o.StartsAt()).date)));
  return o;
}

}  // namespace practica::learning
