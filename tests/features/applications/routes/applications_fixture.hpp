// The application in-process on the demo, with a cohort open for applications "now": PS 5.0,
// opened from PS 4.0 by the director through the API, its window around the test clock
// (2026-11-23) and site visits in December. Helpers to act as the demo's people.
#pragma once

#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include <memory>
#include <string>

#include "support/app_server.hpp"

namespace practica::applications {

inline const std::string kGarvanza = "garvanza-elementary-technology-and-leadership-magnet";  // Northeast
inline const std::string kHope = "hope-street-es";                                              // East

// The tests work in PS 5.0, opened from PS 4.0 for each test; the demo's own PS 4.0 application
// (Hope Street's, accepted in 2019) is history, so row counts look at PS 5.0's applications only.
class ApplicationsRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override;
  // Starts the server with this configuration (e.g. an SMTP server for the mail tests).
  void StartWith(app::Config config);

  // The cohort's page address for a school's application ("/cohorts/ps-5-0/schools/…/application").
  static std::string PageUrl(const std::string& school);
  static std::string ApiUrl(const std::string& school);

  // A JSON request as a signed-in person (with the CSRF header a browser's script sends).
  testing::Reply Api(const std::string& method, const std::string& target, const testing::SignedIn& who,
                     const std::string& body = "{}");
  // A multipart upload of one file in the field "file".
  testing::Reply Upload(const std::string& target, const testing::SignedIn& who, const std::string& file_name,
                        const std::string& content_type, const std::string& bytes,
                        std::map<std::string, std::string> headers = {});
  boost::json::object Json(const testing::Reply& reply);
  std::int64_t Count(const std::string& sql);
  // Signs everyone in again (after moving the clock past their sessions' idle limit).
  void SignEveryoneIn();
  void MoveClockTo(std::int64_t now);

  // Starts the school's application and makes it complete: every answer, rating and evidence,
  // and the signed Intent to Participate attached.
  void CompleteApplication(const std::string& school, const testing::SignedIn& who);
  // CompleteApplication, then submits it.
  void SubmitApplication(const std::string& school, const testing::SignedIn& who);
  // Grants a demo person the reviewer role (district-wide).
  void MakeReviewer(const testing::SignedIn& who);

  std::unique_ptr<testing::AppServer> server_;
  testing::SignedIn director_;     // sophia.mendoza@lausd.net
  testing::SignedIn specialist_;   // dominic.caguioa@lausd.net, also a reviewer
  testing::SignedIn principal_;    // principal@practica.example, Garvanza
  testing::SignedIn teacher_;      // teacher@practica.example, Garvanza team member
  testing::SignedIn hope_;         // principal.hope@practica.example
  testing::SignedIn northeast_;    // director.northeast@practica.example
  testing::SignedIn coach_;        // coach@practica.example
};

// Bytes whose content is what their names say.
std::string PdfBytes();
std::string PngBytes();
std::string DocxBytes();

}  // namespace practica::applications
