// One school's signals across the program, as the rooms that own them publish them: what the
// district's dashboard puts in a row. Plain values, so the rules below read without I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "features/commitments/domain/months.hpp"

namespace practica::dashboard {

struct SchoolSignals {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string local_district;       // "Northeast"; "" when none
  std::string local_district_slug;  // the filter's value
  std::string school_type;          // "elementary": the filter's value
  std::string school_type_label;    // "Elementary"
  // Participation (participations::Standing).
  std::string agreement_state;  // "active", "awaiting_signatures", … or a finished year's "took_part"
  std::string agreement_label;  // "Active"
  int team_members = 0;
  bool team_confirmed = false;
  std::optional<std::string> coach;  // the coach's name
  int still_needed = 0;              // what the participation still needs
  // Commitments (commitments::SchoolProgress).
  bool issued = false;
  int verified = 0;
  int commitments = 0;
  int late = 0;
  int due_soon = 0;
  commitments::Months months;  // its own commitments by the month they are due
  // Learning sessions (learning::AttendanceRecord).
  int sessions_held = 0;
  int sessions_attended = 0;
  int sessions_partial = 0;
  int sessions_missed = 0;
  // A letter per session of the cohort (learning::CohortAttendanceRead::marks): 'a' attended,
  // 'p' in part, 'm' missed, 'u' to come, '.' none of these.
  std::string session_marks;
  // Coaching logged in the cohort's school year.
  std::int64_t coaching_minutes = 0;
  // The design challenge (challenges::SchoolStage).
  bool challenge_started = false;
  std::string challenge_stage;  // "cycle"
  std::string challenge_label;  // "Cycle 2"
  bool challenge_shared = false;
  // Exemplars of the school in this cohort (exemplars::SchoolExemplars).
  int exemplars_published = 0;
  int exemplars_under_way = 0;  // being packaged, in review or sent back for changes
  // Feedback forms sent to the school's staff through this cohort (surveys::SchoolFeedback):
  // each form that counts for staff, whether most of those asked answered it (commitment 19).
  int forms_sent = 0;            // forms with invitations through the school
  int forms_most = 0;            // of those, answered by most of those asked
  int forms_closed_short = 0;    // closed without most answering
  std::int64_t forms_asked = 0;  // invitations across them
  std::int64_t forms_answered = 0;
  // The technology plan and the digital citizenship certification (techplans::SchoolPlan).
  std::string plan_status;  // "draft", "submitted", "returned", "approved"; "" when none
  std::string plan_label;   // "Submitted for review"
  std::string certification_status;  // "not_started", "in_progress", "certified", "expired"; "" when none
  std::string certification_label;   // "In progress"
  bool certification_verified = false;
};

}  // namespace practica::dashboard
