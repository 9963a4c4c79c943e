// A mustache template compiled once into a flat list of operations, so that rendering walks
// the view model directly instead of converting it first. The grammar and whitespace handling
// are kainjow mustache's (what every page was drawn with before), so pages stay byte for byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::http::mustache {

enum class OpKind : std::uint8_t {
  kText,      // literal text without a line break
  kNewline,   // "\n", "\r\n" or "\r": where a standalone line may be dropped
  kEscaped,   // {{name}}
  kRaw,       // {{{name}}} or {{& name}}
  kSection,   // {{#name}} … {{/name}}
  kInverted,  // {{^name}} … {{/name}}
};

// A tag's name, split once: "school.name" -> {"school", "name"}; "." is the current item.
struct Name {
  std::string full;
  std::vector<std::string> parts;  // empty for "."
  bool implicit = false;           // "{{.}}"
};

struct Op {
  OpKind kind = OpKind::kText;
  std::uint32_t offset = 0;  // text and newlines: where in Template::text
  std::uint32_t size = 0;
  std::uint32_t name = 0;    // tags: index in Template::names
  std::uint32_t end = 0;     // sections: the index of the first operation after the section
};

struct Template {
  std::vector<Op> ops;
  std::string text;         // every literal, back to back
  std::vector<Name> names;
};

// kInvalidInput saying what is wrong and where (a byte offset): an unclosed tag or section, a
// closing tag that does not match. Set-delimiter tags are refused (no template uses them);
// partial tags must have been expanded before (Views::Load does) and otherwise draw nothing.
[[nodiscard]] core::Result<Template> Compile(std::string_view source);

}  // namespace practica::http::mustache
