// One server answering two districts on one database, each at its host name: what a person at
// each address sees, signs in to and is e-mailed, and what an unknown address is told.
#include <gtest/gtest.h>

#include "features/schools/store/schools_store.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {

constexpr const char* kLausd = "lausd.practica.test";
constexpr const char* kValley = "valley.practica.test";

class DistrictHostsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = AppServer::StartByHostName({{kLausd, "lausd"}, {kValley, "valley"}}).release();
  }
  static void TearDownTestSuite() { delete server_; }

  static Reply At(const std::string& host, const std::string& target, std::map<std::string, std::string> headers = {}) {
    headers["Host"] = host;
    return server_->Send("GET", target, headers);
  }

  // Fetches the form at `host` for its token, then posts `fields` with it, as a browser there does.
  static Reply PostByForm(const std::string& host, const std::string& path, const std::string& fields) {
    auto form = At(host, path);
    const auto cookie = form.Header("set-cookie");
    const auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
    return server_->Send("POST", path,
                         {{"Host", host},
                          {"Content-Type", "application/x-www-form-urlencoded"},
                          {"Cookie", "practica_form=" + token}},
                         "csrf_token=" + token + "&" + fields);
  }

  // Signs in through the form at `host`; the session cookie.
  static std::string SignInByForm(const std::string& host, const std::string& email) {
    auto signed_in = PostByForm(host, "/sign-in", "email=" + email + "&password=practitioner-demo&next=/home");
    EXPECT_EQ(signed_in.status, 303) << signed_in.body.substr(0, 300);
    const auto session = signed_in.Header("set-cookie");
    return session.substr(0, session.find(';'));
  }

  static inline AppServer* server_ = nullptr;
};

TEST_F(DistrictHostsTest, EachAddressShowsItsOwnDistrict) {
  ASSERT_NE(server_, nullptr);
  auto lausd = At(kLausd, "/");
  auto valley = At(kValley, "/");
  ASSERT_EQ(lausd.status, 200);
  ASSERT_EQ(valley.status, 200);
  EXPECT_NE(lausd.body.find("Los Angeles Unified School District"), std::string::npos);
  EXPECT_EQ(lausd.body.find("a copy of the LAUSD demo"), std::string::npos);
  EXPECT_NE(valley.body.find("VALLEY, a copy of the LAUSD demo"), std::string::npos);
  // The host name's case and port do not matter.
  EXPECT_NE(At("Valley.Practica.TEST:8080", "/").body.find("VALLEY, a copy of the LAUSD demo"), std::string::npos);
}

TEST_F(DistrictHostsTest, ASchoolOfOneDistrictIsNotFoundAtTheOther) {
  ASSERT_NE(server_, nullptr);
  auto& valley = server_->app_at(kValley);
  {
    auto db = valley.database().Acquire();
    schools::School school;
    school.name = "Valley Oak ES";
    school.type = schools::SchoolType::kElementary;
    ASSERT_TRUE(schools::SchoolsStore(*db, valley.tenant().id).Create(school));
  }
  EXPECT_EQ(At(kValley, "/schools/valley-oak-es").status, 200);
  EXPECT_EQ(At(kLausd, "/schools/valley-oak-es").status, 404);
  EXPECT_EQ(At(kLausd, "/api/v1/schools?q=valley+oak").body.find("Valley Oak"), std::string::npos);
}

TEST_F(DistrictHostsTest, SigningInAtOneAddressSignsInThereOnly) {
  ASSERT_NE(server_, nullptr);
  // The same person, by e-mail, is in both districts; the session is the district's.
  const auto session = SignInByForm(kValley, "sophia.mendoza%40lausd.net");
  ASSERT_TRUE(session.starts_with("practica_session=")) << session;
  EXPECT_EQ(At(kValley, "/api/v1/people", {{"Cookie", session}}).status, 200);
  EXPECT_EQ(At(kLausd, "/api/v1/people", {{"Cookie", session}}).status, 401);
  auto page = At(kLausd, "/people", {{"Cookie", session}});
  EXPECT_EQ(page.status, 303);
  EXPECT_TRUE(page.Header("location").starts_with("/sign-in")) << page.Header("location");
}

TEST_F(DistrictHostsTest, EmailedLinksReturnToTheDistrictsOwnAddress) {
  ASSERT_NE(server_, nullptr);
  auto asked = PostByForm(kValley, "/password/forgot", "email=principal%40practica.example");
  EXPECT_LT(asked.status, 400) << asked.body.substr(0, 300);
  // Each district's runner does its own district's work: LAUSD's finds nothing to send.
  ASSERT_TRUE(server_->app_at(kLausd).jobs().RunDue().has_value());
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send'"), 0);
  ASSERT_TRUE(server_->app_at(kValley).jobs().RunDue().has_value());
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND payload LIKE "
                               "'%http://valley.practica.test/password/reset/%'"),
            1);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE payload LIKE '%lausd.practica.test%'"), 0);
}

TEST_F(DistrictHostsTest, AnAddressWithNoDistrictIsToldWhichAddressesAnswer) {
  ASSERT_NE(server_, nullptr);
  auto page = At("practica.example:8080", "/");
  EXPECT_EQ(page.status, 421);
  EXPECT_NE(page.body.find("<h1>No district is served at this address</h1>"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("It answers at lausd.practica.test and valley.practica.test: check the address you typed."),
            std::string::npos)
      << page.body;
  // Links to each address served, on the port the person used; no district's name is shown.
  EXPECT_NE(page.body.find("<a href=\"//valley.practica.test:8080/\">valley.practica.test</a>"), std::string::npos);
  EXPECT_EQ(page.body.find("Los Angeles Unified"), std::string::npos);
  auto api = At("practica.example:8080", "/api/v1/schools");
  EXPECT_EQ(api.status, 421);
  EXPECT_NE(api.body.find("\"code\":\"unknown_host\""), std::string::npos) << api.body;
  EXPECT_NE(api.body.find("This server has no district at the address \\\"practica.example\\\"."), std::string::npos)
      << api.body;
  EXPECT_EQ(At("127.0.0.1", "/sign-in").status, 421);
}

TEST_F(DistrictHostsTest, ABalancerCheckingByAddressReachesTheHealthChecks) {
  ASSERT_NE(server_, nullptr);
  EXPECT_EQ(At("127.0.0.1:8080", "/healthz").status, 200);
  EXPECT_EQ(At("10.0.0.7", "/readyz").status, 200);
}

}  // namespace
}  // namespace practica::testing
