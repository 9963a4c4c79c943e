// Inquiry groups and partnerships across a cohort's schools: the cohort's list with the form to
// start one, a group's page with its meetings and what each school takes back, and their API
// twins. Changes go through features::RunChange, each with its audit entry.
#pragma once

#include <boost/json/object.hpp>

#include "features/challenges/routes/context.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::challenges {

// A group as the person may read it, and what they may do in it.
struct GroupPlace {
  InquiryGroup group;
  CohortView view;
  bool member = false;
  std::vector<std::int64_t> speaks_for;  // the group's schools the person works at or coaches
  bool may_record = false;               // staff, a member, or a person or coach of a group school
};

// The group of the path ({id}). kNotFound for an unknown group; kForbidden unless the person reads
// the cohort's challenges (an instructional director: a group with one of their schools).
[[nodiscard]] core::Result<GroupPlace> FindGroup(const features::Deps& deps, ChallengesStore& store,
                                                 const http::Request& request);

// kind, name, focus, statement (a partnership's "How might we"), members (ids, commas).
core::Result<boost::json::object> StartGroup(const features::Deps&, const http::Request&, const features::Fields&);
// held_on (YYYY-MM-DD), agenda, notes, links, attendees (ids, commas).
core::Result<boost::json::object> RecordMeeting(const features::Deps&, const http::Request&, const features::Fields&);
// meeting (id), school (slug), body.
core::Result<boost::json::object> AddTakeaway(const features::Deps&, const http::Request&, const features::Fields&);

http::Response GroupsPage(const features::Deps& deps, const http::Request& request, const boost::json::object& extra,
                          int status);
http::Response GroupsApi(const features::Deps& deps, const http::Request& request);
http::Response GroupPage(const features::Deps& deps, const http::Request& request, const boost::json::object& extra,
                         int status);
http::Response GroupApi(const features::Deps& deps, const http::Request& request);

// Whether the person reads the group: everything of the cohort, or (an instructional director)
// a group with one of their local district's schools.
bool ReadsGroup(const CohortView& view, const InquiryGroup& group);

// A group in a list: kind, name, its "How might we" or focus, schools, meetings, link.
boost::json::object GroupLineJson(const InquiryGroup& group);

}  // namespace practica::challenges
