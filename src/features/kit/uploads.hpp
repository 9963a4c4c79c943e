// Which uploaded files a feature keeps (an application's attachments, a commitment's evidence):
// PDF, PNG, JPEG, plain text and Word (.docx), up to 5 MB, where the name, the type the browser
// declared and the content all agree. One check, so every upload is held to the same rule.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "http/multipart.hpp"
#include "http/response.hpp"

namespace practica::features {

inline constexpr std::size_t kMaxAttachmentBytes = 5 * 1024 * 1024;

// The name as it is safe to keep and show: no folders ("C:\fakepath\…"), no control
// characters, at most 120 characters. "" when nothing is left.
std::string CleanFileName(std::string_view name);

// The content type to store, when the file may be attached. kInvalidInput naming the file when
// it is empty, too large, of a kind not accepted, or when its content (`detected_type`, as read
// from its bytes) disagrees with its name or with `declared_type` (the upload's Content-Type;
// "" or application/octet-stream say nothing).
[[nodiscard]] core::Result<std::string> CheckAttachment(const std::string& file_name,
                                                        std::string_view declared_type,
                                                        std::string_view detected_type,
                                                        std::size_t size_bytes);

// "1.2 MB", "830 KB", "12 bytes"
std::string DescribeSize(std::size_t bytes);

// An uploaded file that passed CheckUploadedFile.
struct CheckedFile {
  std::string name;          // CleanFileName's
  std::string content_type;  // CheckAttachment's
  std::size_t size_bytes = 0;
};

// The upload's part checked by its content (libmagic) and CheckAttachment. kInvalidInput
// (field "file") when there is no file or it is refused; kInternal when file types cannot be
// read at all.
[[nodiscard]] core::Result<CheckedFile> CheckUploadedFile(const http::Part* file);

// A kept file as a download: the type it was stored as, Content-Disposition: attachment with its
// name (plain and UTF-8), and nosniff, so a document is never shown, nor run, inside the page.
http::Response FileDownload(const std::string& file_name, const std::string& content_type, std::string bytes);

}  // namespace practica::features
