#include "demo/application_demo.hpp"

#include "features/applications/store/applications_store.hpp"
#include "features/applications/store/reviews_store.hpp"
#include "features/applications/store/setup_store.hpp"

namespace practica::demo {
namespace {

namespace a = practica::applications;

constexpr std::int64_t kStartedAt = 1552926600;    // Monday, March 18, 2019, 9:30 AM PDT
constexpr std::int64_t kAttachedAt = 1553534400;   // Monday, March 25, 2019, 10:20 AM PDT
constexpr std::int64_t kSubmittedAt = 1554325200;  // Wednesday, April 3, 2019, 2:00 PM PDT
constexpr std::int64_t kDecidedAt = 1557763200;    // Monday, May 13, 2019, 9:00 AM PDT

// A one-page PDF, small enough to read here: the ILT's meeting calendar the answers mention.
constexpr std::string_view kIltCalendarPdf =
    "%PDF-1.4\n"
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
    "4 0 obj << /Length 88 >> stream\n"
    "BT /F1 14 Tf 72 720 Td (Hope Street ES Instructional Leadership Team: 2018-2019 meetings) Tj ET\n"
    "endstream endobj\n"
    "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
    "trailer << /Root 1 0 R >>\n"
    "%%EOF\n";

// What a principal might answer, question by question (illustrative).
std::string Answer(std::size_t question) {
  static const std::vector<std::string> kAnswers = {
      "Our ILT of nine (administrators, grade-level leads, the coordinator and two parents) meets every other "
      "Tuesday; its 2018-2019 calendar is attached.",
      "Grade-level teams run lesson study twice a year; last spring they rebuilt our writing block together.",
      "Common planning time every Wednesday afternoon and two instructional rounds a semester.",
      "Third to fifth grades use shared documents and video calls with a partner school in Mexico City.",
      "We start from the task students do, then choose the tool; our rounds look at the task, not the device.",
      "Our science and ELA teachers co-plan a unit on the neighborhood's water each spring.",
      "Yes: teachers film and discuss their lessons in our Friday professional learning.",
      "We would host visits and share what we learn at the local district's principal meetings.",
      "Students in every grade take on one problem-based project a semester, presented to families.",
  };
  return question < kAnswers.size() ? kAnswers[question] : "Yes; we describe it in our attached calendar.";
}

}  // namespace

core::Result<void> AddApplicationDemo(db::Connection& db, std::int64_t district_id) {
  a::SetupStore setup_store(db, district_id);
  auto cohort = setup_store.FindCohort("ps-4-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return core::Fail(core::ErrorCode::kInternal, "The demo has no PS 4.0.");
  auto setup = setup_store.Load(**cohort);
  if (!setup) return std::unexpected(setup.error());
  a::ApplicationsStore store(db, district_id);
  auto school = store.FindSchool("hope-street-es");
  if (!school) return std::unexpected(school.error());
  if (!*school) return core::Fail(core::ErrorCode::kInternal, "The demo has no Hope Street ES.");
  a::ReviewsStore reviews(db, district_id);
  auto principal = reviews.FindPerson("principal.hope@practica.example");
  auto director = reviews.FindPerson("sophia.mendoza@lausd.net");
  if (!principal) return std::unexpected(principal.error());
  if (!director) return std::unexpected(director.error());
  if (!*principal || !*director) return core::Fail(core::ErrorCode::kInternal, "The demo's people are missing.");

  auto started = store.Start((*cohort)->id, **school, (*principal)->id, kStartedAt);
  if (!started) return std::unexpected(started.error());
  std::vector<a::Answer> answers;
  for (std::size_t i = 0; i < setup->questions.size(); ++i) answers.push_back({setup->questions[i].id, Answer(i)});
  std::vector<a::Rating> ratings;
  for (const auto& criterion : setup->criteria) {
    ratings.push_back({criterion.id, 3, "Described in our answers and the ILT calendar."});
  }
  if (auto saved = store.SaveDraft(started->id, answers, ratings, kStartedAt + 3600); !saved) return saved;
  a::AttachmentInfo file;
  file.file_name = "Hope Street ILT calendar 2018-2019.pdf";
  file.content_type = "application/pdf";
  file.size_bytes = static_cast<std::int64_t>(kIltCalendarPdf.size());
  file.uploaded_at = kAttachedAt;
  if (auto added = store.AddAttachment(started->id, file, kIltCalendarPdf, (*principal)->id); !added) {
    return std::unexpected(added.error());
  }
  if (auto submitted = store.SetStatus(started->id, a::Status::kSubmitted, kSubmittedAt); !submitted) return submitted;
  if (auto accepted = store.SetStatus(started->id, a::Status::kAccepted, kDecidedAt); !accepted) return accepted;
  return reviews.AddDecision(started->id, "accepted", "Welcome to Practitioner Schools 4.0.", (*director)->id,
                             kDecidedAt);
}

}  // namespace practica::demo
