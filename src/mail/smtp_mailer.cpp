#include "mail/smtp_mailer.hpp"

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <random>

#include "mail/message_writer.hpp"

namespace practica::mail {
namespace {

using core::ErrorCode;

struct CurlUrlFree {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
struct CurlEasyFree {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct CurlListFree {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// curl_easy_init would run the global init itself, which is not thread-safe; do it once first.
void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string UrlPart(CURLU* url, CURLUPart part) {
  char* value = nullptr;
  if (curl_url_get(url, part, &value, 0) != CURLUE_OK || value == nullptr) return {};
  std::string out(value);
  curl_free(value);
  return out;
}

// "smtp://host:port" without user name, password or path; empty when `url` is not SMTP.
std::string ShownSmtpUrl(const std::string& url) {
  std::unique_ptr<CURLU, CurlUrlFree> parsed(curl_url());
  if (!parsed || curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return {};
  const std::string scheme = UrlPart(parsed.get(), CURLUPART_SCHEME);
  const std::string host = UrlPart(parsed.get(), CURLUPART_HOST);
  if ((scheme != "smtp" && scheme != "smtps") || host.empty()) return {};
  const std::string port = UrlPart(parsed.get(), CURLUPART_PORT);
  return scheme + "://" + host + (port.empty() ? "" : ":" + port);
}

std::string NewMessageId(const std::string& from_email) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::random_device random;
  std::string id = "<";
  for (int i = 0; i < 8; ++i) {
    const unsigned value = random();
    for (int shift = 0; shift < 16; shift += 4) id += kHex[(value >> shift) & 15];
  }
  return id + "@" + from_email.substr(from_email.rfind('@') + 1) + ">";
}

struct Upload {
  std::string_view data;
  std::size_t offset = 0;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->data.size() - upload->offset);
  std::memcpy(buffer, upload->data.data() + upload->offset, n);
  upload->offset += n;
  return n;
}

// One message's transfer: `upload` and `curl_text` are borrowed until curl_easy_perform returns.
void SetOptions(CURL* handle, const SmtpSettings& settings, const std::string& mail_from,
                curl_slist* recipients, Upload& upload, char* curl_text) {
  curl_easy_setopt(handle, CURLOPT_URL, settings.url.c_str());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);  // signals would reach other threads
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, curl_text);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(settings.timeout_ms));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(settings.timeout_ms));
  // Without require_tls, STARTTLS is still used whenever the server offers it.
  curl_easy_setopt(handle, CURLOPT_USE_SSL,
                   static_cast<long>(settings.require_tls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
  if (!settings.username.empty()) {
    curl_easy_setopt(handle, CURLOPT_USERNAME, settings.username.c_str());
    curl_easy_setopt(handle, CURLOPT_PASSWORD, settings.password.c_str());
  }
  curl_easy_setopt(handle, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload.data.size()));
  curl_easy_setopt(handle, CURLOPT_READFUNCTION, &ReadUpload);
  curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
}

// The SMTP reply code curl reports in "RCPT failed: 550", or 0.
long ReplyCode(const char* curl_text, const char* command) {
  const std::string prefix = std::string(command) + " failed: ";
  if (std::strncmp(curl_text, prefix.c_str(), prefix.size()) != 0) return 0;
  return std::strtol(curl_text + prefix.size(), nullptr, 10);
}

struct Why {
  std::string reason;  // what went wrong, naming the server
  std::string advice = "try again in a few minutes";
};

// Why a send failed, for a person, from curl's code and the SMTP reply to MAIL or RCPT.
Why Explain(CURLcode code, long mail_reply, long rcpt_reply, const std::string& url,
            const std::string& from_email) {
  const std::string server = "the mail server at " + url;
  if (rcpt_reply >= 400 || (mail_reply >= 400 && mail_reply < 500)) {
    return {server + " refused it for now"};
  }
  if (mail_reply >= 500) {
    return {server + " refused the sender " + from_email,
            "ask the program office to check the mail_from setting"};
  }
  switch (code) {
    case CURLE_LOGIN_DENIED:
      return {server + " refused Practica's user name or password",
              "ask the program office to check the smtp_username and smtp_password settings"};
    case CURLE_USE_SSL_FAILED:
      return {server + " does not offer TLS, which smtp_require_tls asks for",
              "ask the program office to check the mail server settings"};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
      return {"a secure connection to " + server + " could not be set up",
              "ask the program office to check the mail server's certificate"};
    case CURLE_COULDNT_RESOLVE_HOST:
      return {server + " could not be found"};
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
      return {server + " did not answer"};
    default:
      return {server + " answered with an error"};
  }
}

core::Error SendError(CURLcode code, const char* curl_text, const Message& message,
                      const std::string& url, const std::string& from_email) {
  std::string detail = "curl: " + std::string(curl_easy_strerror(code));
  if (*curl_text != '\0') detail += ": " + std::string(curl_text);
  const long rcpt_reply = ReplyCode(curl_text, "RCPT");
  // A permanent refusal of the recipient is about the address, not the server.
  if (rcpt_reply >= 500) {
    return {ErrorCode::kInvalidInput,
            "The mail server at " + url + " does not accept the address " + message.to +
                "; check it for typos.",
            detail, "to"};
  }
  const Why why = Explain(code, ReplyCode(curl_text, "MAIL"), rcpt_reply, url, from_email);
  return {ErrorCode::kUnavailable,
          "The e-mail to " + message.to + " could not be sent (" + why.reason + "); " +
              why.advice + ".",
          detail, {}};
}

}  // namespace

core::Result<SmtpMailer> SmtpMailer::Create(SmtpSettings settings, const core::Clock& clock) {
  InitCurlOnce();
  std::string shown_url = ShownSmtpUrl(settings.url);
  if (shown_url.empty()) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "The setting smtp_url must be an smtp:// or smtps:// URL with a host, such "
                      "as smtp://mail.district.org:587; got \"" + Printable(settings.url) + "\".",
                      {}, "smtp_url");
  }
  auto from = ParseAddress(settings.from, "mail_from");
  if (!from) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "The setting mail_from must be an address such as "
                      "\"Practica <noreply@district.org>\": " + from.error().message,
                      {}, "mail_from");
  }
  if (settings.timeout_ms < 100 || settings.timeout_ms > 600000) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "The setting smtp_timeout_ms must be from 100 to 600000 milliseconds; got " +
                          std::to_string(settings.timeout_ms) + ".",
                      {}, "smtp_timeout_ms");
  }
  return SmtpMailer(std::move(settings), std::move(*from), std::move(shown_url), clock);
}

SmtpMailer::SmtpMailer(SmtpSettings settings, Address from, std::string shown_url,
                       const core::Clock& clock)
    : settings_(std::move(settings)),
      from_(std::move(from)),
      shown_url_(std::move(shown_url)),
      clock_(&clock) {}

core::Result<void> SmtpMailer::Send(const Message& message) {
  if (auto checked = CheckMessage(message); !checked) return checked;
  const std::string text =
      WriteMessage(message, from_, clock_->NowUtcSeconds(), NewMessageId(from_.email));

  std::unique_ptr<CURL, CurlEasyFree> curl(curl_easy_init());
  std::unique_ptr<curl_slist, CurlListFree> recipients(
      curl_slist_append(nullptr, ("<" + message.to + ">").c_str()));
  if (!curl || !recipients) {
    return core::Fail(ErrorCode::kUnavailable,
                      "The e-mail to " + message.to + " could not be sent (the server is short "
                      "of memory); try again in a few minutes.",
                      "curl_easy_init or curl_slist_append failed");
  }
  const std::string mail_from = "<" + from_.email + ">";
  Upload upload{text};
  char curl_text[CURL_ERROR_SIZE] = {};
  SetOptions(curl.get(), settings_, mail_from, recipients.get(), upload, curl_text);

  const CURLcode code = curl_easy_perform(curl.get());
  if (code != CURLE_OK) {
    return core::Fail(SendError(code, curl_text, message, shown_url_, from_.email));
  }
  spdlog::debug("Sent an e-mail to {} through {} ({} bytes)", message.to, shown_url_,
                text.size());
  return {};
}

}  // namespace practica::mail
