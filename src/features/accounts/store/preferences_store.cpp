#include "features/accounts/store/preferences_store.hpp"

namespace practica::accounts {

bool Wants(const NotificationPreferences& preferences, std::string_view topic) {
  if (topic == "digest") return preferences.digest_enabled;
  if (topic == "reminder") return preferences.reminders_enabled;
  return false;
}

bool IsTopic(std::string_view topic) { return topic == "digest" || topic == "reminder"; }

std::string TopicLabel(std::string_view topic) {
  return topic == "digest" ? "the weekly digest" : "reminders before due dates and sessions";
}

core::Result<NotificationPreferences> PreferencesStore::For(std::int64_t person_id) {
  NotificationPreferences preferences;
  auto done = db_.Execute(
      "SELECT digest_enabled, reminders_enabled FROM notification_preferences"
      " WHERE district_id = $1 AND person_id = $2",
      {district_id_, person_id}, [&](const db::Row& row) {
        preferences.digest_enabled = row.Int(0) != 0;
        preferences.reminders_enabled = row.Int(1) != 0;
      });
  if (!done) return std::unexpected(done.error());
  return preferences;
}

core::Result<void> PreferencesStore::Save(std::int64_t person_id,
                                          const NotificationPreferences& preferences,
                                          std::int64_t now) {
  auto saved = db_.Exec(
      "INSERT INTO notification_preferences (district_id, person_id, digest_enabled,"
      " reminders_enabled, updated_at) VALUES ($1, $2, $3, $4, $5)"
      " ON CONFLICT (district_id, person_id) DO UPDATE SET digest_enabled = excluded.digest_enabled,"
      " reminders_enabled = excluded.reminders_enabled, updated_at = excluded.updated_at",
      {district_id_, person_id, std::int64_t{preferences.digest_enabled},
       std::int64_t{preferences.reminders_enabled}, now});
  if (!saved) return std::unexpected(saved.error());
  return {};
}

core::Result<void> PreferencesStore::TurnOff(std::int64_t person_id, std::string_view topic,
                                             std::int64_t now) {
  auto preferences = For(person_id);
  if (!preferences) return std::unexpected(preferences.error());
  if (topic == "digest") preferences->digest_enabled = false;
  if (topic == "reminder") preferences->reminders_enabled = false;
  return Save(person_id, *preferences, now);
}

core::Result<void> PreferencesStore::AddUnsubscribeLink(const std::string& token_hash,
                                                        std::int64_t person_id,
                                                        std::string_view topic, std::int64_t now,
                                                        std::int64_t expires_at) {
  auto added = db_.Exec(
      "INSERT INTO unsubscribe_links (district_id, token_hash, person_id, topic, created_at,"
      " expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, token_hash, person_id, std::string(topic), now, expires_at});
  if (!added) return std::unexpected(added.error());
  return {};
}

core::Result<std::optional<UnsubscribeLink>> PreferencesStore::FindUnsubscribeLink(
    const std::string& token_hash, std::int64_t now) {
  std::optional<UnsubscribeLink> link;
  auto done = db_.Execute(
      "SELECT u.person_id, u.topic, p.email, u.expires_at FROM unsubscribe_links u"
      " JOIN published_people p ON p.district_id = u.district_id AND p.id = u.person_id"
      " WHERE u.district_id = $1 AND u.token_hash = $2",
      {district_id_, token_hash}, [&](const db::Row& row) {
        link = UnsubscribeLink{row.Int(0), row.String(1), row.String(2), row.Int(3) <= now};
      });
  if (!done) return std::unexpected(done.error());
  return link;
}

core::Result<void> PreferencesStore::MarkUsed(const std::string& token_hash, std::int64_t now) {
  auto marked = db_.Exec(
      "UPDATE unsubscribe_links SET used_at = $3 WHERE district_id = $1 AND token_hash = $2",
      {district_id_, token_hash, now});
  if (!marked) return std::unexpected(marked.error());
  return {};
}

}  // namespace practica::accounts
