// A template and a JSON model from random bytes, drawn by the compiled renderer: it never
// crashes, and through escaped tags no raw & < > " ' of the model reaches the page.
#include <boost/json/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/mustache_render.hpp"
#include "http/mustache_template.hpp"

namespace {

namespace json = boost::json;
namespace mustache = practica::http::mustache;

constexpr std::string_view kSpecial = "&<>\"'";

// The template with its own markup characters taken out and every tag made an escaped one
// ("{{&x}}" loses its '&', "{{{x}}}" becomes "{{x}}}"): whatever markup it then draws came
// from the model unescaped.
std::string OnlyEscapedTags(std::string_view source) {
  std::string out;
  for (const char c : source) {
    if (kSpecial.find(c) == std::string_view::npos) out += c;
  }
  for (std::size_t at; (at = out.find("{{{")) != std::string::npos;) out.erase(at, 1);
  return out;
}

// No < > " ' at all, and each & begins one of the five entities escaping writes.
bool OnlyEscaped(std::string_view html) {
  if (html.find_first_of("<>\"'") != std::string_view::npos) return false;
  for (auto at = html.find('&'); at != std::string_view::npos; at = html.find('&', at + 1)) {
    const auto entity = html.substr(at);
    if (!entity.starts_with("&amp;") && !entity.starts_with("&lt;") && !entity.starts_with("&gt;") &&
        !entity.starts_with("&quot;") && !entity.starts_with("&apos;")) {
      return false;
    }
  }
  return true;
}

}  // namespace

// Input: the template, a NUL byte, then the model as JSON; when that is not JSON, the rest is
// the text of every name the template reads, so that hostile text always reaches the tags.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto split = input.find('\0');
  const std::string_view source = input.substr(0, split);
  const std::string_view rest = split == std::string_view::npos ? "" : input.substr(split + 1);
  boost::system::error_code error;
  json::value model = json::parse(rest, error);
  if (error) {
    model = json::object{{"x", rest}, {"y", json::object{{"x", rest}}}, {"list", json::array{rest, 7}}};
  }

  if (auto compiled = mustache::Compile(source)) {
    std::string out;
    mustache::Render(*compiled, model, out);
  }
  if (auto escaped = mustache::Compile(OnlyEscapedTags(source))) {
    std::string out;
    mustache::Render(*escaped, model, out);
    if (!OnlyEscaped(out)) std::abort();
  }
  return 0;
}
