// Every route of the router, for every kind of person (and a visitor), on a record inside and
// outside their scope. The expectations below are written out by hand from the program's
// rules, not derived from the policy they check.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "features/people/store/people_store.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {

const std::string kGarvanza = "garvanza-elementary-technology-and-leadership-magnet";  // Northeast
const std::string kHope = "hope-street-es";                                              // East
const std::string kLosAngelesHs = "los-angeles-hs";                                      // West

const std::vector<std::string> kPeople = {
    "",  // a visitor
    "sophia.mendoza@lausd.net",           // director
    "allison.jonas@lausd.net",            // coordinator
    "dominic.caguioa@lausd.net",          // specialist and reviewer
    "coach@practica.example",             // coach of Garvanza, Hope Street, Telfair
    "director.northeast@practica.example",// instructional director, Northeast
    "principal@practica.example",         // principal of Garvanza
    "teacher@practica.example",           // teacher and team member at Garvanza
    "principal.hope@practica.example",    // principal of Hope Street ES
};

const std::set<std::string> kStaff = {"sophia.mendoza@lausd.net", "allison.jonas@lausd.net",
                                      "dominic.caguioa@lausd.net"};
const std::set<std::string> kAdmins = {"sophia.mendoza@lausd.net", "allison.jonas@lausd.net"};

// Who may see a school's staff list: district staff, the school's own people, the local
// district's instructional director and the school's coach.
bool MaySeeStaff(const std::string& who, const std::string& school) {
  if (kStaff.contains(who)) return true;
  if (who == "coach@practica.example") return school == kGarvanza || school == kHope;
  if (who == "director.northeast@practica.example") return school == kGarvanza;
  if (who == "principal@practica.example" || who == "teacher@practica.example") return school == kGarvanza;
  if (who == "principal.hope@practica.example") return school == kHope;
  return false;
}

// Expected for each action: may this person do it on this school ("" for none).
bool Allowed(const std::string& action, const std::string& who, const std::string& school) {
  static const std::set<std::string> kPublic = {
      "program.read", "cohorts.read", "schools.read", "standards.read", "districts.read",
      "public.health", "public.static", "public.api_description", "account.sign_in",
      "account.recover"};
  if (kPublic.contains(action)) return true;
  // A calendar feed is read by its secret link alone (a wrong one is not found, not refused).
  if (action == "calendar.feed") return true;
  if (action == "account.read" || action == "account.sign_out" || action == "account.tokens" ||
      action == "calendar.read" || action == "calendar.link" || action == "learning.calendar") {
    return !who.empty();
  }
  // E-mail preferences are one's own; an unsubscribe link works for whoever holds it.
  if (action == "account.notifications") return !who.empty();
  if (action == "account.unsubscribe") return true;
  // Anyone may ask to be told when applications open, and stop it by the e-mail's link.
  if (action == "window_notices.request" || action == "window_notices.stop") return true;
  // The job queue: district staff watch it, directors and coordinators retry what failed.
  if (action == "jobs.read") return kStaff.contains(who);
  if (action == "jobs.manage") return kAdmins.contains(who);
  if (action == "school.staff.read") return MaySeeStaff(who, school);
  if (action == "people.read" || action == "audit.read") return kStaff.contains(who);
  if (action == "people.manage") return kAdmins.contains(who);
  if (action == "cohorts.manage" || action == "applications.decide" ||
      action == "participations.manage") {
    return kAdmins.contains(who);
  }
  // School-scoped writes and reads: `school` is the school the route names ("" for lists).
  const bool garvanza_people = who == "principal@practica.example" || who == "teacher@practica.example";
  const bool own_school = (garvanza_people && (school == kGarvanza || school.empty())) ||
                          (who == "principal.hope@practica.example" && (school == kHope || school.empty()));
  if (action == "applications.apply") {
    return (who == "principal@practica.example" || who == "teacher@practica.example" ||
            who == "principal.hope@practica.example") && own_school;
  }
  if (action == "applications.read") {
    return kStaff.contains(who) || own_school ||
           (who == "director.northeast@practica.example" && (school == kGarvanza || school.empty()));
  }
  if (action == "applications.review") return kStaff.contains(who);  // Dominic is also a reviewer
  if (action == "applications.manage") {
    return kStaff.contains(who) ||
           (who == "director.northeast@practica.example" && (school == kGarvanza || school.empty()));
  }
  if (action == "participations.read") {
    return kStaff.contains(who) || own_school ||
           (who == "coach@practica.example" && (school == kGarvanza || school == kHope || school.empty())) ||
           (who == "director.northeast@practica.example" && (school == kGarvanza || school.empty()));
  }
  if (action == "agreements.sign") {
    return (who == "principal@practica.example" && (school == kGarvanza || school.empty())) ||
           (who == "principal.hope@practica.example" && (school == kHope || school.empty())) ||
           (who == "director.northeast@practica.example" && (school == kGarvanza || school.empty()));
  }
  if (action == "teams.manage") {
    return kAdmins.contains(who) || (own_school && who != "teacher@practica.example") ||
           (who == "teacher@practica.example" && own_school);  // the teacher is on the team
  }
  // Commitments: the school's people, its coach and local district read them; its principal and
  // team give evidence; its coach and district staff verify; directors and coordinators set up.
  if (action == "commitments.read") {
    return kStaff.contains(who) || own_school ||
           (who == "coach@practica.example" && (school == kGarvanza || school == kHope || school.empty())) ||
           (who == "director.northeast@practica.example" && (school == kGarvanza || school.empty()));
  }
  if (action == "commitments.submit") {
    return (who == "principal@practica.example" || who == "teacher@practica.example" ||
            who == "principal.hope@practica.example") && own_school;
  }
  if (action == "commitments.verify") {
    return kStaff.contains(who) ||
           (who == "coach@practica.example" && (school == kGarvanza || school == kHope || school.empty()));
  }
  if (action == "commitments.manage") return kAdmins.contains(who);
  // Learning sessions: everyone signed in sees them and enrols in open ones; a school's principal
  // and team register its team; staff and coaches take attendance; staff, coaches and
  // instructional directors follow a cohort's attendance; directors and coordinators plan.
  if (action == "learning.read" || action == "learning.enrol") return !who.empty();
  if (action == "learning.register") return kAdmins.contains(who) || own_school;
  if (action == "learning.attendance") return kStaff.contains(who) || who == "coach@practica.example";
  if (action == "learning.progress") {
    return kStaff.contains(who) || who == "coach@practica.example" ||
           who == "director.northeast@practica.example";
  }
  if (action == "learning.manage") return kAdmins.contains(who);
  // The dashboard: staff see every school, the Northeast's director their own (the page opens;
  // its rows are kept to the director's schools).
  if (action == "dashboard.read") return kStaff.contains(who) || who == "director.northeast@practica.example";
  // Progress reports: staff build and read any, the Northeast's director their own local
  // district's (the list and the snapshot are kept to it); staff choose evidence and schedules.
  if (action == "reports.read" || action == "reports.build") {
    return kStaff.contains(who) || who == "director.northeast@practica.example";
  }
  if (action == "reports.manage") return kStaff.contains(who);
  if (action == "schools.import" || action == "people.import") return kAdmins.contains(who);
  // Design challenges: every person here works at or coaches a PS 3.0 school, or is district
  // staff, and reads the cohort's challenges; the Northeast's director reads its own schools
  // only. The school's principal and team and its coach change them; the cohort's schools and
  // coaches comment (staff and directors only read).
  if (action == "challenges.read") {
    if (who == "director.northeast@practica.example") return school == kGarvanza || school.empty();
    return !who.empty();
  }
  if (action == "challenges.change") {
    return (garvanza_people && school == kGarvanza) || (who == "principal.hope@practica.example" && school == kHope) ||
           (who == "coach@practica.example" && (school == kGarvanza || school == kHope));
  }
  if (action == "challenges.comment") {
    return who == "coach@practica.example" || garvanza_people || who == "principal.hope@practica.example";
  }
  // Critical Friends rounds: staff and coaches schedule and run them (the route narrows to the
  // cohort's coaches and the round's facilitator); anyone signed in reaches the route that adds to
  // a round, which narrows it to the round's people.
  if (action == "rounds.schedule" || action == "rounds.run") return kStaff.contains(who) || who == "coach@practica.example";
  if (action == "rounds.speak") return !who.empty();
  // A session's lesson rounds: anyone signed in reaches them; the route narrows them to the
  // session's participants, facilitators, coaches and staff.
  if (action == "lesson_rounds.read") return !who.empty();
  // Inquiry groups: staff and the people and coaches of schools start them (the route keeps a
  // group to one's own schools); anyone signed in reaches the meeting and takeaway routes,
  // which narrow them to the group's members and schools.
  if (action == "inquiry.start") return !who.empty() && who != "director.northeast@practica.example";
  if (action == "inquiry.record") return !who.empty();
  // Exemplars: anyone reads the library (the page hides what is not published: 404); the
  // school's teachers, team and coach package; anyone signed in reaches an exemplar's own changes
  // and reviews, which the route narrows to its authors and assigned reviewers; staff curate.
  if (action == "exemplars.read") return true;
  if (action == "exemplars.mine" || action == "exemplars.edit" || action == "exemplars.review") return !who.empty();
  if (action == "exemplars.curate") return kStaff.contains(who);
  if (action == "exemplars.package") {
    return (garvanza_people && school == kGarvanza) || (who == "principal.hope@practica.example" && school == kHope) ||
           (who == "coach@practica.example" && (school == kGarvanza || school == kHope));
  }
  // The coach at the school: the coach logs and observes (the caseload is judged by the domain
  // rule on the school typed); staff and the coach read the log and hours; anyone signed in sees
  // what names them and asks for one observation (only its teacher and coach get it: 404 for
  // the rest); the school's leaders, its coach and staff see counts.
  if (action == "coaching.read") return kStaff.contains(who) || who == "coach@practica.example";
  if (action == "coaching.log" || action == "observations.record" || action == "cycles.start" ||
      action == "cycles.step") {
    return who == "coach@practica.example";
  }
  if (action == "coaching.shared" || action == "observations.read" || action == "observations.reflect" ||
      action == "cycles.read" || action == "cycles.note") {
    return !who.empty();
  }
  if (action == "observations.aggregate") {
    return kStaff.contains(who) || who == "coach@practica.example" ||
           who == "director.northeast@practica.example" || who == "principal@practica.example" ||
           who == "principal.hope@practica.example";
  }
  // Feedback forms: district staff build, send and read results; anyone signed in sees the
  // forms sent to them and answers (the audience is judged by the change: 403 only for a real
  // form); one's own link answers without signing in.
  if (action == "surveys.manage" || action == "surveys.results") return kStaff.contains(who);
  if (action == "surveys.answer") return !who.empty();
  if (action == "surveys.link") return true;
  // Technology plans and certifications: the school's people, its coach, the Northeast's
  // director (Garvanza) and staff read them; the cohort overview is for staff, coaches and
  // directors; the school's principal and team write the plan and record the certification; the
  // coach comments; staff review and verify; directors and coordinators set the deadline.
  const bool coach_here = who == "coach@practica.example" && (school == kGarvanza || school == kHope || school.empty());
  if (action == "techplans.read") {
    return kStaff.contains(who) || own_school || coach_here ||
           (who == "director.northeast@practica.example" && (school == kGarvanza || school.empty()));
  }
  if (action == "techplans.overview") {
    return kStaff.contains(who) || who == "coach@practica.example" || who == "director.northeast@practica.example";
  }
  if (action == "techplans.write" || action == "certification.record") return own_school;
  if (action == "techplans.comment") return coach_here;
  if (action == "techplans.review" || action == "certification.verify") return kStaff.contains(who);
  if (action == "certification.manage") return kAdmins.contains(who);
  // Visits between schools: anyone signed in reads them, signs up and reflects (the change
  // narrows it to visitors of other schools and those who came); the schools' principals, teams
  // and coaches and district staff offer visits and take attendance (the change keeps them to
  // their own schools).
  if (action == "visits.read" || action == "visits.sign_up" || action == "visits.reflect") return !who.empty();
  if (action == "visits.offer" || action == "visits.host") {
    return kStaff.contains(who) || who == "coach@practica.example" || garvanza_people ||
           who == "principal.hope@practica.example";
  }
  // A school's professional learning plan: the record decides (coaching/domain/pd_plan). Its
  // staff, principal, team and coach, district staff and its local district's director read it;
  // its principal, team and coach and district staff plan; district staff agree. A session's
  // routes name no school: anyone signed in gets the record's own answer (here: no such session).
  if (action == "pd.read" || action == "pd.plan" || action == "pd.share") {
    if (who.empty()) return false;
    if (school.empty()) return true;
    const bool director_here = who == "director.northeast@practica.example" && school == kGarvanza;
    return kStaff.contains(who) || coach_here || own_school || (action == "pd.read" && director_here);
  }
  if (action == "pd.agree") return kStaff.contains(who);
  ADD_FAILURE() << "The matrix has no expectation for the action " << action
                << ": add one when adding the action.";
  return false;
}

// One server answering two districts on one database by host name: LAUSD, and a copy of its
// demo as "valley", with the same people, schools and cohorts under another district. Each
// district must answer its own people exactly as the rules say, and nobody of the other.
constexpr const char* kLausdHost = "lausd.practica.test";
constexpr const char* kValleyHost = "valley.practica.test";

class AuthzMatrix : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = AppServer::StartByHostName({{kLausdHost, "lausd"}, {kValleyHost, "valley"}}).release();
    ASSERT_NE(server_, nullptr);
    // Someone the state-changing routes may change (grant, end, deactivate) without disturbing
    // the people the matrix signs in as, in each district.
    for (const auto* host : {kLausdHost, kValleyHost}) {
      auto& district = server_->app_at(host);
      auto db = district.database().Acquire();
      target_ids_[host] = people::PeopleStore(*db, district.tenant().id)
                              .Create(people::Person{0, "matrix.target@practica.example", "Matrix Target", true})
                              ->id;
    }
  }
  static void TearDownTestSuite() { delete server_; }

  // Every route for every person and school, sent to `host`: `sessions_from` is the district
  // whose sessions the people sign in to. From the other district, everyone must be answered
  // as a visitor would be.
  static void CheckEveryRoute(const std::string& host, const std::string& sessions_from);

  static inline AppServer* server_ = nullptr;
  static inline std::map<std::string, std::int64_t> target_ids_;
};

std::string Fill(std::string pattern, const std::map<std::string, std::string>& values) {
  for (const auto& [name, value] : values) {
    const std::string hole = "{" + name + "}";
    for (auto at = pattern.find(hole); at != std::string::npos; at = pattern.find(hole)) {
      pattern.replace(at, hole.size(), value);
    }
  }
  return pattern;
}

void AuthzMatrix::CheckEveryRoute(const std::string& host, const std::string& sessions_from) {
  ASSERT_NE(server_, nullptr);
  const bool own_district = host == sessions_from;
  auto& signing_in = server_->app_at(sessions_from);
  int checked = 0;
  for (const auto& route : server_->app_at(host).router().routes()) {
    // Routes about one school name it: /schools/{slug}/… or …/schools/{school}/….
    const bool school_in_slug = route.pattern.starts_with("/schools/{slug}/") ||
                                route.pattern.starts_with("/api/v1/schools/{slug}/");
    const bool school_scoped = school_in_slug || route.pattern.find("{school}") != std::string::npos;
    const std::vector<std::string> schools =
        school_scoped ? std::vector<std::string>{kGarvanza, kHope, kLosAngelesHs}
                      : std::vector<std::string>{kGarvanza};
    for (const auto& school : schools) {
      for (const auto& who : kPeople) {
        std::optional<SignedIn> session;
        if (!who.empty()) session = server_->SignInAt(signing_in, who);  // a fresh one: sign-out ends it
        // Every parameter a route may name; a new one needs a value here.
        const std::string path = Fill(route.pattern, {{"slug", school_in_slug ? school : "ps-3-0"},
                                                      {"school", school},
                                                      {"id", std::to_string(target_ids_[host])},
                                                      {"grant", "1"},
                                                      {"token", "no-such-link"},
                                                      {"name", "app.css"},
                                                      {"number", "1"},
                                                      {"day", "1"},
                                                      {"question", "1"},
                                                      {"review", "1"},
                                                      {"artifact", "1"},
                                                      {"file", "1"},
                                                      {"collection", "innovative-designer-in-the-elementary-grades"}});
        ASSERT_EQ(path.find('{'), std::string::npos) << "give the matrix a value for " << path;
        std::map<std::string, std::string> headers{{"Host", host}};
        if (session) {
          headers["Cookie"] = session->cookie;
          headers["X-CSRF-Token"] = session->csrf_token;
        }
        std::string body;
        if (route.method != http::Method::kGet) {
          headers["Content-Type"] = route.surface == http::Surface::kApi ? "application/json"
                                                                          : "application/x-www-form-urlencoded";
          body = route.surface == http::Surface::kApi ? "{}" : "";
          // Visitors' forms carry the double-submit token of the sign-in form; one holding
          // another district's session carries both, and must get no more than a visitor.
          if (!session || !own_district) {
            const std::string form_cookie = "practica_form=matrix-token-matrix-token-matrix-token";
            headers["Cookie"] = session ? session->cookie + "; " + form_cookie : form_cookie;
            headers["X-CSRF-Token"] = "matrix-token-matrix-token-matrix-token";
          }
        }
        const auto reply = server_->Send(std::string(http::MethodName(route.method)), path, headers, body);
        // Another district's session is no session here: its holder is a visitor.
        const std::string as_who = own_district ? who : "";
        const bool allowed = Allowed(route.action, as_who, school_scoped ? school : "");
        const bool sent_to_sign_in = reply.status == 303 && reply.Header("location").starts_with("/sign-in?next=");
        const std::string label = std::string(http::MethodName(route.method)) + " " + host + path + " as " +
                                  (who.empty() ? "a visitor" : who + " of " + sessions_from);
        if (allowed) {
          EXPECT_TRUE(reply.status != 401 && reply.status != 403 && !sent_to_sign_in)
              << label << " was refused with " << reply.status << ": " << reply.body.substr(0, 300);
        } else if (as_who.empty()) {
          EXPECT_TRUE(reply.status == 401 || sent_to_sign_in) << label << " answered " << reply.status;
        } else {
          EXPECT_EQ(reply.status, 403) << label;
        }
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 300);
}

TEST_F(AuthzMatrix, EveryRouteAnswersEachPersonAsTheProgramsRulesSay) { CheckEveryRoute(kLausdHost, kLausdHost); }

TEST_F(AuthzMatrix, TheSecondDistrictByItsHostNameAnswersItsOwnPeopleTheSameWay) {
  CheckEveryRoute(kValleyHost, kValleyHost);
}

TEST_F(AuthzMatrix, EveryRouteOfOneDistrictTreatsTheOthersPeopleAsVisitors) {
  // The same e-mail addresses exist in both districts: a session is the district's own.
  CheckEveryRoute(kValleyHost, kLausdHost);
  CheckEveryRoute(kLausdHost, kValleyHost);
}

}  // namespace
}  // namespace practica::testing
