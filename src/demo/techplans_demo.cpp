#include "demo/techplans_demo.hpp"

#include <string>
#include <vector>

#include "features/people/store/people_store.hpp"
#include "features/techplans/store/techplans_store.hpp"

namespace practica::demo {
namespace {

namespace t = practica::techplans;

#define TECHPLANS_TRY(expr)                        \
  if (auto techplans_try = (expr); !techplans_try) { \
    return std::unexpected(techplans_try.error());   \
  }

const std::string kGarvanza = "garvanza-elementary-technology-and-leadership-magnet";
const std::string kHope = "hope-street-es";

core::Result<std::int64_t> Person(db::Connection& db, std::int64_t district_id, const std::string& email) {
  auto person = people::PeopleStore(db, district_id).FindByEmail(email);
  if (!person) return std::unexpected(person.error());
  if (!*person) return core::Fail(core::ErrorCode::kInternal, "The demo has no person " + email + ".");
  return (*person)->id;
}

core::Result<std::int64_t> At(const core::TimeZone& zone, const std::string& day, int hour) {
  auto date = core::ParseLocalDate(day);
  if (!date) return std::unexpected(date.error());
  return zone.ToUtc(core::LocalDateTime{*date, hour, 0});
}

// Garvanza's plan as the team wrote it after the Planning Cohort (October 16-18, 2018 in the
// commitments demo); the second version answers the coach's comment.
t::PlanContent GarvanzaPlan(bool revised) {
  t::PlanContent c;
  c.vision =
      "Every Garvanza student designs, tests and improves solutions to real problems, using digital tools "
      "purposefully and safely, so that technology serves strong first instruction rather than replacing it.";
  c.goals = {
      {"English language arts: 60% of students meet or exceed the standard on the SBAC by spring 2019.",
       "Design-process lessons in every grade that end with a written reflection; teachers co-plan them with the ITF "
       "in banked time.",
       "1.4.a, 1.4.c, 1.6.b", "Google Classroom, Seesaw for grades K-2, Newsela"},
      {"Mathematics: reduce after-school intervention referrals by a third.",
       "Strong first instruction with station rotation; students build and test models of their reasoning.",
       "1.4.b, 1.5.c", revised ? "Desmos, Google Sheets, Scratch Jr. in grades 1-2" : "Desmos, Google Sheets"},
  };
  c.personalized_learning = "Station rotation in grades 3-5 twice a week; students choose how to show mastery.";
  c.digital_citizenship =
      revised ? "Common Sense Digital Citizenship lessons monthly in every class; the school certified on "
                "November 16, 2018, and renews each year."
              : "Common Sense Digital Citizenship lessons monthly in every class.";
  c.change_management =
      "The ID Practitioner Team leads teacher-led PD one grade level a month and reports to the ILT each quarter.";
  c.responsible_use = "The District's Responsible Use Policy, reviewed with every class in August and January.";
  c.parent_acknowledgement = "Families sign the acknowledgement at enrollment; the office keeps the signed forms.";
  c.social_media_educators = "Educators follow the District's social media guidelines; class accounts are approved by the principal.";
  c.social_media_students = "Students post only to class spaces the teacher moderates; no personal accounts at school.";
  return c;
}

core::Result<void> AddPlans(t::TechPlansStore& store, db::Connection& db, std::int64_t district_id,
                            const core::TimeZone& zone, std::int64_t cohort_id) {
  auto garvanza = store.FindSchool(kGarvanza);
  auto hope = store.FindSchool(kHope);
  if (!garvanza || !hope || !*garvanza || !*hope) {
    return core::Fail(core::ErrorCode::kInternal, "The demo has no Garvanza or Hope Street ES.");
  }
  auto elena = Person(db, district_id, "principal@practica.example");
  auto ramon = Person(db, district_id, "coach@practica.example");
  auto dominic = Person(db, district_id, "dominic.caguioa@lausd.net");
  auto hannah = Person(db, district_id, "principal.hope@practica.example");
  for (const auto* id : {&elena, &ramon, &dominic, &hannah}) {
    if (!*id) return std::unexpected(id->error());
  }
  auto first = At(zone, "2018-10-30", 16);
  auto comment = At(zone, "2018-11-05", 9);
  auto second = At(zone, "2019-05-20", 15);
  auto submitted = At(zone, "2019-05-24", 15);
  auto approved = At(zone, "2019-06-05", 10);
  auto certified = At(zone, "2018-11-16", 15);
  for (const auto* at : {&first, &comment, &second, &submitted, &approved, &certified}) {
    if (!*at) return std::unexpected(at->error());
  }
  auto plan = store.EnsurePlan(cohort_id, (*garvanza)->id, *elena, *first, true);
  if (!plan) return std::unexpected(plan.error());
  TECHPLANS_TRY(store.AddVersion(*plan, GarvanzaPlan(false), *elena, *first));
  TECHPLANS_TRY(store.AddNote(*plan, {1, "comment", *ramon, {},
                                      "Name the tools for the younger grades in goal 2, and say when the school certified.",
                                      *comment}));
  TECHPLANS_TRY(store.AddVersion(*plan, GarvanzaPlan(true), *elena, *second));
  TECHPLANS_TRY(store.AddNote(*plan, {2, "submitted", *elena, {}, "", *submitted}));
  TECHPLANS_TRY(store.AddNote(*plan, {2, "approved", *dominic, {}, "", *approved}));
  TECHPLANS_TRY(store.SetStatus(*plan, t::PlanStatus::kApproved, *dominic, *approved));
  // Its responsible use policy as the document the team attached with version 2, and its Common
  // Sense certificate as a file beside the link (both illustrative, plain text).
  t::PlanFile policy{0, "responsible_use", "Responsible use policy (illustrative).txt", "text/plain"};
  TECHPLANS_TRY(store.AddFile(cohort_id, (*garvanza)->id, policy,
                              "Garvanza Elementary: responsible use of technology (illustrative)\n\n"
                              "Students use school devices and accounts for learning; a signed parent acknowledgement "
                              "is on file for each student; teachers teach Common Sense lessons every quarter.\n",
                              *elena, *second));
  t::PlanFile certificate{0, "certificate", "Common Sense School certificate (illustrative).txt", "text/plain"};
  TECHPLANS_TRY(store.AddFile(cohort_id, (*garvanza)->id, certificate,
                              "Common Sense Digital Citizenship School, 2018-2019: Garvanza Elementary (illustrative)\n",
                              *elena, *certified));
  // Hope Street's plan waits for the district's review.
  auto hope_plan = store.EnsurePlan(cohort_id, (*hope)->id, *hannah, *second, true);
  if (!hope_plan) return std::unexpected(hope_plan.error());
  t::PlanContent h;
  h.vision = "Hope Street students use digital tools to research, create and share, in English and Spanish.";
  h.goals = {{"English learners: 40% reclassify by the end of 2019-2020.",
              "Academic vocabulary routines with student-made multimedia glossaries.", "1.3.a, 1.6.a",
              "Google Slides, Flipgrid"}};
  h.digital_citizenship = "Common Sense lessons in every class; the certification is in progress.";
  TECHPLANS_TRY(store.AddVersion(*hope_plan, h, *hannah, *second));
  TECHPLANS_TRY(store.AddNote(*hope_plan, {1, "submitted", *hannah, {}, "", *submitted}));
  TECHPLANS_TRY(store.SetStatus(*hope_plan, t::PlanStatus::kSubmitted, *hannah, *submitted));
  return {};
}

struct DemoCertification {
  std::string school_slug;
  t::CertStatus status;
  int educators;
  std::string certificate;
  std::string certified_on;
  std::string by;           // who recorded it
  std::string verified_on;  // "" when not verified yet
};

core::Result<void> AddCertifications(t::TechPlansStore& store, db::Connection& db, std::int64_t district_id,
                                     const core::TimeZone& zone, std::int64_t cohort_id) {
  const std::string recognition = "https://www.commonsense.org/education/recognition/";
  // The links are those the commitments demo gives as evidence for commitment 12.
  const std::vector<DemoCertification> certifications = {
      {kGarvanza, t::CertStatus::kCertified, 31, recognition + "garvanza-elementary", "2018-11-16",
       "principal@practica.example", "2018-11-19"},
      {kHope, t::CertStatus::kCertified, 24, recognition + "hope-street-elementary", "2018-11-26",
       "principal.hope@practica.example", ""},
      {"san-pascual-steam-magnet", t::CertStatus::kCertified, 26, recognition + "san-pascual-steam-magnet",
       "2018-11-20", "principal.sanpascual@practica.example", ""},
      {"24th-street-es", t::CertStatus::kInProgress, 9, "", "", "principal.24th@practica.example", ""},
  };
  auto dominic = Person(db, district_id, "dominic.caguioa@lausd.net");
  if (!dominic) return std::unexpected(dominic.error());
  for (const auto& d : certifications) {
    auto school = store.FindSchool(d.school_slug);
    if (!school) return std::unexpected(school.error());
    if (!*school) continue;  // a school the demo's lists spell otherwise: nothing to show
    auto by = Person(db, district_id, d.by);
    if (!by) return std::unexpected(by.error());
    t::CertRecord record{d.status, d.educators, d.certificate, std::nullopt};
    std::string recorded_on = "2018-10-15";
    if (!d.certified_on.empty()) {
      auto day = core::ParseLocalDate(d.certified_on);
      if (!day) return std::unexpected(day.error());
      record.certified_on = *day;
      recorded_on = d.certified_on;
    }
    auto at = At(zone, recorded_on, 14);
    if (!at) return std::unexpected(at.error());
    TECHPLANS_TRY(store.SaveCertification(cohort_id, (*school)->id, record, *by, *at, true));
    if (d.verified_on.empty()) continue;
    auto verified = At(zone, d.verified_on, 10);
    if (!verified) return std::unexpected(verified.error());
    TECHPLANS_TRY(store.VerifyCertification(cohort_id, (*school)->id, *dominic, *verified));
  }
  return {};
}

}  // namespace

core::Result<void> LoadTechPlansDemo(db::Connection& db, std::int64_t district_id, const core::TimeZone& zone) {
  t::TechPlansStore store(db, district_id);
  auto cohort = store.FindCohort("ps-3-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return core::Fail(core::ErrorCode::kInternal, "The demo has no cohort ps-3-0.");
  TECHPLANS_TRY(AddPlans(store, db, district_id, zone, (*cohort)->id));
  TECHPLANS_TRY(AddCertifications(store, db, district_id, zone, (*cohort)->id));
  // The Friday before LAUSD's Thanksgiving break (November 19-23, 2018).
  auto set_by = Person(db, district_id, "allison.jonas@lausd.net");
  if (!set_by) return std::unexpected(set_by.error());
  auto set_at = At(zone, "2018-08-08", 9);
  if (!set_at) return std::unexpected(set_at.error());
  return store.SetDeadline((*cohort)->id, core::LocalDate{2018, 11, 16}, *set_by, *set_at);
}

}  // namespace practica::demo
