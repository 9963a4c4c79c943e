#include "mail/mailbox.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace practica::testing {
namespace {

namespace json = boost::json;

std::string String(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

std::vector<std::string> Strings(const json::value& value) {
  std::vector<std::string> out;
  if (!value.is_array()) return out;
  for (const auto& item : value.as_array()) {
    if (item.is_string()) out.emplace_back(item.as_string());
  }
  return out;
}

ReceivedMail ReadOne(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  boost::system::error_code error;
  const json::value value = json::parse(content.str(), error);
  if (!in || error || !value.is_object()) {
    throw std::runtime_error("The test mailbox file " + file.string() +
                             " is not a JSON object: " + error.message());
  }
  const auto& object = value.as_object();
  ReceivedMail mail;
  mail.from = String(object, "from");
  if (const auto* to = object.if_contains("to")) mail.to = Strings(*to);
  mail.subject = String(object, "subject");
  mail.text = String(object, "text");
  mail.from_header = String(object, "from_header");
  mail.to_header = String(object, "to_header");
  mail.raw = String(object, "raw");
  if (const auto* headers = object.if_contains("headers"); headers && headers->is_object()) {
    for (const auto& [name, values] : headers->as_object()) {
      mail.headers[std::string(name)] = Strings(values);
    }
  }
  return mail;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::vector<std::filesystem::path> MailFiles(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    // ".<name>.tmp" files are still being written.
    if (entry.is_regular_file() && name.front() != '.' && entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());  // <epoch ms>-<counter>: arrival order
  return files;
}

}  // namespace

std::string ReceivedMail::Header(std::string_view name) const {
  const auto found = headers.find(Lower(name));
  return found == headers.end() || found->second.empty() ? std::string() : found->second.front();
}

std::vector<ReceivedMail> ReadMailbox(const std::filesystem::path& dir) {
  std::vector<ReceivedMail> mails;
  for (const auto& file : MailFiles(dir)) mails.push_back(ReadOne(file));
  return mails;
}

std::vector<ReceivedMail> WithSubject(std::vector<ReceivedMail> mail, std::string_view prefix) {
  std::erase_if(mail, [&](const ReceivedMail& m) { return !m.subject.starts_with(prefix); });
  return mail;
}

std::vector<ReceivedMail> WaitForMail(const std::filesystem::path& dir, std::size_t count,
                                      std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  // Polling: the server is another process, and a folder has no cheap portable wake-up.
  while (MailFiles(dir).size() < count && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return ReadMailbox(dir);
}

}  // namespace practica::testing
