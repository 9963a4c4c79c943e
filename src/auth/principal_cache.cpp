#include "auth/principal_cache.hpp"

#include <charconv>

namespace practica::auth {

bool StillTrusted(const SessionPrincipal& session, std::int64_t now) {
  // A clock set back (or another server's a second behind) reads as "just seen": the absolute
  // end still holds.
  return now - session.last_seen_at < kTouchSeconds && now < session.expires_at;
}

std::optional<Principal> OpenedBy(SessionPrincipal session) {
  if (session.principal) session.principal->csrf_token = std::move(session.csrf_token);
  return std::move(session.principal);
}

std::optional<SessionPrincipal> PrincipalCache::Find(const std::string& token_hash, std::int64_t now) const {
  std::lock_guard lock(mutex_);
  if (!live_) return std::nullopt;
  const auto found = kept_.find(token_hash);
  if (found == kept_.end() || !StillTrusted(found->second, now)) return std::nullopt;
  return found->second;
}

std::uint64_t PrincipalCache::Generation() const {
  std::lock_guard lock(mutex_);
  return generation_;
}

void PrincipalCache::Keep(const std::string& token_hash, const SessionPrincipal& session,
                          std::uint64_t generation) {
  std::lock_guard lock(mutex_);
  // Read before a change was heard of: it may hold what the change undid.
  if (!live_ || generation != generation_) return;
  // Past the bound, start again: every person's next request reads once more. Sessions no one
  // uses any more are never found again (StillTrusted), so this is also how they leave.
  if (kept_.size() >= capacity_) DropAllLocked();
  if (kept_.insert_or_assign(token_hash, session).second) {
    tokens_of_[session.person_id].push_back(token_hash);
  }
}

void PrincipalCache::Heard(std::string_view payload) {
  std::int64_t person_id = 0;
  const auto* end = payload.data() + payload.size();
  const auto [at, error] = std::from_chars(payload.data(), end, person_id);
  if (payload.empty() || error != std::errc() || at != end) {
    Clear();
  } else {
    Forget(person_id);
  }
}

void PrincipalCache::Forget(std::int64_t person_id) {
  std::lock_guard lock(mutex_);
  // Any read under way may be this person's: none of them is kept. A read is a few
  // milliseconds, so this costs at most a second read for the few it overlaps.
  ++generation_;
  const auto tokens = tokens_of_.find(person_id);
  if (tokens == tokens_of_.end()) return;
  for (const auto& token : tokens->second) kept_.erase(token);
  tokens_of_.erase(tokens);
}

void PrincipalCache::Clear() {
  std::lock_guard lock(mutex_);
  ForgetLocked();
}

void PrincipalCache::SetLive(bool live) {
  std::lock_guard lock(mutex_);
  // Either way, what was kept may have missed a notice: while the connection was down, or
  // before it listened.
  ForgetLocked();
  live_ = live;
}

void PrincipalCache::ForgetLocked() {
  ++generation_;
  DropAllLocked();
}

void PrincipalCache::DropAllLocked() {
  kept_.clear();
  tokens_of_.clear();
}

bool PrincipalCache::Live() const {
  std::lock_guard lock(mutex_);
  return live_;
}

}  // namespace practica::auth
