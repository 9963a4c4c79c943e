// The application in-process on the demo, with a real SMTP server catching its mail, and the
// helpers the participation route tests share.
#pragma once

#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include <memory>
#include <string>

#include "auth/domain/principal.hpp"
#include "mail/smtp_rig.hpp"
#include "support/app_server.hpp"

namespace practica::testing {

inline const std::string kGarvanza = "garvanza-elementary-technology-and-leadership-magnet";
inline const std::string kHope = "hope-street-es";
inline const std::string kPrincipal = "principal@practica.example";
inline const std::string kDirector = "director.northeast@practica.example";
inline const std::string kTeacher = "teacher@practica.example";
inline const std::string kHopePrincipal = "principal.hope@practica.example";
inline const std::string kCoach = "coach@practica.example";
inline const std::string kStaff = "sophia.mendoza@lausd.net";
// Monday, June 3, 2019, 10:00 AM in Los Angeles: inside PS 3.0's 2018-2019 school year, whose
// last day is Sunday, June 30, 2019, and after the demo's roles begin (May 20, 2019). The
// participations these tests form and change are not yet history.
inline constexpr std::int64_t kDuringPs3 = 1559581200;

class ParticipationRoutes : public ::testing::Test {
 protected:
  void SetUp() override;

  // "/cohorts/ps-3-0/schools/<school>/participation<suffix>".
  static std::string Page(const std::string& school, const std::string& suffix = "",
                          const std::string& cohort = "ps-3-0");
  static std::string Api(const std::string& school, const std::string& suffix = "",
                         const std::string& cohort = "ps-3-0");

  // The cohort's current agreement version, publishing version 1 first when there is none
  // (as the applications feature does when a cohort is set up).
  int CurrentVersion(const std::string& cohort = "ps-3-0");
  // Publishes the next version and returns its number.
  int PublishNext(const std::string& text, const std::string& cohort = "ps-3-0");

  Reply Post(const std::string& email, const std::string& target, const std::string& form = "");
  Reply PostJson(const std::string& email, const std::string& target, const std::string& body = "{}");
  boost::json::object GetJson(const std::string& email, const std::string& target);

  std::int64_t Count(const std::string& sql) { return server_->CountRows(sql); }
  std::int64_t PersonId(const std::string& email);
  std::int64_t SchoolId(const std::string& slug);
  // A new active person, optionally holding a role (scope: a school or local district id).
  std::int64_t AddPerson(const std::string& name, const std::string& email,
                         std::optional<auth::Role> role = std::nullopt, std::int64_t scope_id = 0);

  SmtpRig smtp_;
  std::unique_ptr<AppServer> server_;
};

}  // namespace practica::testing
