#include "features/kit/uploads.hpp"

#include <array>
#include <cstdio>

#include "core/text.hpp"
#include "features/kit/file_type.hpp"

namespace practica::features {
namespace {

struct Kind {
  std::string_view mime;
  std::string_view name;  // as a sentence names it: "a PDF"
  std::array<std::string_view, 2> extensions;
};

constexpr std::string_view kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

constexpr std::array<Kind, 5> kKinds = {{
    {"application/pdf", "a PDF", {".pdf", ""}},
    {"image/png", "a PNG image", {".png", ""}},
    {"image/jpeg", "a JPEG image", {".jpg", ".jpeg"}},
    {"text/plain", "plain text", {".txt", ""}},
    {kDocx, "a Word document", {".docx", ""}},
}};

const Kind* KindOfMime(std::string_view mime) {
  for (const auto& kind : kKinds) {
    if (kind.mime == mime) return &kind;
  }
  return nullptr;
}

const Kind* KindOfName(const std::string& file_name) {
  const auto dot = file_name.rfind('.');
  if (dot == std::string::npos) return nullptr;
  const std::string extension = core::ToLower(file_name.substr(dot));
  for (const auto& kind : kKinds) {
    for (auto accepted : kind.extensions) {
      if (!accepted.empty() && accepted == extension) return &kind;
    }
  }
  return nullptr;
}

std::string DescribeContent(std::string_view detected) {
  if (const auto* kind = KindOfMime(detected)) return std::string(kind->name);
  if (detected == "application/zip") return "a ZIP archive";
  if (detected.starts_with("text/")) return "text of another kind (" + std::string(detected) + ")";
  return "of a kind Practica does not accept (" + std::string(detected) + ")";
}

core::Result<std::string> Refuse(std::string message) {
  return core::Fail(core::ErrorCode::kInvalidInput, std::move(message), {}, "file");
}

}  // namespace

std::string CleanFileName(std::string_view name) {
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  std::string clean;
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f && c != '"') clean.push_back(c);
  }
  clean = std::string(core::Trim(clean));
  if (clean.size() > 120) clean = clean.substr(clean.size() - 120);
  return clean;
}

core::Result<std::string> CheckAttachment(const std::string& file_name, std::string_view declared_type,
                                          std::string_view detected_type, std::size_t size_bytes) {
  if (file_name.empty()) return Refuse("Choose a file to attach.");
  if (size_bytes == 0) return Refuse(file_name + " is empty; attach the file with its content.");
  if (size_bytes > kMaxAttachmentBytes) {
    return Refuse(file_name + " is " + DescribeSize(size_bytes) +
                  "; an attachment can be at most 5 MB. Attach a smaller file, e.g. a PDF saved at "
                  "a lower quality.");
  }
  const Kind* named = KindOfName(file_name);
  if (named == nullptr) {
    return Refuse(file_name + " is not a kind of file Practica accepts; attach a PDF, a PNG or "
                              "JPEG image, plain text (.txt) or a Word document (.docx).");
  }
  if (named->mime != detected_type) {
    return Refuse(file_name + " is named as " + std::string(named->name) + " but its content is " +
                  DescribeContent(detected_type) +
                  ". Attach the original file, or rename it to match what it is.");
  }
  const auto declared = core::ToLower(core::Trim(declared_type.substr(0, declared_type.find(';'))));
  if (!declared.empty() && declared != "application/octet-stream" && declared != named->mime) {
    return Refuse(file_name + " was sent as " + declared + " but its content is " +
                  std::string(named->name) + "; attach it again.");
  }
  return std::string(named->mime);
}

std::string DescribeSize(std::size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " KB";
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text.data();
}

core::Result<CheckedFile> CheckUploadedFile(const http::Part* file) {
  if (file == nullptr) return core::Fail(core::ErrorCode::kInvalidInput, "Choose a file to attach.", {}, "file");
  CheckedFile checked{CleanFileName(file->file_name), {}, file->data.size()};
  // libmagic calls no content at all "application/x-empty"; it is not asked about nothing.
  auto detected = file->data.empty() ? core::Result<std::string>("application/x-empty") : DetectContentType(file->data);
  if (!detected) return std::unexpected(detected.error());
  auto type = CheckAttachment(checked.name, file->content_type, *detected, checked.size_bytes);
  if (!type) return std::unexpected(type.error());
  checked.content_type = std::move(*type);
  return checked;
}

http::Response FileDownload(const std::string& file_name, const std::string& content_type, std::string bytes) {
  http::Response response;
  response.content_type = content_type;
  response.body = std::move(bytes);
  response.Header("Content-Disposition",
                  "attachment; filename=\"" + file_name + "\"; filename*=UTF-8''" + core::UrlEncode(file_name));
  response.Header("X-Content-Type-Options", "nosniff");
  return response;
}

}  // namespace practica::features
