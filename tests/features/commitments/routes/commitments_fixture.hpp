// The application on the demo data with the clock in late May 2019, when every demo person's
// roles are active and PS 3.0's year is nearly done; helpers to read checklists and the ledger.
#pragma once

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "auth/grant_store.hpp"
#include "features/people/store/people_store.hpp"
#include "support/app_server.hpp"

namespace practica::testing {

namespace json = boost::json;

inline const std::string kGarvanza = "garvanza-elementary-technology-and-leadership-magnet";
inline const std::string kHope = "hope-street-es";
inline const std::string kSanPascual = "san-pascual-steam-magnet";
inline const std::string kPrincipal = "principal@practica.example";     // Elena Ortiz, Garvanza
inline const std::string kTeamMember = "teacher@practica.example";     // Priya Shah, Garvanza
inline const std::string kHopePrincipal = "principal.hope@practica.example";
inline const std::string kCoach = "coach@practica.example";            // Garvanza, Hope, Telfair
inline const std::string kDirector = "sophia.mendoza@lausd.net";
inline const std::string kSpecialist = "dominic.caguioa@lausd.net";
inline const std::string kNortheastDirector = "director.northeast@practica.example";

inline constexpr std::int64_t kLateMay2019 = 1559062800;  // 2019-05-28 17:00 UTC, 10 AM in LA

inline std::string Checklist(const std::string& school, bool api = false) {
  return std::string(api ? "/api/v1" : "") + "/cohorts/ps-3-0/schools/" + school + "/commitments";
}

class CommitmentsRoutes : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = AppServer::Start();
    ASSERT_NE(server_, nullptr);
    server_->clock().Set(kLateMay2019);
  }

  json::object GetJson(const std::string& target, const SignedIn& who) {
    auto reply = server_->Get(target, &who);
    EXPECT_EQ(reply.status, 200) << target << ": " << reply.body.substr(0, 300);
    auto parsed = json::parse(reply.body.empty() ? "{}" : reply.body);
    return parsed.is_object() ? parsed.as_object() : json::object{};
  }

  // The item with that code in a checklist answer, wherever its group is.
  static json::object Item(const json::object& checklist, const std::string& code) {
    for (const auto& group : checklist.at("groups").as_array()) {
      for (const auto& item : group.at("items").as_array()) {
        if (item.at("code").as_string() == code) return item.as_object();
      }
    }
    ADD_FAILURE() << "no commitment " << code;
    return {};
  }

  std::string Status(const std::string& school, const std::string& code, const SignedIn& who) {
    const auto item = Item(GetJson(Checklist(school, true), who), code);
    return item.contains("status") ? std::string(item.at("status").as_string()) : "";
  }

  std::int64_t Events() { return server_->CountRows("SELECT COUNT(*) FROM commitment_events"); }

  // A JSON call as a signed-in browser makes it (session cookie and CSRF header).
  Reply PostJson(const std::string& target, const SignedIn& who, const std::string& body) {
    return server_->Send("POST", target,
                         {{"Cookie", who.cookie}, {"X-CSRF-Token", who.csrf_token},
                          {"Content-Type", "application/json"}},
                         body);
  }

  // Gives the person a role at a school from the start of 2019.
  void Grant(const std::string& email, auth::Role role, const std::string& school_slug) {
    auto db = server_->app().database().Acquire();
    const auto district = server_->app().tenant().id;
    const auto person = people::PeopleStore(*db, district).FindByEmail(email).value().value().id;
    const auto school = db->QueryInt("SELECT id FROM schools WHERE district_id = $1 AND slug = $2",
                                     {district, school_slug}).value().value();
    ASSERT_TRUE(auth::GrantStore(*db, district)
                    .Add({person, role, auth::ScopeKind::kSchool, school, {2019, 1, 1}, {}}, 0, kLateMay2019)
                    .has_value());
  }

  std::unique_ptr<AppServer> server_;
};

}  // namespace practica::testing
