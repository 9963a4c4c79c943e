#include "features/kit/file_type.hpp"

#include <magic.h>

#include <memory>

namespace practica::features {
namespace {

struct MagicCloser {
  void operator()(magic_t cookie) const { magic_close(cookie); }
};
using Magic = std::unique_ptr<std::remove_pointer_t<magic_t>, MagicCloser>;

// A magic cookie is not safe to share between threads, and loading its database takes a few
// milliseconds: each worker thread loads one once.
magic_t ThreadCookie() {
  thread_local Magic cookie = [] {
    Magic opened(magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR));
    if (opened && magic_load(opened.get(), nullptr) != 0) opened.reset();
    return opened;
  }();
  return cookie.get();
}

}  // namespace

core::Result<std::string> DetectContentType(std::string_view bytes) {
  magic_t cookie = ThreadCookie();
  if (cookie == nullptr) {
    return core::Fail(core::ErrorCode::kInternal,
                      "Practica cannot check file types right now; tell the program office.",
                      "libmagic could not load its database (install libmagic-mgc)");
  }
  const char* type = magic_buffer(cookie, bytes.data(), bytes.size());
  if (type == nullptr) {
    return core::Fail(core::ErrorCode::kInternal,
                      "Practica cannot check file types right now; tell the program office.",
                      std::string("libmagic: ") + (magic_error(cookie) ? magic_error(cookie) : "no answer"));
  }
  return std::string(type);
}

}  // namespace practica::features
