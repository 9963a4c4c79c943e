// What the test SMTP server (tests/rig/smtp-server.mjs) received, read back from its folder.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace practica::testing {

struct ReceivedMail {
  std::string from;             // envelope sender (MAIL FROM)
  std::vector<std::string> to;  // envelope recipients (RCPT TO): who really gets it
  std::string subject;          // decoded, as a mail client shows it
  std::string text;             // decoded body, "\n" line ends
  std::string from_header;      // decoded From header: "Practica <noreply@district.org>"
  std::string to_header;        // decoded To header
  std::string raw;              // the message as it arrived
  std::map<std::string, std::vector<std::string>> headers;  // lower-case name -> raw values

  // The first raw value of header `name` (any case), or "" when there is none.
  std::string Header(std::string_view name) const;
};

// Every message in `dir`, in the order they arrived. Throws std::runtime_error naming the file
// when one cannot be read.
std::vector<ReceivedMail> ReadMailbox(const std::filesystem::path& dir);

// ReadMailbox once `dir` holds at least `count` messages, or whatever it holds after `timeout`.
// The server writes a message before it answers the sender, so after a synchronous send the
// mail is already there; the wait is for senders that work in the background.
std::vector<ReceivedMail> WaitForMail(const std::filesystem::path& dir, std::size_t count,
                                      std::chrono::milliseconds timeout = std::chrono::seconds(5));

// The messages whose subject starts with `prefix`, in the order they arrived: what one change
// sent, apart from the reminders a job run may send beside it.
std::vector<ReceivedMail> WithSubject(std::vector<ReceivedMail> mail, std::string_view prefix);

}  // namespace practica::testing
