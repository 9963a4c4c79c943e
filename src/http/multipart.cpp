#include "http/multipart.hpp"

#include "core/text.hpp"

#include <cctype>
#include <optional>

namespace practica::http {
namespace {

core::Result<std::vector<Part>> Malformed(std::string_view why) {
  return core::Fail(core::ErrorCode::kInvalidInput,
                    "The upload could not be read (" + std::string(why) + "); choose the file and send the form again.",
                    {}, "body");
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view TrimSpace(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The value of `key` among "; key=value" or "; key=\"quoted \\\" value\"" parameters.
std::optional<std::string> Parameter(std::string_view header, std::string_view key) {
  std::size_t at = header.find(';');
  while (at != std::string_view::npos) {
    std::string_view rest = TrimSpace(header.substr(at + 1));
    const auto eq = rest.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    const auto name = TrimSpace(rest.substr(0, eq));
    rest = TrimSpace(rest.substr(eq + 1));
    std::string value;
    std::size_t consumed = 0;
    if (!rest.empty() && rest.front() == '"') {
      std::size_t i = 1;
      for (; i < rest.size() && rest[i] != '"'; ++i) {
        if (rest[i] == '\\' && i + 1 < rest.size()) ++i;
        value.push_back(rest[i]);
      }
      consumed = i + 1;
    } else {
      consumed = rest.find(';');
      value = std::string(TrimSpace(rest.substr(0, consumed)));
    }
    if (IEquals(name, key)) return value;
    const std::size_t offset = static_cast<std::size_t>(rest.data() - header.data());
    at = consumed >= rest.size() ? std::string_view::npos : header.find(';', offset + consumed);
  }
  return std::nullopt;
}

// Reads "Name: value" lines up to the blank line into the part.
bool ReadHeaders(std::string_view headers, Part& part) {
  bool disposition = false;
  while (!headers.empty()) {
    const auto end = headers.find("\r\n");
    const auto line = headers.substr(0, end);
    headers = end == std::string_view::npos ? std::string_view{} : headers.substr(end + 2);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return false;
    const auto name = TrimSpace(line.substr(0, colon));
    const auto value = TrimSpace(line.substr(colon + 1));
    if (IEquals(name, "content-disposition")) {
      if (!IEquals(TrimSpace(value.substr(0, value.find(';'))), "form-data")) return false;
      auto field = Parameter(value, "name");
      if (!field) return false;
      part.name = std::move(*field);
      part.file_name = Parameter(value, "filename").value_or("");
      disposition = true;
    } else if (IEquals(name, "content-type")) {
      part.content_type = std::string(value);
    }
  }
  return disposition;
}

}  // namespace

std::string MultipartBoundary(std::string_view content_type) {
  const auto type = TrimSpace(content_type.substr(0, content_type.find(';')));
  if (!IEquals(type, "multipart/form-data")) return {};
  auto boundary = Parameter(content_type, "boundary").value_or("");
  return boundary.size() <= 70 ? boundary : std::string();
}

core::Result<std::vector<Part>> ParseMultipart(std::string_view content_type, std::string_view body) {
  const std::string boundary = MultipartBoundary(content_type);
  if (boundary.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Send the upload as multipart/form-data with a boundary, as an HTML form with "
                      "enctype=\"multipart/form-data\" does.",
                      {}, "body");
  }
  const std::string delimiter = "--" + boundary;
  const std::string next_part = "\r\n" + delimiter;
  std::size_t at = 0;
  if (!body.starts_with(delimiter)) {  // a preamble ends with CRLF before the first delimiter
    at = body.find(next_part);
    if (at == std::string_view::npos) return Malformed("no opening boundary");
    at += 2;
  }
  std::vector<Part> parts;
  for (;;) {
    at += delimiter.size();
    if (body.substr(at, 2) == "--") return parts;  // the closing delimiter
    if (body.substr(at, 2) != "\r\n") return Malformed("a boundary is not followed by a line end");
    at += 2;
    const auto blank = body.find("\r\n\r\n", at);
    if (blank == std::string_view::npos) return Malformed("a part has no end of headers");
    Part part;
    if (!ReadHeaders(body.substr(at, blank - at), part)) return Malformed("a part has no form-data name");
    const auto data_start = blank + 4;
    const auto data_end = body.find(next_part, data_start);
    if (data_end == std::string_view::npos) return Malformed("the body ends inside a part");
    part.data = std::string(body.substr(data_start, data_end - data_start));
    // Names and typed fields become text in the database, the pages and JSON; only a file's
    // bytes may be anything.
    if (!core::IsValidUtf8(part.name) || !core::IsValidUtf8(part.file_name) ||
        (!part.IsFile() && !core::IsValidUtf8(part.data))) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        part.IsFile() ? "The file's name is not UTF-8 text; rename the file and "
                                        "upload it again."
                                      : "A field of the form holds text that is not UTF-8; type "
                                        "it again and send the form once more.",
                        {}, part.IsFile() ? part.name : "body");
    }
    parts.push_back(std::move(part));
    if (parts.size() > kMaxMultipartParts) return Malformed("too many parts");
    at = data_end + 2;
  }
}

const Part* FindPart(const std::vector<Part>& parts, std::string_view name) {
  for (const auto& part : parts) {
    if (part.name == name) return &part;
  }
  return nullptr;
}

}  // namespace practica::http
