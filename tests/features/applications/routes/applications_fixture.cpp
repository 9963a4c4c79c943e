#include "applications_fixture.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <zlib.h>

#include "auth/grant_store.hpp"

namespace practica::applications {
namespace json = boost::json;
using testing::Reply;
using testing::SignedIn;

void ApplicationsRoutesTest::SetUp() { StartWith({}); }

void ApplicationsRoutesTest::StartWith(app::Config config) {
  server_ = testing::AppServer::Start(std::move(config));
  ASSERT_NE(server_, nullptr);
  SignEveryoneIn();
  auto opened = Api("POST", "/api/v1/cohorts/ps-4-0/copy", director_, R"({"number":"5.0","title":"Empowered Learner"})");
  ASSERT_EQ(opened.status, 201) << opened.body;
  auto window = Api("POST", "/api/v1/cohorts/ps-5-0/setup/window", director_,
                    R"({"opens_at":"2026-11-02T08:00","closes_at":"2026-12-04T16:00"})");
  ASSERT_EQ(window.status, 200) << window.body;
  auto dates = Api("POST", "/api/v1/cohorts/ps-5-0/setup/dates", director_,
                   R"({"site_visits_from":"2026-12-07","site_visits_to":"2026-12-18","notification_week_of":"2027-01-11"})");
  ASSERT_EQ(dates.status, 200) << dates.body;
}

void ApplicationsRoutesTest::SignEveryoneIn() {
  director_ = server_->SignIn("sophia.mendoza@lausd.net");
  specialist_ = server_->SignIn("dominic.caguioa@lausd.net");
  principal_ = server_->SignIn("principal@practica.example");
  teacher_ = server_->SignIn("teacher@practica.example");
  hope_ = server_->SignIn("principal.hope@practica.example");
  northeast_ = server_->SignIn("director.northeast@practica.example");
  coach_ = server_->SignIn("coach@practica.example");
}

void ApplicationsRoutesTest::MoveClockTo(std::int64_t now) {
  server_->clock().Set(now);
  SignEveryoneIn();
}

std::string ApplicationsRoutesTest::PageUrl(const std::string& school) {
  return "/cohorts/ps-5-0/schools/" + school + "/application";
}

std::string ApplicationsRoutesTest::ApiUrl(const std::string& school) {
  return "/api/v1/cohorts/ps-5-0/schools/" + school + "/application";
}

Reply ApplicationsRoutesTest::Api(const std::string& method, const std::string& target, const SignedIn& who,
                                  const std::string& body) {
  return server_->Send(method, target,
                       {{"Cookie", who.cookie}, {"X-CSRF-Token", who.csrf_token}, {"Content-Type", "application/json"}},
                       body);
}

Reply ApplicationsRoutesTest::Upload(const std::string& target, const SignedIn& who, const std::string& file_name,
                                     const std::string& content_type, const std::string& bytes,
                                     std::map<std::string, std::string> headers) {
  const std::string boundary = "----PracticaTestBoundary7MA4YWxk";
  std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file_name +
                     "\"\r\nContent-Type: " + content_type + "\r\n\r\n" + bytes + "\r\n--" + boundary + "--\r\n";
  headers["Cookie"] = who.cookie;
  headers["X-CSRF-Token"] = who.csrf_token;
  headers["Content-Type"] = "multipart/form-data; boundary=" + boundary;
  return server_->Send("POST", target, headers, body);
}

json::object ApplicationsRoutesTest::Json(const Reply& reply) {
  boost::system::error_code ec;
  auto value = json::parse(reply.body, ec);
  EXPECT_FALSE(ec) << reply.body.substr(0, 300);
  return ec || !value.is_object() ? json::object{} : value.as_object();
}

std::int64_t ApplicationsRoutesTest::Count(const std::string& sql) { return server_->CountRows(sql); }

void ApplicationsRoutesTest::CompleteApplication(const std::string& school, const SignedIn& who) {
  auto started = Api("POST", ApiUrl(school), who);
  ASSERT_EQ(started.status, 201) << started.body;
  const auto application = Json(started);
  json::array answers;
  for (const auto& q : application.at("questions").as_array()) {
    answers.emplace_back(json::object{{"question_id", q.at("id")}, {"text", "Yes: see our ILT minutes."}});
  }
  json::array ratings;
  for (const auto& c : application.at("criteria").as_array()) {
    ratings.emplace_back(json::object{{"criterion_id", c.at("id")}, {"rating", 3}, {"evidence", "Observed weekly."}});
  }
  auto saved = Api("POST", ApiUrl(school) + "/draft", who,
                   json::serialize(json::object{{"answers", answers}, {"ratings", ratings}}));
  ASSERT_EQ(saved.status, 200) << saved.body;
  auto attached = Upload(ApiUrl(school) + "/attachments", who, "intent-to-participate.pdf", "application/pdf", PdfBytes());
  ASSERT_EQ(attached.status, 201) << attached.body;
}

void ApplicationsRoutesTest::SubmitApplication(const std::string& school, const SignedIn& who) {
  CompleteApplication(school, who);
  auto submitted = Api("POST", ApiUrl(school) + "/submit", who);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
}

void ApplicationsRoutesTest::MakeReviewer(const SignedIn& who) {
  auto db = server_->app().database().Acquire();
  auto added = auth::GrantStore(*db, server_->app().tenant().id)
                   .Add({who.person_id, auth::Role::kReviewer, auth::ScopeKind::kDistrict, 0, {2019, 5, 20}, std::nullopt},
                        0, server_->clock().NowUtcSeconds());
  ASSERT_TRUE(added.has_value()) << added.error().message;
}

std::string PdfBytes() { return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"; }

std::string PngBytes() {
  static const unsigned char kPng[] = {
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00,
      0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00,
      0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0xF8, 0xFF, 0xFF, 0x3F, 0x00, 0x05, 0xFE,
      0x02, 0xFE, 0xA7, 0xD6, 0xA4, 0xF3, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(kPng), sizeof kPng);
}

namespace {

void Put16(std::string& out, unsigned value) {
  out.push_back(static_cast<char>(value & 0xFF));
  out.push_back(static_cast<char>((value >> 8) & 0xFF));
}

void Put32(std::string& out, unsigned long value) {
  Put16(out, value & 0xFFFF);
  Put16(out, (value >> 16) & 0xFFFF);
}

}  // namespace

// The smallest Word document libmagic recognizes: a stored ZIP whose entries are
// [Content_Types].xml, _rels/.rels and word/document.xml, in that order.
std::string DocxBytes() {
  const std::vector<std::pair<std::string, std::string>> entries = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"_rels/.rels", "<Relationships/>"},
      {"word/document.xml", "<w:document/>"}};
  std::string zip;
  std::string directory;
  for (const auto& [name, data] : entries) {
    const auto crc = crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
    const auto offset = zip.size();
    Put32(zip, 0x04034b50);
    for (unsigned v : {20u, 0u, 0u, 0u, 0u}) Put16(zip, v);
    Put32(zip, crc);
    Put32(zip, data.size());
    Put32(zip, data.size());
    Put16(zip, static_cast<unsigned>(name.size()));
    Put16(zip, 0);
    zip += name + data;
    Put32(directory, 0x02014b50);
    for (unsigned v : {20u, 20u, 0u, 0u, 0u, 0u}) Put16(directory, v);
    Put32(directory, crc);
    Put32(directory, data.size());
    Put32(directory, data.size());
    Put16(directory, static_cast<unsigned>(name.size()));
    for (unsigned v : {0u, 0u, 0u, 0u}) Put16(directory, v);
    Put32(directory, 0);
    Put32(directory, offset);
    directory += name;
  }
  const auto directory_offset = zip.size();
  zip += directory;
  Put32(zip, 0x06054b50);
  for (unsigned v : {0u, 0u}) Put16(zip, v);
  Put16(zip, static_cast<unsigned>(entries.size()));
  Put16(zip, static_cast<unsigned>(entries.size()));
  Put32(zip, directory.size());
  Put32(zip, directory_offset);
  Put16(zip, 0);
  return zip;
}

}  // namespace practica::applications
