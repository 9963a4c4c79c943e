#include "auth/oidc/http_fetch.hpp"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace practica::auth::oidc {
namespace {

constexpr long kTimeoutMs = 10'000;
constexpr std::size_t kMaxBodyBytes = 1 << 20;

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct HeaderListDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

std::size_t CollectBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<std::string*>(user);
  const std::size_t bytes = size * count;
  // Returning less than was offered makes curl stop with CURLE_WRITE_ERROR.
  if (body->size() + bytes > kMaxBodyBytes) return 0;
  body->append(data, bytes);
  return bytes;
}

std::unexpected<core::Error> Unreachable(std::string_view url, std::string cause) {
  return core::Fail(core::ErrorCode::kUnavailable,
                    "The identity provider could not be reached; try signing in again in a few "
                    "minutes.",
                    "HTTP request to " + std::string(url) + " failed: " + std::move(cause));
}

core::Result<HttpReply> Perform(std::string_view url, const std::string* form,
                                std::string_view authorization) {
  static std::once_flag global_init;
  std::call_once(global_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return Unreachable(url, "curl_easy_init failed");
  const std::string target(url);
  HttpReply reply;
  std::unique_ptr<curl_slist, HeaderListDeleter> headers(
      curl_slist_append(nullptr, "Accept: application/json"));
  std::string authorization_header;
  if (!authorization.empty()) {
    authorization_header = "Authorization: " + std::string(authorization);
    headers.reset(curl_slist_append(headers.release(), authorization_header.c_str()));
  }
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, target.c_str());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, kTimeoutMs);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, kTimeoutMs);
  // Worker threads must not receive SIGALRM from curl's resolver timeouts.
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, CollectBody);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &reply.body);
  if (form != nullptr) {
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, form->c_str());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(form->size()));
  }
  if (const CURLcode code = curl_easy_perform(handle); code != CURLE_OK) {
    return Unreachable(url, curl_easy_strerror(code));
  }
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply.status);
  char* content_type = nullptr;
  curl_easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &content_type);
  if (content_type != nullptr) reply.content_type = content_type;
  return reply;
}

}  // namespace

core::Result<HttpReply> HttpGet(std::string_view url) { return Perform(url, nullptr, {}); }

core::Result<HttpReply> HttpPostForm(std::string_view url, std::string_view form,
                                     std::string_view authorization) {
  const std::string body(form);
  return Perform(url, &body, authorization);
}

std::string FormEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~';
    if (unreserved) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0x0F]);
    }
  }
  return out;
}

}  // namespace practica::auth::oidc
