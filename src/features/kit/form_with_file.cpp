#include "features/kit/form_with_file.hpp"

namespace practica::features {

core::Result<FormWithFile> ReadFormWithFile(const http::Request& request, bool api) {
  const auto type = request.Header("content-type").value_or("");
  if (http::MultipartBoundary(type).empty()) {
    if (!api) return FormWithFile{FormFields(request), std::nullopt};
    auto fields = JsonFields(request);
    if (!fields) return std::unexpected(fields.error());
    return FormWithFile{std::move(*fields), std::nullopt};
  }
  auto parts = http::ParseMultipart(type, request.body);
  if (!parts) return std::unexpected(parts.error());
  FormWithFile sent;
  for (auto& part : *parts) {
    // A form whose file input was left empty still sends the part, with no file name: no file.
    if (part.name == "file") {
      if (part.IsFile() && !sent.file) sent.file = std::move(part);
      continue;
    }
    if (part.name != "csrf_token" && !part.IsFile()) sent.fields[part.name] = std::move(part.data);
  }
  return sent;
}

}  // namespace practica::features
