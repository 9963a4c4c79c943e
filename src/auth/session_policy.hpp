// How long a sign-in lasts. Its own header so that the many files which only pass the policy
// along (every route's Deps, the guard's context) need not see the session store.
#pragma once

namespace practica::auth {

struct SessionPolicy {
  int idle_minutes = 120;   // a session unused this long ends
  int absolute_hours = 12;  // and every session ends this long after sign-in
};

}  // namespace practica::auth
