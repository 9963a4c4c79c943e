#include "http/static_files.hpp"

#include "core/text.hpp"
#include "http/compression.hpp"

namespace practica::http {
namespace {

std::string ContentTypeOf(const std::string& name) {
  const auto dot = name.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : name.substr(dot + 1);
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "js") return "text/javascript; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "json") return "application/json";
  if (ext == "txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace

StaticFiles::StaticFiles(const std::vector<NamedText>& files) {
  for (const auto& file : files) {
    Asset asset;
    asset.content = std::make_shared<const std::string>(file.text);
    asset.etag = "\"" + core::Hex64(core::Fnv1a64(file.text)) + "\"";
    asset.content_type = ContentTypeOf(file.name);
    if (file.text.size() > 1024) {
      auto packed = Gzip(file.text, 9);
      if (!packed.empty() && packed.size() < file.text.size() * 9 / 10) {
        asset.gzipped = std::make_shared<const std::string>(std::move(packed));
      }
    }
    assets_.emplace(file.name, std::move(asset));
  }
}

std::string StaticFiles::VersionedUrl(const std::string& name) const {
  const auto it = assets_.find(name);
  if (it == assets_.end()) return "/static/" + name;
  return "/static/" + name + "?v=" + it->second.etag.substr(1, 8);
}

Response StaticFiles::Serve(const Request& request) const {
  const auto it = assets_.find(request.Param("name"));
  if (it == assets_.end()) {
    Response missing;
    missing.status = 404;
    missing.content_type = "text/plain; charset=utf-8";
    missing.body = "No such file.\n";
    return missing;
  }
  const Asset& asset = it->second;
  // A versioned URL never changes content, so browsers may keep it for a year.
  const bool versioned = request.Query("v").has_value();
  Response response;
  response.content_type = asset.content_type;
  response.Header("ETag", asset.etag);
  response.Header("Cache-Control",
                  versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
  response.Header("Vary", "Accept-Encoding");
  if (request.Header("if-none-match") == asset.etag) {
    response.status = 304;
    return response;
  }
  const auto accept = request.Header("accept-encoding").value_or("");
  if (asset.gzipped && accept.find("gzip") != std::string_view::npos) {
    response.shared_body = asset.gzipped;
    response.Header("Content-Encoding", "gzip");
  } else {
    response.shared_body = asset.content;
  }
  return response;
}

}  // namespace practica::http
