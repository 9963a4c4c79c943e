#include "auth/domain/policy.hpp"

#include <algorithm>

namespace practica::auth {
namespace {

const std::vector<Role> kStaff = {Role::kDirector, Role::kCoordinator, Role::kSpecialist};
const std::vector<Role> kAdmins = {Role::kDirector, Role::kCoordinator};

std::vector<Role> With(std::vector<Role> roles, std::initializer_list<Role> more) {
  roles.insert(roles.end(), more);
  return roles;
}

}  // namespace

const std::vector<ActionRule>& ActionCatalog() {
  static const std::vector<ActionRule> kCatalog = {
      // Public: the program is open to the whole district and to applicants.
      {"program.read", Audience::kAnyone, false, {}, "read the program overview"},
      {"cohorts.read", Audience::kAnyone, false, {}, "read cohorts, goals and timelines"},
      {"schools.read", Audience::kAnyone, false, {}, "read schools and their history"},
      {"standards.read", Audience::kAnyone, false, {}, "read reference standards"},
      {"districts.read", Audience::kAnyone, false, {}, "read local districts"},
      {"public.health", Audience::kAnyone, false, {}, "health and readiness"},
      {"public.static", Audience::kAnyone, false, {}, "static files"},
      {"public.api_description", Audience::kAnyone, false, {}, "the OpenAPI document"},
      // Signing in and recovering an account happen before anyone is known.
      {"account.sign_in", Audience::kAnyone, true, {}, "sign in"},
      {"account.recover", Audience::kAnyone, true, {}, "reset a password or accept an invitation"},
      // A signed-in person's own account.
      {"account.read", Audience::kSignedIn, false, {}, "see one's own account"},
      {"account.sign_out", Audience::kSignedIn, true, {}, "sign out, here or everywhere"},
      {"account.tokens", Audience::kSignedIn, true, {}, "create and revoke one's API tokens"},
      // A school's staff list: the school, its local district, its coach and district staff.
      {"school.staff.read", Audience::kRoles, false,
       With(kStaff, {Role::kInstructionalDirector, Role::kCoach, Role::kPrincipal,
                     Role::kTeamMember, Role::kTeacher}),
       "see who works at a school"},
      // People and their grants: district program staff.
      {"people.read", Audience::kRoles, false, kStaff, "see people and their roles"},
      {"people.manage", Audience::kRoles, true, kAdmins,
       "invite people, grant and end roles, deactivate"},
      {"audit.read", Audience::kRoles, false, kStaff, "read and export the audit log"},
      // The job runner's queue: staff watch it, administrators retry what failed.
      {"jobs.read", Audience::kRoles, false, kStaff, "see jobs, their progress and failures"},
      {"jobs.manage", Audience::kRoles, true, kAdmins, "retry a failed job"},
      // One's e-mail preferences; the unsubscribe link in a digest works without signing in,
      // its token being the key.
      {"account.notifications", Audience::kSignedIn, true, {}, "turn digests and reminders on or off"},
      {"account.unsubscribe", Audience::kAnyone, true, {}, "turn an e-mail off by its link"},
      // A visitor asks to be told when an application window opens, and stops it by the link in
      // that e-mail; no account is needed for either.
      {"window_notices.request", Audience::kAnyone, true, {}, "ask to be told when applications open"},
      {"window_notices.stop", Audience::kAnyone, true, {}, "stop application-window e-mails by their link"},
      // Cohort setup: questions, criteria, windows, timelines, extensions.
      {"cohorts.manage", Audience::kRoles, true, kAdmins, "set up and change cohorts"},
      // Applying: the principal, or a practitioner-team member the principal names.
      {"applications.apply", Audience::kRoles, true, {Role::kPrincipal, Role::kTeamMember},
       "write, submit or withdraw the school's application"},
      {"applications.read", Audience::kRoles, false,
       With(kStaff, {Role::kReviewer, Role::kInstructionalDirector, Role::kPrincipal, Role::kTeamMember}),
       "read applications"},
      {"applications.review", Audience::kRoles, true, With(kStaff, {Role::kReviewer}),
       "score an application assigned for review"},
      {"applications.manage", Audience::kRoles, true, With(kStaff, {Role::kInstructionalDirector}),
       "assign reviewers, record site visits and grant extensions"},
      {"applications.decide", Audience::kRoles, true, kAdmins, "decide on applications and notify schools"},
      // A school's year in the program.
      {"participations.read", Audience::kRoles, false,
       With(kStaff, {Role::kCoach, Role::kInstructionalDirector, Role::kPrincipal, Role::kTeamMember,
                     Role::kTeacher}),
       "see a participating school's agreement, team and coach"},
      {"agreements.sign", Audience::kRoles, true, {Role::kPrincipal, Role::kInstructionalDirector},
       "sign the intent to participate"},
      {"teams.manage", Audience::kRoles, true, With(kAdmins, {Role::kPrincipal, Role::kTeamMember}),
       "keep the practitioner team roster"},
      {"participations.manage", Audience::kRoles, true, kAdmins,
       "assign coaches and retract participations"},
      // Commitments: the school's team gives evidence, its coach or district staff verify it.
      {"commitments.read", Audience::kRoles, false,
       With(kStaff, {Role::kCoach, Role::kInstructionalDirector, Role::kPrincipal, Role::kTeamMember,
                     Role::kTeacher}),
       "see a school's commitments and the cohort's progress"},
      {"commitments.submit", Audience::kRoles, true, {Role::kPrincipal, Role::kTeamMember},
       "submit evidence for the school's commitments"},
      {"commitments.verify", Audience::kRoles, true, With(kStaff, {Role::kCoach}),
       "verify or return a school's evidence"},
      {"commitments.manage", Audience::kRoles, true, kAdmins,
       "set up a cohort's commitments and issue them to its schools"},
      // Learning sessions: anyone signed in sees the calendar; a school's principal or team
      // registers its team, a teacher enrols in an open offering, staff or a coach take
      // attendance, district staff plan the offerings.
      {"learning.read", Audience::kSignedIn, false, {}, "see learning sessions and seats"},
      {"learning.register", Audience::kRoles, true, With(kAdmins, {Role::kPrincipal, Role::kTeamMember}),
       "register the school's team for a session, swap or cancel"},
      {"learning.enrol", Audience::kSignedIn, true, {}, "enrol oneself in a session open to teachers"},
      {"learning.attendance", Audience::kRoles, true, With(kStaff, {Role::kCoach}),
       "take attendance at a session"},
      {"learning.progress", Audience::kRoles, false,
       With(kStaff, {Role::kCoach, Role::kInstructionalDirector}),
       "see which schools' teams attended the cohort's sessions"},
      {"learning.manage", Audience::kRoles, true, kAdmins, "plan learning sessions"},
      // The program at a glance: district staff watch every school of a cohort, a local
      // district's instructional director their own schools (the rows are kept to the scope).
      {"dashboard.read", Audience::kRoles, false, With(kStaff, {Role::kInstructionalDirector}),
       "see every school of a cohort at a glance: agreement, team, coach, commitments, sessions"},
      // The school directory: directors and coordinators import the district's own list.
      {"schools.import", Audience::kRoles, true, kAdmins,
       "import the school directory from a CSV or Excel file (dry run, then apply)"},
      // The staff roster: the same people import who works at which school, and as what.
      {"people.import", Audience::kRoles, true, kAdmins,
       "import the staff roster from a CSV or Excel file (dry run, then apply)"},
      // The year's progress report: staff build any, a local district's director their own
      // schools' (reports/domain/report_scope decides which reports each reads); staff choose the
      // evidence under each core value and schedule the directors' monthly e-mail.
      {"reports.read", Audience::kRoles, false, With(kStaff, {Role::kInstructionalDirector}),
       "read a cohort's progress reports (a local district's director: their own schools')"},
      {"reports.build", Audience::kRoles, true, With(kStaff, {Role::kInstructionalDirector}),
       "build a cohort's progress report"},
      {"reports.manage", Audience::kRoles, true, kStaff,
       "choose the evidence under each core value and schedule the directors' monthly reports"},
      // The coach at the school: a coach logs coaching and observes at the caseload's schools
      // and sees their own hours; district staff see every coach's. Anyone signed in sees the
      // entries and observations that name them; one observation is read only by its teacher
      // and its coach (the observations store decides, whoever asks); the school's leaders see
      // counts only, over enough observations.
      {"coaching.read", Audience::kRoles, false, With(kStaff, {Role::kCoach}),
       "see the coaching log and hours (a coach their own, district staff every coach's)"},
      {"coaching.log", Audience::kRoles, true, {Role::kCoach}, "log coaching at a caseload school"},
      {"coaching.shared", Audience::kSignedIn, false, {}, "see the coaching and observations that name oneself"},
      {"observations.record", Audience::kRoles, true, {Role::kCoach}, "record a non-evaluative observation"},
      {"observations.read", Audience::kSignedIn, false, {},
       "read one observation (only its teacher and its coach ever do)"},
      {"observations.reflect", Audience::kSignedIn, true, {}, "add one's reflection to an observation of oneself"},
      // A coaching cycle is the coach's and one teacher's: a coach starts one and records its
      // steps; the cycles store answers a cycle only to its teacher and coach, whoever asks.
      {"cycles.read", Audience::kSignedIn, false, {}, "see one's coaching cycles (only their teacher and coach ever do)"},
      {"cycles.start", Audience::kRoles, true, {Role::kCoach}, "start a coaching cycle with a caseload school's teacher"},
      {"cycles.step", Audience::kRoles, true, {Role::kCoach}, "record a step of a cycle one coaches"},
      {"cycles.note", Audience::kSignedIn, true, {}, "add one's note to a coaching cycle with oneself"},
      {"observations.aggregate", Audience::kRoles, false,
       With(kStaff, {Role::kCoach, Role::kInstructionalDirector, Role::kPrincipal}),
       "see counts of observations by indicator and SAMR level, over at least five"},
      // The school's professional learning plan and banked-time sessions: who may read, plan
      // and share back is judged on the school's people (coaching/domain/pd_plan: its staff,
      // principal, team and coach); district staff agree a plan, and they and the local
      // district's instructional director oversee every plan in scope.
      {"pd.read", Audience::kSignedIn, false, {}, "see a school's professional learning plan (its staff, team, coach, overseers)"},
      {"pd.plan", Audience::kSignedIn, true, {},
       "plan the school's banked-time sessions and take attendance (its principal, team and coach, or staff)"},
      {"pd.agree", Audience::kRoles, true, kStaff, "agree a school's professional learning plan"},
      {"pd.oversee", Audience::kRoles, false, With(kStaff, {Role::kInstructionalDirector}),
       "read the professional learning plans of the schools in scope"},
      {"pd.share", Audience::kSignedIn, true, {}, "share back after a banked-time session one attended"},
      // Calendars: one's own feed and its secret link; the feed itself is read by calendar
      // apps, which cannot sign in: the link is its key. Any signed-in person may download a
      // learning session's days.
      {"calendar.read", Audience::kSignedIn, false, {}, "see what one's calendar holds"},
      {"calendar.link", Audience::kSignedIn, true, {}, "make or stop one's calendar link"},
      {"calendar.feed", Audience::kAnyone, false, {}, "read a calendar feed by its secret link"},
      {"learning.calendar", Audience::kSignedIn, false, {}, "download a learning session's days"},
      // Design challenges: the school's team and its coach write theirs; the other schools of
      // the cohort read what was shared and comment; district staff and the local district's
      // instructional director read their scope. The route narrows the read to the cohort.
      {"challenges.read", Audience::kRoles, false,
       With(kStaff, {Role::kCoach, Role::kInstructionalDirector, Role::kPrincipal, Role::kTeamMember,
                     Role::kTeacher}),
       "read the design challenges of a cohort's schools"},
      {"challenges.change", Audience::kRoles, true, {Role::kPrincipal, Role::kTeamMember, Role::kCoach},
       "write the school's design challenge, its action steps and cycles"},
      {"challenges.comment", Audience::kRoles, true,
       {Role::kPrincipal, Role::kTeamMember, Role::kTeacher, Role::kCoach},
       "comment on a design challenge shared in one's cohort"},
      // Critical Friends rounds: staff and the cohort's coaches schedule them and the facilitator
      // moves one through its steps; whoever the round names speaks in it. The routes narrow each
      // to the cohort and the round (the protocol's rules live in challenges/domain/protocol).
      {"rounds.schedule", Audience::kRoles, true, With(kStaff, {Role::kCoach}),
       "schedule a Critical Friends round in a cohort one coaches or runs"},
      {"rounds.run", Audience::kRoles, true, With(kStaff, {Role::kCoach}), "move a round one facilitates to its next step"},
      {"rounds.speak", Audience::kSignedIn, true, {}, "ask, give feedback or reflect in a round one takes part in"},
      // A 2+1 offering's lesson rounds are read by whoever enrolled (any teacher may, with or
      // without a role in a school), their facilitators, coaches and staff: the route narrows it.
      {"lesson_rounds.read", Audience::kSignedIn, false, {}, "read the lesson rounds of a session one is registered for"},
      // Inquiry groups and partnerships across the cohort's schools: staff and the people and
      // coaches of a cohort's schools start them (the route refuses a group without one of the
      // person's own schools); the group's members and schools record its meetings and what each
      // school takes back (the route narrows it to them).
      {"inquiry.start", Audience::kRoles, true,
       With(kStaff, {Role::kPrincipal, Role::kTeamMember, Role::kTeacher, Role::kCoach}),
       "start an inquiry group or partnership with other schools of one's cohort"},
      {"inquiry.record", Audience::kSignedIn, true, {}, "record a meeting of one's inquiry group and what one's school takes back"},
      // Feedback forms: district staff build and send them and read the results; whoever a
      // form was sent to answers it signed in, or through their own link (the link is the key).
      // The change itself refuses anyone outside the recorded audience.
      {"surveys.manage", Audience::kRoles, true, kStaff, "build feedback forms and send them"},
      {"surveys.results", Audience::kRoles, false, kStaff,
       "read a form's results (an anonymous form's groups only over five answers)"},
      {"surveys.answer", Audience::kSignedIn, true, {}, "see and answer the forms sent to oneself"},
      {"surveys.link", Audience::kAnyone, true, {}, "answer a form through one's own link"},
      // Exemplars: anyone reads the published library (visitors too); the school's teachers,
      // team and coach package theirs; staff assign reviewers from outside the school and retire;
      // a reviewer decides only the reviews assigned to them (the route checks the assignment);
      // who sees an unpublished exemplar and its reviews is decided by the exemplar's page.
      {"exemplars.read", Audience::kAnyone, false, {}, "search and read published exemplars"},
      {"exemplars.mine", Audience::kSignedIn, false, {}, "see one's own exemplars and the reviews asked of one"},
      {"exemplars.package", Audience::kRoles, true,
       {Role::kPrincipal, Role::kTeamMember, Role::kTeacher, Role::kCoach},
       "package an exemplar of one's school"},
      {"exemplars.edit", Audience::kSignedIn, true, {}, "change an exemplar one packaged or one of one's school, attach work, record consent"},
      {"exemplars.review", Audience::kSignedIn, true, {}, "score and decide an exemplar one is asked to review"},
      {"exemplars.curate", Audience::kRoles, true, kStaff, "assign exemplar reviewers and retire published exemplars"},
      // The technology plan and the digital citizenship certification: the school's people, its
      // coach, the local district's director and district staff read them (the route narrows
      // it to the school); the principal and team write and submit the plan and record the
      // certification; the coach comments; district staff return or approve the plan and verify
      // the certification (never the school itself); directors and coordinators set the deadline.
      {"techplans.read", Audience::kRoles, false,
       With(kStaff, {Role::kCoach, Role::kInstructionalDirector, Role::kPrincipal, Role::kTeamMember,
                     Role::kTeacher}),
       "read a school's technology plan and certification"},
      {"techplans.overview", Audience::kRoles, false, With(kStaff, {Role::kCoach, Role::kInstructionalDirector}),
       "see a cohort's technology plans and certifications with the district's counts"},
      {"techplans.write", Audience::kRoles, true, {Role::kPrincipal, Role::kTeamMember},
       "write and submit the school's technology plan"},
      {"techplans.comment", Audience::kRoles, true, {Role::kCoach}, "comment on a caseload school's technology plan"},
      {"techplans.review", Audience::kRoles, true, kStaff, "return a technology plan with comments or approve it"},
      {"certification.record", Audience::kRoles, true, {Role::kPrincipal, Role::kTeamMember},
       "record the school's digital citizenship certification"},
      {"certification.verify", Audience::kRoles, true, kStaff, "verify a school's digital citizenship certification"},
      {"certification.manage", Audience::kRoles, true, kAdmins, "set a cohort's certification deadline"},
      // Visits between Practitioner Schools: anyone signed in reads them, signs up for one of
      // another school and reflects on one attended (the change refuses the host school's own
      // people, a full or past visit, a reflection without attendance); a school's principal,
      // team and coach and district staff offer visits and take attendance (the change keeps
      // them to their own schools).
      {"visits.read", Audience::kSignedIn, false, {}, "see the visits between schools"},
      {"visits.sign_up", Audience::kSignedIn, true, {}, "sign up for a visit to another school, or cancel"},
      {"visits.reflect", Audience::kSignedIn, true, {}, "write notes and a reflection on a visit one attended"},
      {"visits.offer", Audience::kRoles, true, With(kStaff, {Role::kPrincipal, Role::kTeamMember, Role::kCoach}),
       "offer a visit to one's school"},
      {"visits.host", Audience::kRoles, true, With(kStaff, {Role::kPrincipal, Role::kTeamMember, Role::kCoach}),
       "take attendance of a visit to one's school"},
  };
  return kCatalog;
}

const ActionRule* FindAction(std::string_view action) {
  for (const auto& rule : ActionCatalog()) {
    if (rule.action == action) return &rule;
  }
  return nullptr;
}

bool ChangesAccess(std::string_view action) {
  // The routes that write sessions, people, grants or coach_assignments in their own request
  // (a roster import writes them in a job: that is heard as a notice, as another server's is).
  static constexpr std::string_view kActions[] = {
      "account.sign_out",       // this session, or every one of the person's
      "account.recover",        // a new password ends the person's other sessions
      "people.manage",          // deactivate, reactivate, rename; add and end roles
      "teams.manage",           // a practitioner team's members hold a role at the school
      "participations.manage",  // a coach's caseload
  };
  for (const auto& changing : kActions) {
    if (changing == action) return true;
  }
  return false;
}

bool Covers(const Grant& grant, const Resource& where, const Principal& who) {
  if (where.listing) return true;
  switch (grant.scope) {
    case ScopeKind::kDistrict:
      return true;
    case ScopeKind::kLocalDistrict:
      return where.local_district_id != 0 && where.local_district_id == grant.scope_id;
    case ScopeKind::kSchool:
      return where.school_id != 0 && where.school_id == grant.scope_id;
    case ScopeKind::kCaseload:
      return where.school_id != 0 &&
             std::find(who.caseload_school_ids.begin(), who.caseload_school_ids.end(),
                       where.school_id) != who.caseload_school_ids.end();
  }
  return false;
}

Decision Decide(const Principal* who, const ActionRule& rule, const Resource& where,
                const core::LocalDate& today) {
  if (rule.audience == Audience::kAnyone) return Decision::kAllow;
  if (who == nullptr) return Decision::kSignIn;
  if (rule.audience == Audience::kSignedIn) return Decision::kAllow;
  for (const auto& grant : who->grants) {
    if (!grant.ActiveOn(today)) continue;
    if (std::find(rule.roles.begin(), rule.roles.end(), grant.role) == rule.roles.end()) continue;
    if (Covers(grant, where, *who)) return Decision::kAllow;
  }
  return Decision::kForbidden;
}

bool HoldsDistrictWide(const Principal& who, const std::vector<Role>& roles,
                       const core::LocalDate& today) {
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const Grant& grant) {
    return grant.scope == ScopeKind::kDistrict && grant.ActiveOn(today) &&
           std::find(roles.begin(), roles.end(), grant.role) != roles.end();
  });
}

}  // namespace practica::auth
