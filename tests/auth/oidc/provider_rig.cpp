#include "tests/auth/oidc/provider_rig.hpp"

#include <curl/curl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sodium.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>
#include <memory>
#include <thread>

#include "auth/oidc/http_fetch.hpp"

namespace practica::testing {
namespace {

constexpr int kStartTimeoutMs = 20'000;

// Reads the child's stdout until the `listening ISSUER` line, within the time limit.
std::string AwaitIssuer(int fd) {
  std::string seen;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(kStartTimeoutMs);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd ready{fd, POLLIN, 0};
    if (poll(&ready, 1, 200) <= 0) continue;
    char buffer[512];
    const ssize_t got = read(fd, buffer, sizeof buffer);
    if (got <= 0) break;
    seen.append(buffer, static_cast<std::size_t>(got));
    const auto start = seen.find("listening ");
    const auto end = seen.find('\n', start);
    if (start != std::string::npos && end != std::string::npos) {
      return seen.substr(start + 10, end - start - 10);
    }
  }
  ADD_FAILURE() << "the OpenID provider rig printed no `listening` line; it said: " << seen;
  return {};
}

std::string Decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out.push_back(' ');
    } else if (text[i] == '%' && i + 2 < text.size()) {
      out.push_back(static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::string Base64Url(std::string_view bytes) {
  const std::size_t capacity =
      sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  std::string out(capacity, '\0');
  sodium_bin2base64(out.data(), capacity, reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(capacity - 1);
  return out;
}

std::string FromBase64Url(std::string_view text) {
  std::string out(text.size(), '\0');
  std::size_t length = 0;
  sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                    text.size(), nullptr, &length, nullptr,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(length);
  return out;
}

std::vector<std::string> Split(std::string_view token) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t dot = token.find('.'); dot != std::string_view::npos;
       dot = token.find('.', start)) {
    parts.emplace_back(token.substr(start, dot - start));
    start = dot + 1;
  }
  parts.emplace_back(token.substr(start));
  return parts;
}

struct Page {
  long status = 0;
  std::string location;  // absolute, resolved by curl
  std::string body;
};

std::size_t Collect(char* data, std::size_t size, std::size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

// One browser tab: a cookie jar kept across requests, redirects left to the caller.
class Browser {
 public:
  Browser() : curl_(curl_easy_init()) { curl_easy_setopt(curl_, CURLOPT_COOKIEFILE, ""); }
  ~Browser() { curl_easy_cleanup(curl_); }

  Page Get(const std::string& url) { return Send(url, nullptr); }
  Page Post(const std::string& url, const std::string& form) { return Send(url, &form); }

 private:
  Page Send(const std::string& url, const std::string* form) {
    Page page;
    curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl_, CURLOPT_TIMEOUT_MS, 10'000L);
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, Collect);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &page.body);
    if (form != nullptr) {
      curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, form->c_str());
    } else {
      curl_easy_setopt(curl_, CURLOPT_HTTPGET, 1L);
    }
    const CURLcode code = curl_easy_perform(curl_);
    EXPECT_EQ(code, CURLE_OK) << url << ": " << curl_easy_strerror(code);
    curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &page.status);
    char* location = nullptr;
    curl_easy_getinfo(curl_, CURLINFO_REDIRECT_URL, &location);
    if (location != nullptr) page.location = location;
    return page;
  }
  CURL* curl_;
};

std::string FormAction(const std::string& body, const std::string& issuer) {
  const auto start = body.find("action=\"");
  if (start == std::string::npos) return {};
  const auto end = body.find('"', start + 8);
  std::string action = body.substr(start + 8, end - start - 8);
  return action.starts_with('/') ? issuer + action : action;
}

}  // namespace

ProviderRig::ProviderRig(const std::vector<std::string>& arguments) {
  int out[2];
  if (pipe(out) != 0) {
    ADD_FAILURE() << "pipe failed";
    return;
  }
  std::vector<std::string> argv_text = {
      PRACTICA_NODE, std::string(PRACTICA_SOURCE_DIR) + "/tests/rig/oidc-provider.mjs", "--port",
      "0"};
  argv_text.insert(argv_text.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& text : argv_text) argv.push_back(text.data());
  argv.push_back(nullptr);
  pid_ = fork();
  if (pid_ == 0) {
    // The rig must not outlive a test process that crashes.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out[1]);
  stdout_fd_ = out[0];
  if (pid_ < 0) {
    ADD_FAILURE() << "fork failed";
    return;
  }
  issuer_ = AwaitIssuer(stdout_fd_);
}

ProviderRig::~ProviderRig() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status = 0;
    for (int waited_ms = 0; waitpid(pid_, &status, WNOHANG) == 0; waited_ms += 50) {
      if (waited_ms >= 5000) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  if (stdout_fd_ >= 0) close(stdout_fd_);
}

Query ProviderRig::SignIn(const std::string& authorization_url, std::string_view email,
                          std::string_view redirect_uri) const {
  Browser browser;
  Page page = browser.Get(authorization_url);
  for (int step = 0; step < 16; ++step) {
    if (page.status >= 300 && page.status < 400) {
      if (page.location.starts_with(redirect_uri)) {
        Query query = QueryOf(page.location);
        EXPECT_TRUE(query.contains("code")) << page.location;
        return query;
      }
      page = browser.Get(page.location);
    } else if (page.body.find("value=\"login\"") != std::string::npos) {
      page = browser.Post(
          FormAction(page.body, issuer_),
          "prompt=login&login=" + auth::oidc::FormEncode(email) + "&password=any-password");
    } else if (page.body.find("value=\"consent\"") != std::string::npos) {
      page = browser.Post(FormAction(page.body, issuer_), "prompt=consent");
    } else {
      break;
    }
  }
  ADD_FAILURE() << "sign-in at the provider did not come back to " << redirect_uri << "; last page "
                << page.status << " " << page.location << "\n"
                << page.body.substr(0, 2000);
  return {};
}

Query ProviderRig::QueryOf(std::string_view url) {
  Query query;
  const auto question = url.find('?');
  if (question == std::string_view::npos) return query;
  std::string_view rest = url.substr(question + 1);
  rest = rest.substr(0, rest.find('#'));
  while (!rest.empty()) {
    const std::string_view pair = rest.substr(0, rest.find('&'));
    const auto equals = pair.find('=');
    query[Decode(pair.substr(0, equals))] =
        equals == std::string_view::npos ? "" : Decode(pair.substr(equals + 1));
    rest.remove_prefix(std::min(rest.size(), pair.size() + 1));
  }
  return query;
}

std::string JsonString(std::string_view json_text, std::string_view key) {
  boost::system::error_code ec;
  const auto value = boost::json::parse(json_text, ec);
  if (ec || !value.is_object()) return {};
  const auto* member = value.get_object().if_contains(key);
  return member != nullptr && member->is_string() ? std::string(member->get_string()) : "";
}

std::string BasicAuthorization(std::string_view client_id, std::string_view secret) {
  const std::string pair = auth::oidc::FormEncode(client_id) + ":" + auth::oidc::FormEncode(secret);
  const std::size_t capacity =
      sodium_base64_encoded_len(pair.size(), sodium_base64_VARIANT_ORIGINAL);
  std::string out(capacity, '\0');
  sodium_bin2base64(out.data(), capacity, reinterpret_cast<const unsigned char*>(pair.data()),
                    pair.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(capacity - 1);
  return "Basic " + out;
}

std::string RewritePayload(std::string_view compact_jws, std::string_view from,
                           std::string_view to) {
  auto parts = Split(compact_jws);
  EXPECT_EQ(parts.size(), 3u);
  std::string payload = FromBase64Url(parts.at(1));
  const auto at = payload.find(from);
  EXPECT_NE(at, std::string::npos) << payload;
  if (at != std::string::npos) payload.replace(at, from.size(), to);
  return parts[0] + "." + Base64Url(payload) + "." + parts[2];
}

std::string WithoutSignature(std::string_view compact_jws) {
  const auto parts = Split(compact_jws);
  return Base64Url(R"({"alg":"none","typ":"JWT"})") + "." + parts.at(1) + ".";
}

}  // namespace practica::testing
