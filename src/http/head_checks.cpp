#include "http/head_checks.hpp"

#include "core/text.hpp"

namespace practica::http {
namespace {

Refusal BadRequest(std::string message, bool close) {
  return Refusal{400, "bad_request", std::move(message), close};
}

// "chunked", "gzip, chunked" → each coding, lower case, spaces trimmed.
void AddCodings(std::string_view value, std::vector<std::string>& codings) {
  while (!value.empty()) {
    const auto comma = value.find(',');
    const auto coding = core::Trim(value.substr(0, comma));
    if (!coding.empty()) codings.push_back(core::ToLower(coding));
    value = comma == std::string_view::npos ? std::string_view{} : value.substr(comma + 1);
  }
}

Refusal UriTooLong() {
  return Refusal{414, "uri_too_long",
                 "The address is longer than this server accepts (" +
                     std::to_string(kMaxTargetBytes / 1024) + " KB); shorten it.",
                 true};
}

Refusal HeadersTooLarge() {
  return Refusal{431, "headers_too_large",
                 "The request's headers are larger than this server accepts (" +
                     std::to_string(kMaxHeaderBytes / 1024) +
                     " KB); clear this site's cookies and try again.",
                 true};
}

}  // namespace

std::optional<Refusal> CheckHead(const HeadFacts& head) {
  if (!head.transfer_encodings.empty()) {
    std::vector<std::string> codings;
    for (const auto value : head.transfer_encodings) AddCodings(value, codings);
    if (codings.size() != 1 || codings.front() != "chunked") {
      return BadRequest("This server reads a request body by Content-Length or as Transfer-Encoding: "
                        "chunked alone; send it one of those ways.",
                        true);
    }
  }
  if (head.version >= 11 && head.host_fields != 1) {
    return BadRequest(head.host_fields == 0 ? "An HTTP/1.1 request needs a Host header."
                                            : "The request has more than one Host header; send one.",
                      true);
  }
  if (head.target.size() > kMaxTargetBytes) return UriTooLong();
  if (head.head_bytes > head.target.size() + kMaxHeaderBytes) return HeadersTooLarge();
  return std::nullopt;
}

OversizedHead ClassifyOversizedHead(std::string_view method, std::string_view target,
                                    std::string_view unparsed) {
  OversizedHead out;
  if (!method.empty()) {
    out.method = LogSafe(method, 16);
    out.target = LogSafe(target);
    out.refusal = target.size() > kMaxTargetBytes ? UriTooLong() : HeadersTooLarge();
    return out;
  }
  const auto line_end = unparsed.find("\r\n");
  const std::string_view line = unparsed.substr(0, line_end);
  const auto space = line.find(' ');
  out.method = LogSafe(line.substr(0, std::min<std::size_t>(space, 16)), 16);
  if (space != std::string_view::npos) {
    std::string_view rest = line.substr(space + 1);
    out.target = LogSafe(rest.substr(0, rest.rfind(" HTTP/")));
  }
  const bool long_line = line_end == std::string_view::npos || line_end > kMaxTargetBytes;
  out.refusal = long_line ? UriTooLong() : HeadersTooLarge();
  return out;
}

std::optional<Refusal> CheckText(const Request& request) {
  if (!core::IsValidUtf8(request.path)) {
    return Refusal{404, "not_found", "There is no page at this address; start again from the home page.",
                   false};
  }
  for (const auto& [name, value] : request.query) {
    if (!core::IsValidUtf8(name) || !core::IsValidUtf8(value)) {
      return Refusal{422, "invalid_input",
                     "The address holds text that is not UTF-8; type the search or filter again.",
                     false};
    }
  }
  const auto type = request.Header("content-type").value_or("");
  if (type.starts_with("application/x-www-form-urlencoded")) {
    for (const auto& [name, value] : request.Form()) {
      if (!core::IsValidUtf8(name) || !core::IsValidUtf8(value)) {
        return Refusal{422, "invalid_input",
                       "The form sent text that is not UTF-8; type it again and send the form once more.",
                       false};
      }
    }
  }
  if (type.starts_with("application/json") && !core::IsValidUtf8(request.body)) {
    return Refusal{422, "invalid_input", "The request body is not UTF-8 text; send JSON encoded as UTF-8.",
                   false};
  }
  return std::nullopt;
}

std::string LogSafe(std::string_view text, std::size_t limit) {
  std::string out;
  for (const char c : text.substr(0, limit)) {
    const auto byte = static_cast<unsigned char>(c);
    out += byte < 0x20 || byte >= 0x7f ? '?' : c;
  }
  if (text.size() > limit) out += "...";
  return out;
}

Refusal BodyTooLarge(std::uint64_t limit_bytes) {
  return Refusal{413, "payload_too_large",
                 "The request is larger than this server accepts (" +
                     std::to_string(limit_bytes / 1024 / 1024) + " MB); send a smaller file.",
                 true};
}

}  // namespace practica::http
