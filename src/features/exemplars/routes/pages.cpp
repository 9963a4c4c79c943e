#include "features/exemplars/routes/pages.hpp"
#include "features/kit/uploads.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "core/text.hpp"
#include "core/time_zone.hpp"
#include "db/read_snapshot.hpp"
#include "features/exemplars/domain/search_query.hpp"
#include "features/challenges/domain/challenge.hpp"
#include "features/exemplars/routes/context.hpp"
#include "features/exemplars/routes/exemplar_json.hpp"
#include "features/exemplars/routes/library.hpp"
#include "features/exemplars/store/collections_store.hpp"
#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"

namespace practica::exemplars {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::string Csrf(const Request& request) { return request.principal ? request.principal->csrf_token : ""; }

core::Result<json::object> Exemplar(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  // The page's reads (the exemplar, its reviews, the names of its terms, the rubric, its sources
  // and collections) in one snapshot, since the page writes nothing: on SQLite one WAL read lock
  // for all of them, and never a review without the version it reviews.
  auto snapshot = db::ReadSnapshot::Begin(*db);
  if (!snapshot) return std::unexpected(snapshot.error());
  ExemplarsStore store(*db, deps.tenant.id);
  auto found = FindExemplar(deps, store, request);
  if (!found) return std::unexpected(found.error());
  auto names = store.TermNames();
  if (!names) return std::unexpected(names.error());
  const auto& v = found->viewer;
  // The rubric's names only for those who read reviews or write one (most readers are neither).
  auto criteria = v.SeesReviews() ? store.KnownCriteria() : core::Result<std::vector<Criterion>>{};
  auto rubric = v.reviewer ? store.Rubric() : core::Result<std::vector<Criterion>>{};
  if (!rubric || !criteria) return std::unexpected(rubric ? criteria.error() : rubric.error());
  auto& r = found->record;
  const auto status = r.status;
  const auto published_title = r.package.title;
  // The next version is read by its authors, reviewers and staff at ?version=next; everyone
  // else, and the library, read the published one.
  const bool next_view = request.Query("version").value_or("") == "next" && v.Insider() && r.next_package;
  if (next_view) r.package = *r.next_package;
  auto data = ExemplarJson(*found, *names, *criteria);
  const auto under = UnderReview(status, r.next);
  // What the page offers this person; the changes check the same rules again.
  const bool editable = EditTarget(status, r.next, r.package.title).has_value();
  json::object may{{"edit", v.may_edit && editable},
                   {"submit", v.may_edit && editable},
                   {"start_version", v.may_edit && CheckStartVersion(status, r.next, r.package.title).has_value()},
                   {"attach", v.may_edit},
                   {"assign", v.staff && under.has_value()},
                   {"retire", v.staff && status == Status::kPublished},
                   {"edit_rubric", v.staff},
                   {"see_reviews", v.SeesReviews()}};
  for (const auto& review : found->reviews) {
    if (review.reviewer.id == v.person_id && review.round == r.round && !review.decision && under) {
      may["review"] = true;
      data["my_review_id"] = review.id;
      data["my_review_version"] = review.version;
    }
  }
  data["may"] = std::move(may);
  const std::string url = "/exemplars/" + std::to_string(r.id);
  if (v.Insider() && r.next != NextStatus::kNone) {
    data["next"] = json::object{{"version", r.version + 1},
                                {"status", std::string(NextStatusCode(r.next))},
                                {"status_label", std::string(NextStatusLabel(r.next))},
                                {"title", r.next_package ? r.next_package->title : std::string()},
                                {"url", url + "?version=next"}};
  }
  data["showing_next"] = next_view;
  data["shown_version"] = next_view ? r.version + 1 : r.version;
  data["next_version_number"] = r.version + 1;
  data["published_version"] = r.version;
  if (auto target = EditTarget(status, r.next, r.package.title)) {
    // A first version is simply "the exemplar"; a later one is named by its number.
    const int version = VersionAt(*target, r.version);
    const std::string named = version == 1 ? "" : " version " + std::to_string(version);
    data["edit_label"] = version == 1 ? "Edit the exemplar" : "Edit" + named;
    data["send_label"] = "Send" + named + " to review";
  }
  data["published_title"] = published_title;
  data["published_url"] = url;
  // Where the review form and the reviewer's e-mail point: the version under review.
  data["under_review_url"] = under == Target::kNextVersion ? url + "?version=next" : url;
  // Where it came from: a coaching cycle is named by its day alone; a challenge cycle links to
  // the school's challenge for those signed in (the page says who may read it).
  if (!r.package.source.empty()) {
    auto sources = store.SourcesFor(r.school, r.cohort);
    if (!sources) return std::unexpected(sources.error());
    for (const auto& source : *sources) {
      if (source.code != r.package.source) continue;
      data["source"] = json::object{{"code", source.code}, {"label", source.label},
                                    {"url", request.principal ? source.url : std::string()}};
    }
  }
  // The collections holding it, for everyone once published; staff may add it to the others.
  if (status == Status::kPublished) {
    CollectionsStore collections(*db, deps.tenant.id);
    auto holding = collections.Holding(r.id);
    auto all = v.staff ? collections.All() : core::Result<std::vector<Collection>>{};
    if (!holding || !all) return std::unexpected(holding ? all.error() : holding.error());
    json::array in;
    json::array choices;
    for (const auto& c : *holding) in.emplace_back(json::object{{"title", c.title}, {"url", "/exemplars/collections/" + c.slug}});
    for (const auto& c : *all) {
      if (std::ranges::none_of(*holding, [&](const Collection& h) { return h.id == c.id; })) {
        choices.emplace_back(json::object{{"slug", c.slug}, {"title", c.title}});
      }
    }
    data["has_collections"] = !in.empty();
    data["collections"] = std::move(in);
    data["may_collect"] = v.staff && !choices.empty();
    data["collection_choices"] = std::move(choices);
  }
  json::array criteria_json;
  for (const auto& criterion : *rubric) criteria_json.emplace_back(json::object{{"code", criterion.code}, {"name", criterion.name}});
  data["rubric"] = std::move(criteria_json);
  return data;
}

json::array Options(const std::vector<std::string>& codes, const Names& names, const std::string& kind,
                    const std::vector<std::string>& chosen) {
  json::array out;
  for (const auto& code : codes) {
    out.emplace_back(json::object{{"code", code},
                                  {"name", NameOf(names, kind, code)},
                                  {"checked", std::ranges::find(chosen, code) != chosen.end()}});
  }
  return out;
}

}  // namespace

Response LibraryPage(const Deps& deps, const Request& request, SearchCache& cache) {
  std::string facets_html;
  auto data = LibraryJson(deps, request, cache, &facets_html);
  if (!data) return features::Failure(request, data.error(), deps.views);
  (*data)["facets_html"] = std::move(facets_html);
  (*data)["signed_in"] = request.principal.has_value();
  return deps.views.Page(request, "exemplars/library", "Exemplars", std::move(*data), "exemplars");
}

Response LibraryApi(const Deps& deps, const Request& request, SearchCache& cache) {
  auto data = LibraryJson(deps, request, cache);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

namespace {

core::Result<json::object> Mine(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ExemplarsStore store(*db, deps.tenant.id);
  auto names = store.LineNames();
  if (!names) return std::unexpected(names.error());
  const auto who = request.principal->person_id;
  json::object data;
  const auto list = [&](const core::Result<std::vector<ExemplarLine>>& lines, const char* key) -> core::Result<void> {
    if (!lines) return std::unexpected(lines.error());
    json::array out;
    for (const auto& line : *lines) {
      auto item = LineJson(line, *names);
      // "Published" alone would hide from the authors, reviewers and staff (the only people these
      // lists reach) that a next version is under way; the library never says so.
      if (line.next != NextStatus::kNone) {
        item["next_status"] = NextStatusCode(line.next);
        item["next_label"] = "next version: " + core::ToLower(NextStatusLabel(line.next));
      }
      out.emplace_back(std::move(item));
    }
    data[std::string("has_") + key] = !out.empty();
    data[key] = std::move(out);
    return {};
  };
  if (auto ok = list(store.Authored(who), "authored"); !ok) return std::unexpected(ok.error());
  if (auto ok = list(store.ToReview(who), "to_review"); !ok) return std::unexpected(ok.error());
  const bool staff = auth::HoldsDistrictWide(*request.principal, {auth::Role::kDirector, auth::Role::kCoordinator,
                                                                  auth::Role::kSpecialist},
                                             auth::Today(deps.clock, deps.tenant.zone));
  data["staff"] = staff;
  // Where the person may package one: the schools of their school grants and caseload.
  std::vector<std::int64_t> schools = request.principal->caseload_school_ids;
  for (const auto& grant : request.principal->grants) {
    if (grant.scope == auth::ScopeKind::kSchool && grant.ActiveOn(auth::Today(deps.clock, deps.tenant.zone)) &&
        features::Allows(deps, *request.principal, "exemplars.package", auth::Resource{0, grant.scope_id, 0, false})) {
      schools.push_back(grant.scope_id);
    }
  }
  auto places = store.PackagingPlaces(schools);
  if (!places) return std::unexpected(places.error());
  json::array package;
  for (const auto& place : *places) {
    package.emplace_back(json::object{{"label", place.school_name + " · " + place.cohort_name},
                                      {"url", "/cohorts/" + place.cohort_slug + "/schools/" + place.school_slug + "/exemplars/new"}});
  }
  data["has_places"] = !package.empty();
  data["places"] = std::move(package);
  if (staff) {
    if (auto ok = list(store.InReview(), "in_review"); !ok) return std::unexpected(ok.error());
  }
  return data;
}

}  // namespace

Response MinePage(const Deps& deps, const Request& request) {
  auto data = Mine(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return deps.views.Page(request, "exemplars/mine", "My exemplars", std::move(*data), "exemplars");
}

Response MineApi(const Deps& deps, const Request& request) {
  auto data = Mine(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

Response ExemplarPage(const Deps& deps, const Request& request, json::object extra, int status) {
  auto data = Exemplar(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  for (auto& [key, value] : extra) (*data)[key] = value;
  if (auto saved = request.Query("saved")) (*data)["saved_" + std::string(*saved)] = true;
  (*data)["csrf_token"] = Csrf(request);
  const std::string title(data->at("title").as_string());
  return deps.views.Page(request, "exemplars/exemplar", title, std::move(*data), "exemplars", status);
}

Response ExemplarApi(const Deps& deps, const Request& request) {
  auto data = Exemplar(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

Response ArtifactFile(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ExemplarsStore store(*db, deps.tenant.id);
  auto found = FindExemplar(deps, store, request);
  if (!found) return features::Failure(request, found.error(), deps.views);
  const auto id = core::ParseInt(request.Param("artifact"), 1, INT64_MAX);
  const Artifact* artifact = nullptr;
  for (const auto& a : found->record.artifacts) {
    if (id && a.id == *id && (ArtifactPublic(found->record.status, a) || found->viewer.Insider())) artifact = &a;
  }
  auto bytes = artifact ? store.ArtifactBytes(found->record.id, artifact->id) : core::Result<std::optional<std::string>>{};
  if (!bytes) return features::Failure(request, bytes.error(), deps.views);
  if (!artifact || !*bytes) {
    return features::Failure(request, core::Error{core::ErrorCode::kNotFound,
                                                  "This student work is not shared; its consent may have been withdrawn.",
                                                  {}, {}},
                             deps.views);
  }
  return features::FileDownload(artifact->file_name, artifact->content_type, std::move(**bytes));
}

Response AtomFeed(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ExemplarsStore store(*db, deps.tenant.id);
  // Published only, as the library: a retired exemplar leaves the feed with the library. The
  // newest page alone: the library's facet counts would group every tag of the district.
  auto found = store.NewestPublished();
  if (!found) return features::Failure(request, found.error(), deps.views);
  const std::string base = deps.auth.public_url;
  std::int64_t updated = 0;
  for (const auto& line : *found) updated = std::max(updated, line.published_at.value_or(0));
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                    "<title>Exemplars: newly published</title>\n<id>" + EscapeMarkup(base) + "/exemplars</id>\n"
                    "<link rel=\"alternate\" href=\"" + EscapeMarkup(base) + "/exemplars\"/>\n"
                    "<link rel=\"self\" href=\"" + EscapeMarkup(base) + "/exemplars/feed.atom\"/>\n"
                    "<updated>" + core::FormatUtcIso(updated) + "</updated>\n";
  for (const auto& line : *found) {
    const std::string url = EscapeMarkup(base) + "/exemplars/" + std::to_string(line.id);
    xml += "<entry><title>" + EscapeMarkup(line.title) + "</title><id>" + url + "</id><link href=\"" + url +
           "\"/><updated>" + core::FormatUtcIso(line.published_at.value_or(0)) + "</updated><author><name>" +
           EscapeMarkup(line.school_name) + "</name></author><summary>" + EscapeMarkup(line.summary) +
           "</summary></entry>\n";
  }
  xml += "</feed>\n";
  Response response;
  response.content_type = "application/atom+xml; charset=utf-8";
  response.body = std::move(xml);
  return response;
}

Response PackagePage(const Deps& deps, const Request& request, json::object extra, int status) {
  auto db = deps.database.Acquire();
  ExemplarsStore store(*db, deps.tenant.id);
  json::object data;
  Package typed;
  std::string place;
  core::Result<std::vector<Source>> sources = std::vector<Source>{};
  if (!request.Param("id").empty()) {
    auto found = FindExemplar(deps, store, request);
    if (!found) return features::Failure(request, found.error(), deps.views);
    if (!found->viewer.may_edit) {
      return features::Failure(request, core::Error{core::ErrorCode::kForbidden,
                                                    "Only " + found->record.school.name +
                                                        "'s teachers, practitioner team and coach change its exemplars.",
                                                    {}, {}},
                               deps.views);
    }
    const auto& r = found->record;
    // A published exemplar's page edits its next version; the published one stays as it is.
    const bool next = EditTarget(r.status, r.next, r.package.title) == Target::kNextVersion && r.next_package;
    typed = next ? *r.next_package : r.package;
    data["action"] = "/exemplars/" + std::to_string(r.id);
    data["editing"] = true;
    data["editing_version"] = next ? r.version + 1 : r.version;
    data["editing_next"] = next;
    data["back_url"] = "/exemplars/" + std::to_string(r.id) + (next ? "?version=next" : "");
    place = found->record.school.name + " · " + found->record.cohort.ShortName();
    sources = store.SourcesFor(r.school, r.cohort);
  } else {
    auto cohort = store.FindCohort(request.Param("slug"));
    auto school = store.FindSchool(request.Param("school"));
    if (!cohort || !school || !*cohort || !*school) {
      return features::Failure(request, core::Error{core::ErrorCode::kNotFound,
                                                    "There is no such cohort or school; start from the school's page.", {}, {}},
                               deps.views);
    }
    data["action"] = "/cohorts/" + (*cohort)->slug + "/schools/" + (*school)->slug + "/exemplars";
    place = (*school)->name + " · " + (*cohort)->ShortName();
    typed.licence = "cc-by";
    sources = store.SourcesFor(**school, **cohort);
  }
  if (!sources) return features::Failure(request, sources.error(), deps.views);
  // After a refusal, what was typed ("typed_<field>") stands in for what is stored.
  const auto typed_text = [&](const char* key, std::string& into) {
    if (const auto* v = extra.if_contains(std::string("typed_") + key); v && v->is_string()) into = std::string(v->as_string());
  };
  for (auto [key, into] : std::initializer_list<std::pair<const char*, std::string*>>{
           {"title", &typed.title}, {"summary", &typed.summary}, {"grade_band", &typed.grade_band},
           {"subject", &typed.subject}, {"samr", &typed.samr}, {"tools", &typed.tools},
           {"lesson_plan", &typed.lesson_plan}, {"licence", &typed.licence}, {"source", &typed.source}}) {
    typed_text(key, *into);
  }
  std::string lists[5];
  typed_text("indicators", lists[0]);
  typed_text("cs_concepts", lists[1]);
  typed_text("cs_practices", lists[2]);
  typed_text("educator_indicators", lists[3]);
  typed_text("leader_indicators", lists[4]);
  auto vocabulary = store.LoadVocabulary();
  auto names = store.TermNames();
  if (!vocabulary || !names) {
    return features::Failure(request, vocabulary ? names.error() : vocabulary.error(), deps.views);
  }
  const auto split = [](const std::string& s, const std::vector<std::string>& stored) {
    return s.empty() ? stored : challenges::SplitCodes(s);
  };
  data["place"] = place;
  data["v"] = json::object{{"title", typed.title}, {"summary", typed.summary}, {"tools", typed.tools},
                           {"lesson_plan", typed.lesson_plan}};
  data["grade_bands"] = Options(vocabulary->grade_bands, *names, "grade_band", {typed.grade_band});
  data["subjects"] = Options(vocabulary->subjects, *names, "subject", {typed.subject});
  data["samr_levels"] = Options(vocabulary->samr_levels, *names, "samr", {typed.samr});
  data["indicators"] = Options(vocabulary->indicators, *names, "indicator", split(lists[0], typed.indicators));
  data["cs_concepts"] = Options(vocabulary->cs_concepts, *names, "cs_concept", split(lists[1], typed.cs_concepts));
  data["cs_practices"] = Options(vocabulary->cs_practices, *names, "cs_practice", split(lists[2], typed.cs_practices));
  data["educator_indicators"] =
      Options(vocabulary->educator_indicators, *names, "indicator", split(lists[3], typed.educator_indicators));
  data["leader_indicators"] =
      Options(vocabulary->leader_indicators, *names, "indicator", split(lists[4], typed.leader_indicators));
  data["adult_open"] = !split(lists[3], typed.educator_indicators).empty() || !split(lists[4], typed.leader_indicators).empty();
  json::array licences;
  for (const auto& l : Licences()) {
    licences.emplace_back(json::object{{"code", l.code}, {"name", l.name}, {"checked", l.code == typed.licence}});
  }
  data["licences"] = std::move(licences);
  json::array source_options{json::object{{"code", ""}, {"label", "Neither: it came from elsewhere"}, {"checked", typed.source.empty()}}};
  for (const auto& source : *sources) {
    source_options.emplace_back(json::object{{"code", source.code}, {"label", source.label}, {"checked", source.code == typed.source}});
  }
  data["has_sources"] = !sources->empty();
  data["sources"] = std::move(source_options);
  for (auto& [key, value] : extra) data[key] = value;
  if (const auto* field = extra.if_contains("error_field"); field && field->is_string()) {
    data["error_on_" + std::string(field->as_string())] = true;
  }
  data["csrf_token"] = Csrf(request);
  return deps.views.Page(request, "exemplars/package", data.contains("editing") ? "Edit the exemplar" : "Package an exemplar",
                         std::move(data), "exemplars", status);
}

}  // namespace practica::exemplars
