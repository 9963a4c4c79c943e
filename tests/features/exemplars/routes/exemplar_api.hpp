// What the exemplars' route tests share: the demo server on one database, its people's JSON
// API as each of them, and the few reads every test makes (an exemplar's id by its title, a
// search's total, one's open review).
#pragma once

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <memory>
#include <string>

#include "support/app_server.hpp"

namespace practica::testing {

inline const std::string kTeacher = "teacher@practica.example";      // Garvanza, on its team
inline const std::string kPrincipal = "principal@practica.example";  // Garvanza
inline const std::string kCoach = "coach@practica.example";          // Garvanza's coach
inline const std::string kHopePrincipal = "principal.hope@practica.example";
inline const std::string kCoordinator = "allison.jonas@lausd.net";
inline const std::string kSpecialist = "dominic.caguioa@lausd.net";  // the demo's reviewer
inline const std::string kGarvanzaPs4 =
    "/cohorts/ps-4-0/schools/garvanza-elementary-technology-and-leadership-magnet/exemplars";

class ExemplarApi : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
  }

  Reply Post(const std::string& target, const std::string& who, const boost::json::object& body) {
    return server_->PostJson("/api/v1" + target, server_->SignIn(who), boost::json::serialize(body));
  }

  Reply Api(const std::string& target, const std::string& who = "") {
    if (who.empty()) return server_->Get("/api/v1" + target);
    const auto session = server_->SignIn(who);
    return server_->Get("/api/v1" + target, &session);
  }

  static boost::json::object Parse(const Reply& reply) { return boost::json::parse(reply.body).as_object(); }

  // The id of the demo's exemplar with that title.
  std::string IdOf(const std::string& title) {
    std::string id;
    auto db = server_->app().database().Acquire();
    (void)db->Execute("SELECT id FROM exemplars WHERE title = $1", {title},
                      [&](const db::Row& row) { id = std::to_string(row.Int(0)); });
    return id;
  }

  static boost::json::object ReviewBody(const std::string& decision) {
    return {{"score_alignment", 4}, {"score_clarity", 3}, {"score_replicability", 3}, {"score_agency", 4},
            {"comment", "Clear and reusable."}, {"decision", decision}};
  }

  // The review id of the person's open review of the exemplar.
  std::string MyReview(const std::string& id, const std::string& who) {
    return std::to_string(Parse(Api("/exemplars/" + id, who)).at("my_review_id").as_int64());
  }

  std::int64_t Total(const std::string& query) { return Parse(Api("/exemplars?" + query)).at("total").as_int64(); }

  std::unique_ptr<AppServer> server_;
};

inline std::string DatabaseName(const ::testing::TestParamInfo<db::Dialect>& info) {
  return info.param == db::Dialect::kSqlite ? "SQLite" : "PostgreSQL";
}

}  // namespace practica::testing
