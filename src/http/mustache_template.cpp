#include "http/mustache_template.hpp"

namespace practica::http::mustache {
namespace {

constexpr std::string_view kSpace = " \t\n\v\f\r";  // std::isspace in the "C" locale

std::string_view Trim(std::string_view text) {
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

// Split on '.' as std::getline does: "a..b" -> {"a", "", "b"}, "a." -> {"a"}.
Name MakeName(std::string_view full) {
  Name name{std::string(full), {}, full == "."};
  if (name.implicit) return name;
  std::size_t start = 0;
  if (full.empty()) name.parts.emplace_back();
  while (start < full.size()) {
    const auto dot = full.find('.', start);
    if (dot == std::string_view::npos) {
      name.parts.emplace_back(full.substr(start));
      break;
    }
    name.parts.emplace_back(full.substr(start, dot - start));
    start = dot + 1;
  }
  return name;
}

core::Error At(std::string what, std::size_t where) {
  return core::Error{core::ErrorCode::kInvalidInput, std::move(what) + " at " + std::to_string(where),
                     {}, {}};
}

class Compiler {
 public:
  explicit Compiler(std::string_view source) : source_(source) {}

  core::Result<Template> Run() {
    std::size_t pos = 0;
    while (pos < source_.size()) {
      if (source_.compare(pos, 2, "{{") == 0) {
        auto next = Tag(pos);
        if (!next) return std::unexpected(next.error());
        pos = *next;
      } else if (source_.compare(pos, 2, "\r\n") == 0) {
        Newline(pos, 2);
        pos += 2;
      } else if (source_[pos] == '\n' || source_[pos] == '\r') {
        Newline(pos, 1);
        pos += 1;
      } else {
        if (pending_ == 0) pending_start_ = pos;
        ++pending_;
        ++pos;
      }
    }
    FlushText();
    if (!open_.empty()) {
      const auto& op = result_.ops[open_.back()];
      return std::unexpected(At("Unclosed section \"" + result_.names[op.name].full + "\"",
                                starts_.back()));
    }
    return std::move(result_);
  }

 private:
  // Adjacent literals become one operation: the renderer treats them alike.
  void FlushText() {
    if (pending_ == 0) return;
    if (mergeable_) {
      result_.ops.back().size += static_cast<std::uint32_t>(pending_);
    } else {
      result_.ops.push_back(Op{OpKind::kText, Offset(), static_cast<std::uint32_t>(pending_), 0, 0});
    }
    result_.text.append(source_.substr(pending_start_, pending_));
    pending_ = 0;
    mergeable_ = true;
  }

  void Newline(std::size_t pos, std::size_t size) {
    FlushText();
    mergeable_ = false;
    result_.ops.push_back(Op{OpKind::kNewline, Offset(), static_cast<std::uint32_t>(size), 0, 0});
    result_.text.append(source_.substr(pos, size));
  }

  bool IsComment(std::size_t start) const {
    const auto first = source_.find_first_not_of(kSpace, start + 2);
    return first != std::string_view::npos && source_[first] == '!';
  }

  std::uint32_t Offset() const { return static_cast<std::uint32_t>(result_.text.size()); }

  std::uint32_t AddName(std::string_view full) {
    result_.names.push_back(MakeName(full));
    return static_cast<std::uint32_t>(result_.names.size() - 1);
  }

  // Reads the tag at `start`; answers where reading goes on.
  core::Result<std::size_t> Tag(std::size_t start) {
    FlushText();
    // Only a comment leaves the last literal open to more; a section's end must not.
    mergeable_ = mergeable_ && IsComment(start);
    std::size_t inside = start + 2;
    const bool triple = start + 2 < source_.size() && source_[inside] == '{';
    const std::string_view close = triple ? "}}}" : "}}";
    if (triple) ++inside;
    const auto end = source_.find(close, inside);
    if (end == std::string_view::npos) return std::unexpected(At("Unclosed tag", start));
    const auto contents = Trim(source_.substr(inside, end - inside));
    const std::size_t after = end + close.size();
    if (!contents.empty() && contents[0] == '=') {
      return std::unexpected(At("Set-delimiter tags are not supported", start));
    }
    if (triple) {
      result_.ops.push_back(Op{OpKind::kRaw, 0, 0, AddName(contents), 0});
      return after;
    }
    if (contents.empty()) {
      result_.ops.push_back(Op{OpKind::kEscaped, 0, 0, AddName(contents), 0});
      return after;
    }
    const auto name = Trim(contents.substr(1));
    switch (contents[0]) {
      case '#':
      case '^':
        open_.push_back(result_.ops.size());
        starts_.push_back(start);
        result_.ops.push_back(Op{contents[0] == '#' ? OpKind::kSection : OpKind::kInverted, 0, 0,
                                 AddName(name), 0});
        return after;
      case '/': {
        if (open_.empty()) return std::unexpected(At("Unopened section \"" + std::string(name) + "\"", start));
        auto& op = result_.ops[open_.back()];
        if (result_.names[op.name].full != name) {
          return std::unexpected(At("Unclosed section \"" + result_.names[op.name].full + "\"",
                                    starts_.back()));
        }
        op.end = static_cast<std::uint32_t>(result_.ops.size());
        open_.pop_back();
        starts_.pop_back();
        return after;
      }
      case '&':
        result_.ops.push_back(Op{OpKind::kRaw, 0, 0, AddName(name), 0});
        return after;
      case '!':
      case '>':  // a partial left unexpanded draws nothing: data never becomes template text
        return after;
      default:
        result_.ops.push_back(Op{OpKind::kEscaped, 0, 0, AddName(contents), 0});
        return after;
    }
  }

  std::string_view source_;
  Template result_;
  std::size_t pending_start_ = 0;
  std::size_t pending_ = 0;
  bool mergeable_ = false;  // the last operation is a literal the next may extend
  std::vector<std::size_t> open_;    // the section operations not yet closed
  std::vector<std::size_t> starts_;  // where each opened, for messages
};

}  // namespace

core::Result<Template> Compile(std::string_view source) { return Compiler(source).Run(); }

}  // namespace practica::http::mustache
