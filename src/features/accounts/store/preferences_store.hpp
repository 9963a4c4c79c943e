// A person's e-mail preferences (weekly digest, reminders) and the unsubscribe links that
// change them without signing in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "db/connection.hpp"

namespace practica::accounts {

struct NotificationPreferences {
  bool digest_enabled = true;
  bool reminders_enabled = true;
};

// "digest" and "reminder", as mail jobs and unsubscribe links name them. False for an unknown
// topic, so nothing unexpected is sent to someone who said no.
bool Wants(const NotificationPreferences& preferences, std::string_view topic);
bool IsTopic(std::string_view topic);
// "the weekly digest", "reminders": for pages.
std::string TopicLabel(std::string_view topic);

struct UnsubscribeLink {
  std::int64_t person_id = 0;
  std::string topic;
  std::string email;
  bool expired = false;
};

class PreferencesStore {
 public:
  PreferencesStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Both on when the person never chose.
  [[nodiscard]] core::Result<NotificationPreferences> For(std::int64_t person_id);
  [[nodiscard]] core::Result<void> Save(std::int64_t person_id,
                                        const NotificationPreferences& preferences,
                                        std::int64_t now);
  // Turns one topic off, leaving the other as it was.
  [[nodiscard]] core::Result<void> TurnOff(std::int64_t person_id, std::string_view topic,
                                           std::int64_t now);

  // Keeps a link's hash (auth::HashToken of the token in the e-mail).
  [[nodiscard]] core::Result<void> AddUnsubscribeLink(const std::string& token_hash,
                                                      std::int64_t person_id,
                                                      std::string_view topic, std::int64_t now,
                                                      std::int64_t expires_at);
  // nullopt for an unknown hash; `expired` when its time has passed.
  [[nodiscard]] core::Result<std::optional<UnsubscribeLink>> FindUnsubscribeLink(
      const std::string& token_hash, std::int64_t now);
  [[nodiscard]] core::Result<void> MarkUsed(const std::string& token_hash, std::int64_t now);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::accounts
