// Every page the demo's people reach by following links, and every template of the
// application, drawn by the compiled renderer and by kainjow mustache over the same view
// model: the bytes must be the same.
#include <gtest/gtest.h>

#include <boost/json/value.hpp>

#include <deque>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "app/embedded.hpp"
#include "http/kainjow_reference.hpp"
#include "http/views.hpp"
#include "http/views_observer.hpp"
#include "support/app_server.hpp"
#include "support/page_links.hpp"

namespace practica::testing {
namespace {

struct Seen {
  std::mutex mutex;
  std::map<std::string, int> drawn;       // template -> times compared
  std::vector<std::string> differences;   // template and where it first differs
};

Seen& seen() {
  static Seen instance;
  return instance;
}

void Compare(std::string_view name, std::string_view source, const boost::json::value& model,
             std::string_view html) {
  const auto before = KainjowRender(source, model);
  std::lock_guard lock(seen().mutex);
  ++seen().drawn[std::string(name)];
  if (!before) {
    seen().differences.push_back(std::string(name) + ": kainjow does not parse it");
  } else if (*before != html) {
    std::size_t at = 0;
    while (at < before->size() && at < html.size() && (*before)[at] == html[at]) ++at;
    seen().differences.push_back(std::string(name) + " differs at byte " + std::to_string(at) +
                                 ": kainjow \"" + before->substr(at, 60) + "\", now \"" +
                                 std::string(html.substr(at, 60)) + "\"");
  }
}


class PagesRender : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { http::SetRenderObserver(&Compare); }
  static void TearDownTestSuite() { http::SetRenderObserver(nullptr); }
};

TEST_F(PagesRender, DrawsEveryReachablePageAsKainjowDid) {
  auto server = AppServer::Start();
  std::vector<std::optional<SignedIn>> people = {std::nullopt};
  for (const char* email : {"sophia.mendoza@lausd.net", "principal.hope@practica.example",
                            "principal@practica.example", "teacher@practica.example",
                            "dominic.caguioa@lausd.net", "coach@practica.example",
                            "director.northeast@practica.example"}) {
    people.push_back(server->SignIn(email));
  }
  int pages = 0;
  std::map<int, int> statuses;
  for (const auto& who : people) {
    std::set<std::string> visited;
    std::deque<std::string> queue = {"/", "/home"};
    while (!queue.empty() && visited.size() < 300) {
      const std::string target = queue.front();
      queue.pop_front();
      if (!visited.insert(target).second) continue;
      const SignedIn* as = who ? &*who : nullptr;
      const auto reply = server->Get(target, as);
      ++pages;
      ++statuses[reply.status];
      // The same page as htmx asks for it: the bare template.
      if (visited.size() % 4 == 0) (void)server->Get(target, as, {{"HX-Request", "true"}});
      if (reply.Header("content-type").find("text/html") == std::string::npos) continue;
      for (auto& link : SiteLinks(reply.body)) {
        if (!visited.contains(link)) queue.push_back(std::move(link));
      }
    }
  }
  std::lock_guard lock(seen().mutex);
  for (const auto& difference : seen().differences) ADD_FAILURE() << difference;
  EXPECT_GT(pages, 500);
  EXPECT_GT(statuses[200], pages * 9 / 10);
  EXPECT_GT(seen().drawn["layout"], 400);
  std::cout << "compared " << pages << " pages (" << statuses[200] << " answered 200) drawing "
            << seen().drawn.size() << " templates\n";
}

// Templates no crawled page reaches (error pages, e-mails, fragments) drawn over an empty
// model and over one that fills whatever sections read top-level names: the same bytes.
TEST_F(PagesRender, DrawsEveryTemplateOfTheApplicationAsKainjowDid) {
  std::vector<http::NamedText> templates;
  for (auto& [name, text] : generated::EmbeddedTemplates()) templates.push_back({name, text});
  auto views = http::Views::Load(templates, http::SiteInfo{"District", "/a.css", "/a.js", "/h.js"});
  ASSERT_TRUE(views.has_value()) << views.error().message;
  for (const auto& t : templates) {
    ASSERT_TRUE(views->Render(t.name, boost::json::object{}).has_value()) << t.name;
  }
  std::lock_guard lock(seen().mutex);
  for (const auto& difference : seen().differences) ADD_FAILURE() << difference;
  for (const auto& t : templates) EXPECT_GT(seen().drawn[t.name], 0) << t.name;
}

}  // namespace
}  // namespace practica::testing
