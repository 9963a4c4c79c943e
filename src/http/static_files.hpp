// Files under /static/: kept in memory with a content ETag and a gzip copy, cached by browsers.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "http/request.hpp"
#include "http/response.hpp"
#include "http/views.hpp"

namespace practica::http {

class StaticFiles {
 public:
  explicit StaticFiles(const std::vector<NamedText>& files);  // name: "app.css"

  // "/static/app.css?v=1a2b…": the URL that changes whenever the file does.
  std::string VersionedUrl(const std::string& name) const;
  // 200 with the file (gzip when accepted), 304 when If-None-Match matches, 404 otherwise.
  Response Serve(const Request& request) const;

 private:
  struct Asset {
    std::shared_ptr<const std::string> content;
    std::shared_ptr<const std::string> gzipped;  // null when compression does not pay
    std::string etag;
    std::string content_type;
  };
  std::map<std::string, Asset, std::less<>> assets_;
};

}  // namespace practica::http
