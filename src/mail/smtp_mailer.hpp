// Sends e-mail to an SMTP server with libcurl: one connection per message.
#pragma once

#include <string>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "mail/address.hpp"
#include "mail/mailer.hpp"

namespace practica::mail {

struct SmtpSettings {
  // smtp://host:port (STARTTLS when offered, or always with require_tls) or smtps://host:port
  // (TLS from the start). An optional path names the client in EHLO: smtp://host:587/district.org
  std::string url;
  std::string from;  // "Practica <noreply@district.org>": the From header and the envelope sender
  std::string username, password;  // both empty: no AUTH
  bool require_tls = false;        // smtp:// only: refuse to send without STARTTLS
  int timeout_ms = 10000;          // for the whole exchange of one message
};

class SmtpMailer final : public Mailer {
 public:
  // kInvalidInput naming the setting, as a config key ("smtp_url", "mail_from",
  // "smtp_timeout_ms"), when the settings cannot work. `clock` dates each message and must
  // outlive the mailer.
  [[nodiscard]] static core::Result<SmtpMailer> Create(SmtpSettings settings,
                                                       const core::Clock& clock);

  // Returns once the server has accepted the message. kInvalidInput naming the field when the
  // message cannot be written (see CheckMessage) or the server refuses the address for good
  // (field "to"); kUnavailable, with the server's URL in the message and curl's words in
  // `detail`, when the server cannot be reached, refuses it for now or refuses Practica's own
  // sign-in or sender. Nothing is retried here. Thread-safe: each call has its own connection.
  [[nodiscard]] core::Result<void> Send(const Message& message) override;

  // The server's URL without user name or password, as messages show it.
  const std::string& shown_url() const { return shown_url_; }

 private:
  SmtpMailer(SmtpSettings settings, Address from, std::string shown_url,
             const core::Clock& clock);

  SmtpSettings settings_;
  Address from_;
  std::string shown_url_;
  const core::Clock* clock_;
};

}  // namespace practica::mail
