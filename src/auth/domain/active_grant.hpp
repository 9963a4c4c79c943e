// "A grant holds on a day", written in SQL once, for every room that asks the database who
// holds a role (who signs, who is told, who may review). It is Grant::ActiveOn for rows not yet
// loaded: the grant was not ended (ending takes it away at once), its first day has come and
// its last day, if any, has not passed. The grants table is the auth room's; this is how the
// others read it.
#pragma once

#include <string>
#include <string_view>

namespace practica::auth {

// A condition on the grants table as `alias` ("g"), true when the grant holds on the day in
// parameter `day` ("$2", a YYYY-MM-DD text); both databases compare those texts as dates.
std::string GrantHoldsOn(std::string_view alias, std::string_view day);

}  // namespace practica::auth
