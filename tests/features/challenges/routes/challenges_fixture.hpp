// What the design challenge's route tests share: the demo on a new SQLite file or a fresh
// PostgreSQL database, and the requests a person makes (the API's JSON posts, a page, the API's
// answer), each signed in as the person named by e-mail.
#pragma once

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "features/people/store/people_store.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {

class ChallengesOnDemo : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
  }

  Reply Post(const std::string& target, const std::string& who, const boost::json::object& body) {
    return server_->PostJson("/api/v1" + target, server_->SignIn(who), boost::json::serialize(body));
  }

  Reply Page(const std::string& target, const std::string& who) {
    const auto session = server_->SignIn(who);
    return server_->Get(target, &session);
  }

  Reply Api(const std::string& target, const std::string& who) { return Page("/api/v1" + target, who); }

  std::int64_t PersonNumber(const std::string& email) {
    auto db = server_->app().database().Acquire();
    return people::PeopleStore(*db, server_->app().tenant().id).FindByEmail(email).value()->id;
  }

  std::int64_t Count(const std::string& sql) { return server_->CountRows(sql); }
  static boost::json::object Parse(const Reply& reply) { return boost::json::parse(reply.body).as_object(); }

  std::unique_ptr<AppServer> server_;
};

// Both databases, named in the test's name.
inline std::string DatabaseTestName(const ::testing::TestParamInfo<db::Dialect>& info) {
  return info.param == db::Dialect::kSqlite ? "SQLite" : "PostgreSQL";
}

}  // namespace practica::testing
