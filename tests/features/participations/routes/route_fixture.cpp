#include "features/participations/routes/route_fixture.hpp"

#include <boost/json/parse.hpp>

#include "auth/grant_store.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::testing {

void ParticipationRoutes::SetUp() {
  ASSERT_TRUE(smtp_.Start()) << "the SMTP rig did not start";
  app::Config config;
  config.smtp_url = smtp_.url();
  config.mail_from = "Practica <noreply@practica.example>";
  server_ = AppServer::Start(config);
  ASSERT_NE(server_, nullptr);
  server_->clock().Set(kDuringPs3);
  // These tests form, sign and coach PS 3.0 participations from nothing; the demo's PS 3.0
  // history (Garvanza's team for its learning sessions, the signatures, leads, confirmation and
  // coach that Garvanza's and Hope Street's checklists imply) is set aside.
  auto db = server_->app().database().Acquire();
  for (const char* table : {"team_members", "agreement_signatures", "participation_coaches", "participation_details"}) {
    ASSERT_TRUE(db->Exec(std::string("DELETE FROM ") + table +
                         " WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-3-0')").has_value());
  }
}

std::string ParticipationRoutes::Page(const std::string& school, const std::string& suffix, const std::string& cohort) {
  return "/cohorts/" + cohort + "/schools/" + school + "/participation" + suffix;
}

std::string ParticipationRoutes::Api(const std::string& school, const std::string& suffix, const std::string& cohort) {
  return "/api/v1" + Page(school, suffix, cohort);
}

int ParticipationRoutes::CurrentVersion(const std::string& cohort) {
  const std::string newest =
      "SELECT COALESCE(MAX(v.version), 0) FROM agreement_versions v JOIN cohorts c ON c.district_id = v.district_id"
      " AND c.id = v.cohort_id WHERE c.slug = '" + cohort + "'";
  if (Count(newest) == 0) PublishNext("Intent to participate, first version.\n\nThe school agrees to its commitments.", cohort);
  return static_cast<int>(Count(newest));
}

int ParticipationRoutes::PublishNext(const std::string& text, const std::string& cohort) {
  auto db = server_->app().database().Acquire();
  const auto district = server_->app().tenant().id;
  const auto cohort_id = db->QueryInt("SELECT id FROM cohorts WHERE district_id = $1 AND slug = $2",
                                      {district, cohort}).value().value();
  const auto version = db->QueryInt("SELECT COALESCE(MAX(version), 0) + 1 FROM agreement_versions"
                                    " WHERE district_id = $1 AND cohort_id = $2",
                                    {district, cohort_id}).value().value();
  auto published = db->Exec("INSERT INTO agreement_versions (district_id, cohort_id, version, title, text, published_at)"
                            " VALUES ($1, $2, $3, $4, $5, $6)",
                            {district, cohort_id, version, std::string("Intent to participate"), text, kDuringPs3});
  EXPECT_TRUE(published.has_value()) << (published ? "" : published.error().detail);
  return static_cast<int>(version);
}

Reply ParticipationRoutes::Post(const std::string& email, const std::string& target, const std::string& form) {
  auto who = server_->SignIn(email);
  return server_->PostForm(target, &who, form);
}

Reply ParticipationRoutes::PostJson(const std::string& email, const std::string& target, const std::string& body) {
  auto who = server_->SignIn(email);
  return server_->Send("POST", target,
                       {{"Cookie", who.cookie}, {"X-CSRF-Token", who.csrf_token}, {"Content-Type", "application/json"}},
                       body);
}

boost::json::object ParticipationRoutes::GetJson(const std::string& email, const std::string& target) {
  auto who = server_->SignIn(email);
  auto reply = server_->Get(target, &who);
  EXPECT_EQ(reply.status, 200) << target << ": " << reply.body.substr(0, 400);
  boost::system::error_code ec;
  auto value = boost::json::parse(reply.body, ec);
  return !ec && value.is_object() ? value.as_object() : boost::json::object{};
}

std::int64_t ParticipationRoutes::PersonId(const std::string& email) {
  return Count("SELECT id FROM people WHERE email = '" + email + "'");
}

std::int64_t ParticipationRoutes::SchoolId(const std::string& slug) {
  return Count("SELECT id FROM schools WHERE slug = '" + slug + "'");
}

std::int64_t ParticipationRoutes::AddPerson(const std::string& name, const std::string& email,
                                            std::optional<auth::Role> role, std::int64_t scope_id) {
  auto db = server_->app().database().Acquire();
  const auto district = server_->app().tenant().id;
  auto person = people::PeopleStore(*db, district).Create({0, email, name, true});
  EXPECT_TRUE(person.has_value());
  if (role) {
    auth::NewGrant grant{person->id, *role, auth::NaturalScope(*role), scope_id, {2019, 5, 20}, std::nullopt};
    auto granted = auth::GrantStore(*db, district).Add(grant, 0, kDuringPs3);
    EXPECT_TRUE(granted.has_value()) << (granted ? "" : granted.error().message);
  }
  return person->id;
}

}  // namespace practica::testing
