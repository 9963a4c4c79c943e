#include "features/challenges/routes/challenge_json.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "auth/guard.hpp"
#include "core/plural.hpp"
#include "features/kit/uploads.hpp"
#include "features/challenges/domain/similar.hpp"
#include "features/challenges/routes/inquiry.hpp"
#include "features/challenges/routes/round_json.hpp"

namespace practica::challenges {
namespace json = boost::json;

namespace {

json::array Lines(const std::string& text) {
  json::array lines;
  std::string line;
  for (char c : text + "\n") {
    if (c == '\n' || c == '\r') {
      if (!line.empty()) lines.emplace_back(line);
      line.clear();
    } else {
      line += c;
    }
  }
  return lines;
}

json::object StageJson(const Stage& stage) {
  json::array steps;
  const StageKind order[] = {StageKind::kProblemOfPractice, StageKind::kChallenge, StageKind::kActionSteps,
                             StageKind::kCycle, StageKind::kSharing};
  bool reached = true;
  for (auto kind : order) {
    const bool current = kind == stage.kind;
    Stage named{kind, kind == StageKind::kCycle ? std::max(stage.cycle, 1) : 0};
    steps.push_back(json::object{{"label", current ? stage.Label() : (kind == StageKind::kCycle ? "Cycles" : named.Label())},
                                 {"current", current},
                                 {"done", reached && !current}});
    if (current) reached = false;
  }
  return json::object{{"code", StageCode(stage.kind)}, {"label", stage.Label()}, {"cycle", stage.cycle},
                      {"steps", std::move(steps)}};
}

json::array IndicatorsJson(const std::vector<std::string>& codes, const std::vector<Indicator>& known) {
  json::array out;
  for (const auto& code : codes) {
    auto found = std::ranges::find(known, code, &Indicator::code);
    out.push_back(json::object{{"code", code}, {"text", found == known.end() ? "" : found->text}});
  }
  return out;
}

json::object StepJson(const ActionStep& step, const core::LocalDate& today) {
  const auto timing = TimingOf(step, today);
  json::array options;
  for (auto status : {StepStatus::kNotStarted, StepStatus::kInProgress, StepStatus::kDone}) {
    options.push_back(json::object{{"code", StepStatusCode(status)}, {"label", StepStatusLabel(status)},
                                   {"selected", status == step.status}});
  }
  return json::object{{"number", step.number},
                      {"what", step.what},
                      {"owner_person_id", step.owner_person_id},
                      {"owner_name", step.owner_name},
                      {"due_on", core::FormatIsoDate(step.due_on)},
                      {"due_label", core::FormatLongDate(step.due_on)},
                      {"status", StepStatusCode(step.status)},
                      {"status_label", StepStatusLabel(step.status)},
                      {"timing", TimingLabel(timing)},
                      {"late", timing == Timing::kLate},
                      {"due_soon", timing == Timing::kDueSoon},
                      {"status_options", std::move(options)}};
}

json::object CycleJson(const Cycle& cycle, const core::TimeZone& zone, const std::string& base_url) {
  json::array files;
  for (const auto& file : cycle.files) {
    files.emplace_back(json::object{
        {"id", file.id},
        {"file_name", file.file_name},
        {"content_type", file.content_type},
        {"size_bytes", file.size_bytes},
        {"size", features::DescribeSize(static_cast<std::size_t>(file.size_bytes))},
        {"url", base_url + "/cycles/" + std::to_string(cycle.number) + "/files/" + std::to_string(file.id)}});
  }
  json::object out{{"number", cycle.number},
                   {"try", cycle.try_text},
                   {"prediction", cycle.prediction},
                   {"evidence_planned", cycle.evidence_planned},
                   {"happened", cycle.happened},
                   {"evidence_links", Lines(cycle.evidence_links)},
                   {"files", std::move(files)},
                   {"has_evidence", !cycle.evidence_links.empty() || !cycle.files.empty()},
                   {"evidence_links_text", cycle.evidence_links},
                   {"learned", cycle.learned},
                   {"decision", cycle.decision ? std::string(DecisionCode(*cycle.decision)) : ""},
                   {"decision_label", cycle.decision ? std::string(DecisionLabel(*cycle.decision)) : ""},
                   {"next_step", cycle.next_step},
                   {"closed", cycle.closed()},
                   {"open", !cycle.closed()}};
  if (cycle.closed_at) out["closed_on"] = core::FormatLongDate(zone.ToLocal(*cycle.closed_at).date);
  return out;
}

// The other schools of the cohort whose shared challenges target the same indicators.
core::Result<json::array> SimilarJson(ChallengesStore& store, const Place& place, const ChallengeRecord& record) {
  auto rows = store.Gallery(place.cohort.id);
  if (!rows) return std::unexpected(rows.error());
  std::vector<Targeting> others;
  for (const auto& row : *rows) {
    if (row.shared) others.push_back(Targeting{row.school.id, row.indicators});
  }
  json::array out;
  for (const auto& similar : SimilarTo(Targeting{place.school.id, record.indicators}, others)) {
    auto row = std::ranges::find(*rows, similar.school_id, [](const GalleryRow& r) { return r.school.id; });
    json::array shared;
    for (const auto& code : similar.shared) shared.emplace_back(code);
    out.push_back(json::object{{"school", row->school.name}, {"school_slug", row->school.slug},
                               {"statement", row->statement}, {"shared_indicators", std::move(shared)}});
  }
  return out;
}

}  // namespace

namespace {

json::object Header(const Place& place) {
  return json::object{
      {"cohort", json::object{{"slug", place.cohort.slug}, {"short_name", place.cohort.ShortName()},
                              {"label", place.cohort.Label()}}},
      {"school", json::object{{"slug", place.school.slug}, {"name", place.school.name}}},
      {"base_url", "/cohorts/" + place.cohort.slug + "/schools/" + place.school.slug + "/challenge"},
      {"gallery_url", "/cohorts/" + place.cohort.slug + "/challenges"}};
}

core::Result<void> AddChoices(ChallengesStore& store, const Place& place, const ChallengeRecord* record,
                              const std::vector<Indicator>& known, json::object& out) {
  auto focus = store.FocusStandard(place.cohort.id);
  if (!focus) return std::unexpected(focus.error());
  out["focus_standard"] = *focus;
  json::array options;
  // The focus standard's indicators first, as the statement lists them.
  for (bool focus_pass : {true, false}) {
    for (const auto& indicator : known) {
      if ((indicator.standard_code == *focus) != focus_pass) continue;
      const bool chosen = record != nullptr && std::ranges::find(record->indicators, indicator.code) != record->indicators.end();
      options.push_back(json::object{{"code", indicator.code}, {"text", indicator.text}, {"checked", chosen},
                                     {"focus", focus_pass}});
    }
  }
  out["indicator_options"] = std::move(options);
  auto practices = store.CsPractices();
  if (!practices) return std::unexpected(practices.error());
  json::array practice_options;
  for (const auto& practice : *practices) {
    const bool chosen = record != nullptr && std::ranges::find(record->cs_practices, practice.code) != record->cs_practices.end();
    practice_options.push_back(json::object{{"code", practice.code}, {"name", practice.name}, {"checked", chosen}});
  }
  out["practice_options"] = std::move(practice_options);
  auto team = store.Team(place.cohort.id, place.school.id);
  if (!team) return std::unexpected(team.error());
  json::array people;
  for (const auto& person : *team) {
    people.push_back(json::object{{"person_id", person.person_id}, {"name", person.name}, {"role", person.role}});
  }
  out["team"] = std::move(people);
  return {};
}

// `out` holds the Header already (its base_url addresses the cycles' files).
void AddRecord(const features::Deps& deps, const ChallengeRecord& record, const std::vector<Indicator>& known,
               json::object& out) {
  const std::string base_url(out.at("base_url").as_string());
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  out["illustrative"] = record.illustrative;
  out["shared"] = record.shared_at.has_value();
  if (record.shared_at) out["shared_on"] = core::FormatLongDate(deps.tenant.zone.ToLocal(*record.shared_at).date);
  out["problem"] = json::object{{"statement", record.problem.statement}, {"evidence", record.problem.evidence},
                                {"links", Lines(record.problem.links)}, {"links_text", record.problem.links},
                                {"has_links", !record.problem.links.empty()},
                                {"affects", record.problem.affects}};
  out["statement"] = record.statement;
  out["indicators"] = IndicatorsJson(record.indicators, known);
  json::array practices;
  for (const auto& code : record.cs_practices) practices.push_back(json::string(code));
  out["cs_practices"] = std::move(practices);
  out["has_cs_practices"] = !record.cs_practices.empty();
  json::array steps;
  int late = 0, due_soon = 0;
  for (const auto& step : record.steps) {
    auto item = StepJson(step, today);
    late += item["late"].as_bool() ? 1 : 0;
    due_soon += item["due_soon"].as_bool() ? 1 : 0;
    steps.push_back(std::move(item));
  }
  out["has_steps"] = !steps.empty();
  out["steps"] = std::move(steps);
  out["late_count"] = late;
  out["due_soon_count"] = due_soon;
  out["has_late"] = late > 0;
  out["has_due_soon"] = due_soon > 0;
  out["late_text"] = core::Counted(late, "action step", "action steps") + " late";
  out["due_soon_text"] = core::Counted(due_soon, "action step", "action steps") + " due in the next 14 days";
  json::array cycles;
  for (const auto& cycle : record.cycles) {
    auto item = CycleJson(cycle, deps.tenant.zone, base_url);
    if (!cycle.closed()) out["open_cycle"] = item;
    cycles.push_back(std::move(item));
  }
  out["has_cycles"] = !cycles.empty();
  out["next_cycle"] = static_cast<std::int64_t>(cycles.size() + 1);
  out["cycles"] = std::move(cycles);
  json::array comments;
  for (const auto& comment : record.comments) {
    comments.push_back(json::object{
        {"person_name", comment.person_name}, {"body", comment.body},
        {"at_label", core::FormatLongDateTime(deps.tenant.zone.ToLocal(comment.at))}});
  }
  out["has_comments"] = !comments.empty();
  out["comments"] = std::move(comments);
}

}  // namespace

core::Result<json::object> ChallengeJson(const features::Deps& deps, ChallengesStore& store, const Place& place) {
  auto record = store.Load(place.cohort.id, place.school.id);
  if (!record) return std::unexpected(record.error());
  auto known = store.StudentIndicators();
  if (!known) return std::unexpected(known.error());
  json::object out = Header(place);
  const bool shared = *record && (*record)->shared_at;
  const bool visible = ReadAccess(place.reader) == Access::kEverything || shared;
  out["visible"] = visible;
  out["shared"] = shared;
  out["may_change"] = place.reader.may_change;
  out["may_comment"] = MayComment(place.reader, shared);
  const Stage stage = visible && *record ? StageOf((*record)->ProgressOf()) : Stage{};
  out["stage"] = StageJson(stage);
  if (!visible) return out;
  if (*record) {
    AddRecord(deps, **record, *known, out);
    // What the cohort's critical friends said, where the school's team finds it.
    auto rounds = store.Rounds().OfChallenge((*record)->id);
    if (!rounds) return std::unexpected(rounds.error());
    json::array lines;
    for (const auto& round : *rounds) {
      auto line = RoundLineJson(round);
      line["said"] = SaidJson(round.items, deps.tenant.zone);
      lines.push_back(std::move(line));
    }
    out["has_rounds"] = !lines.empty();
    out["rounds"] = std::move(lines);
  }
  // The inquiry groups and partnerships the school is in, with a school written or not.
  auto groups = store.Inquiry().OfSchool(place.cohort.id, place.school.id);
  if (!groups) return std::unexpected(groups.error());
  json::array group_lines;
  for (const auto& group : *groups) group_lines.push_back(GroupLineJson(group));
  out["has_groups"] = !group_lines.empty();
  out["groups"] = std::move(group_lines);
  if (place.reader.may_change) {
    if (auto added = AddChoices(store, place, *record ? &**record : nullptr, *known, out); !added) {
      return std::unexpected(added.error());
    }
  }
  out["has_problem"] = stage.kind != StageKind::kProblemOfPractice;
  out["has_statement"] = *record && !(*record)->statement.empty();
  if (*record && !(*record)->indicators.empty()) {
    auto similar = SimilarJson(store, place, **record);
    if (!similar) return std::unexpected(similar.error());
    out["has_similar"] = !similar->empty();
    out["similar"] = std::move(*similar);
  }
  return out;
}

}  // namespace practica::challenges
