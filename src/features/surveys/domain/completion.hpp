// How much of a school's staff answered a feedback form: the agreement's commitment 19 ("Staff
// agrees to complete periodic online feedback forms") is kept in a month when most of the
// school's staff asked answered that month's form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace practica::surveys {

// The invitations of one form through one school: everyone asked, and those who answered.
struct Completion {
  std::int64_t asked = 0;
  std::int64_t answered = 0;
};

// Whether answers from a form's audience speak for the school's staff: forms sent to the staff,
// the practitioner team or a session's attendees do; forms sent to principals (one person a
// school) or to coaches (no school) do not.
bool CountsForStaff(std::string_view audience_kind);

// Whether more than half of those asked answered: 6 of 10 is most, 5 of 10 is not; nobody asked
// is never most.
bool MostAnswered(const Completion& completion);

// Whether the answer just recorded is the one that made it most: 6 of 10 after it, 5 before.
// Later answers (7 of 10) are not, so the school's commitment hears of the form once.
bool JustReachedMost(const Completion& after);

// What the verification says: "6 of 10 staff asked answered “October feedback” (60%)"; the
// share rounds down, so 2 of 3 reads 66%.
std::string CompletionText(const Completion& completion, std::string_view form_title);

}  // namespace practica::surveys
