// What one room announces inside the transaction of its change, for the rooms that own an
// effect of it (effects.hpp). Plain data: a room that handles an event includes only this.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/time_zone.hpp"

namespace practica::features {

// A school's team attended every session tied to one of its commitments (the learning room
// judges it when it takes attendance); the commitments room marks the commitment verified.
struct AttendanceMet {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  int commitment_number = 0;
  std::int64_t recorded_by = 0;  // who took the attendance that completed it
  std::int64_t at = 0;
  std::string note;  // "Attended: Onboarding (4 days), …"
};

// A cohort was opened from another (the applications room's "Open the next cohort"): the
// cohorts room copies its goals, the commitments room its template and calendar.
struct CohortCopied {
  std::int64_t from_cohort_id = 0;
  std::int64_t to_cohort_id = 0;
  // The old cohort's text in the new cohort's words (number, theme, school year).
  std::function<std::string(std::string_view)> reword;
  // The same day a year later.
  std::function<core::LocalDate(const core::LocalDate&)> next_year;
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// An application was accepted (first or again): the participations room puts the school on the
// cohort's roster under the name the application gave.
struct ApplicationAccepted {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::string listed_name;  // "Hope Street ES"
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// An acceptance was corrected to another decision: the school comes off the roster. The
// applications room has already refused the correction when the participation holds anything.
struct AcceptanceUndone {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
};

// A person the participation's leads name; the name is for what the effect writes.
struct DesignatedLead {
  std::int64_t person_id = 0;
  std::string name;  // "Ana Ruiz"
};

// The leads one change designated: only those newly named, or named anew (a lead saved again
// unchanged is not designated by the change).
struct LeadsDesignated {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::optional<DesignatedLead> sso;
  std::optional<DesignatedLead> technology_support;
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// The school's practitioner team was confirmed.
struct TeamConfirmed {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// A school's team holds its seats at one of its cohort's team offerings: it registered and found
// seats, or its place on the waiting list moved up (a place on the list is not a seat yet).
struct TeamRegistered {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::string offering_kind;  // the learning kind's code: "tech_planning", "onboarding", …
  std::int64_t offering_id = 0;
  std::string offering_title;  // for what the effect writes: "Planning Cohort, March 2019"
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// District staff approved a school's technology plan (the techplans room); `approved_on` is the
// district's day of the approval, for the commitment's due date.
struct PlanApproved {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  core::LocalDate approved_on;
  int version = 0;  // the version approved, for what the effect writes
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// District staff (or the school's coach) verified a school's digital citizenship certification
// (the certification room).
struct CertificationVerified {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::string certified_on;  // "2018-11-16": the date on the certificate
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// A coach logged work at a school (the coaching room): the commitments room verifies what that
// kind of work is evidence of, in each cohort whose school year holds the day.
struct CoachingLogged {
  std::int64_t school_id = 0;
  std::string kind;  // the entry's kind code: "check_in", "ilt_meeting", "co_teach", …
  core::LocalDate held_on;
  // What the verification says it was: "Ramon Castillo logged a check-in meeting at Garvanza
  // ES on Thursday, August 16, 2018".
  std::string note;
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// District staff agreed a school's professional learning plan (the coaching room).
struct PdPlanAgreed {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::string detail;  // "6 banked-time sessions"
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// Attendance at a banked-time session brought the distinct teachers who attended any of the
// plan's sessions past half of the school's teachers (the coaching room judges the majority).
struct PdMajorityReached {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::string rate;  // "15 of 28 teachers (53%)"
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// A teacher shared back after a banked-time session, dated by the session's day.
struct PdSharedBack {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  core::LocalDate held_on;
  std::string session;  // "the banked-time session of Tuesday, October 2, 2018 (Design thinking launch)"
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// A host school took attendance of a visit with at least one visitor present (the visits room):
// the commitments room verifies the school's visit commitments for the visit's day.
struct VisitHeld {
  std::int64_t school_id = 0;
  std::string school_name;  // for what the effect writes: "Garvanza ES"
  core::LocalDate held_on;
  int visitors = 0;  // marked present
  std::int64_t visit_id = 0;
  std::int64_t by = 0;
  std::int64_t at = 0;
};

// An answer to a feedback form brought the school's staff who answered it past half of those
// asked (the surveys room judges the share), dated by the day of that answer: the commitments
// room verifies the school's monthly feedback commitment for the period holding the day.
struct FeedbackAnswered {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  core::LocalDate answered_on;
  std::string detail;  // "6 of 10 staff asked answered “October feedback” (60%)"
  std::int64_t by = 0;
  std::int64_t at = 0;
};

}  // namespace practica::features
