// What the visits' route tests share: the demo on both databases and a person's requests (the
// design challenges' fixture), with the demo people these tests sign in as.
#pragma once

#include "features/challenges/routes/challenges_fixture.hpp"

namespace practica::testing {

inline const std::string kGarvanzaSlug = "garvanza-elementary-technology-and-leadership-magnet";
inline const std::string kHopeSlug = "hope-street-es";
inline const std::string kElena = "principal@practica.example";    // principal of Garvanza
inline const std::string kPriya = "teacher@practica.example";      // teacher and team member at Garvanza
inline const std::string kHannah = "principal.hope@practica.example";
inline const std::string kDaniel = "principal.sanpascual@practica.example";
inline const std::string kSophia = "sophia.mendoza@lausd.net";
inline const std::string kRamon = "coach@practica.example";        // coach of Garvanza and Hope Street

class VisitsOnDemo : public ChallengesOnDemo {
 protected:
  // A visit offered by `host` at the school, answered with its path ("/visits/12").
  std::string Offer(const std::string& host, const std::string& school, const std::string& day, int capacity) {
    auto reply = Post("/visits", host,
                      {{"school", school}, {"held_on", day}, {"starts", "08:30"}, {"ends", "11:00"},
                       {"purpose", "See design challenges in class"}, {"look_fors", "Rooms 12 and 18"},
                       {"capacity", capacity}});
    EXPECT_EQ(reply.status, 201) << reply.body;
    return "/visits/" + std::to_string(Parse(reply).at("id").as_int64());
  }

  // Local noon of the day in Los Angeles (UTC-8 in winter, -7 in summer: noon either way is that day).
  void SetDay(int year, int month, int day) {
    auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
    server_->clock().Set(zone.ToUtc({{year, month, day}, 12, 0}).value());
  }
};

}  // namespace practica::testing
