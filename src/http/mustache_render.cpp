#include "http/mustache_render.hpp"

#include <boost/json/serialize.hpp>

#include <charconv>
#include <vector>

namespace practica::http::mustache {
namespace {

namespace json = boost::json;

// What a section shows for: the model as it was converted for kainjow, where "" and null were
// the value false and an empty list drew nothing.
bool IsFalse(const json::value& value) {
  switch (value.kind()) {
    case json::kind::null: return true;
    case json::kind::bool_: return !value.get_bool();
    case json::kind::string: return value.get_string().empty();
    case json::kind::array: return value.get_array().empty();
    default: return false;
  }
}

const json::value* Member(const json::value& value, std::string_view key) {
  const auto* object = value.if_object();
  return object ? object->if_contains(key) : nullptr;
}

template <typename Number>
void AppendNumber(Number number, std::string& out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, result.ptr);
}

// One drawing: the context stack of the mustache spec (innermost last) and the line being
// written, which is dropped at its end when a section tag was on it and it holds only blanks.
class Drawing {
 public:
  Drawing(const Template& tmpl, std::string& out, std::string_view hole,
          const std::function<void(std::string&)>* fill)
      : tmpl_(tmpl), out_(out), hole_(hole), fill_(fill), line_start_(out.size()) {}

  void Run(const json::value& model) {
    stack_.reserve(8);
    stack_.push_back(&model);
    Draw(0, static_cast<std::uint32_t>(tmpl_.ops.size()));
    EndLine({});
  }

 private:
  void Draw(std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t i = from; i < to; ++i) {
      const Op& op = tmpl_.ops[i];
      switch (op.kind) {
        case OpKind::kText: out_.append(tmpl_.text, op.offset, op.size); break;
        case OpKind::kNewline:
          EndLine(std::string_view(tmpl_.text).substr(op.offset, op.size));
          break;
        case OpKind::kEscaped:
        case OpKind::kRaw: Variable(op); break;
        case OpKind::kSection: Section(op, i); i = op.end - 1; break;
        case OpKind::kInverted: Inverted(op, i); i = op.end - 1; break;
      }
    }
  }

  void EndLine(std::string_view newline) {
    if (section_on_line_ &&
        out_.find_first_not_of(" \t", line_start_) == std::string::npos) {
      out_.resize(line_start_);
    } else {
      out_.append(newline);
    }
    line_start_ = out_.size();
    section_on_line_ = false;
  }

  // kainjow looked a dotted name up whole in each context, innermost first.
  const json::value* Lookup(const Name& name) const {
    if (name.implicit) return stack_.back();
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      const json::value* found = *it;
      for (const auto& part : name.parts) {
        found = Member(*found, part);
        if (found == nullptr) break;
      }
      if (found != nullptr) return found;
    }
    return nullptr;
  }

  void Variable(const Op& op) {
    const Name& name = tmpl_.names[op.name];
    if (fill_ != nullptr && op.kind == OpKind::kRaw && name.full == hole_) {
      (*fill_)(out_);
      return;
    }
    const json::value* value = Lookup(name);
    if (value == nullptr) return;
    switch (value->kind()) {
      case json::kind::string: {
        const auto& text = value->get_string();
        if (op.kind == OpKind::kEscaped) {
          AppendEscaped(text, out_);
        } else {
          out_.append(text.data(), text.size());
        }
        break;
      }
      case json::kind::int64: AppendNumber(value->get_int64(), out_); break;
      case json::kind::uint64: AppendNumber(value->get_uint64(), out_); break;
      case json::kind::double_: {
        // As text, so escaping cannot matter; serialize as the conversion did.
        out_ += json::serialize(*value);
        break;
      }
      default: break;  // true, false, null, objects and lists draw nothing
    }
  }

  void Section(const Op& op, std::uint32_t at) {
    const json::value* value = Lookup(tmpl_.names[op.name]);
    if (value == nullptr || IsFalse(*value)) return;
    if (const auto* list = value->if_array()) {
      for (const auto& item : *list) Inside(&item, at + 1, op.end);
    } else {
      Inside(value, at + 1, op.end);
    }
  }

  void Inverted(const Op& op, std::uint32_t at) {
    const json::value* value = Lookup(tmpl_.names[op.name]);
    if (value != nullptr && !IsFalse(*value)) return;
    Inside(value, at + 1, op.end);
  }

  void Inside(const json::value* context, std::uint32_t from, std::uint32_t to) {
    section_on_line_ = true;
    if (context != nullptr) stack_.push_back(context);
    Draw(from, to);
    if (context != nullptr) stack_.pop_back();
    section_on_line_ = true;
  }

  const Template& tmpl_;
  std::string& out_;
  std::string_view hole_;
  const std::function<void(std::string&)>* fill_;
  std::vector<const json::value*> stack_;
  std::size_t line_start_;
  bool section_on_line_ = false;
};

}  // namespace

void AppendEscaped(std::string_view text, std::string& out) {
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view entity;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out.append(text.substr(plain, i - plain));
    out.append(entity);
    plain = i + 1;
  }
  out.append(text.substr(plain));
}

void Render(const Template& tmpl, const boost::json::value& model, std::string& out) {
  Drawing(tmpl, out, {}, nullptr).Run(model);
}

void RenderAround(const Template& tmpl, const boost::json::value& model, std::string_view hole,
                  const std::function<void(std::string&)>& fill, std::string& out) {
  Drawing(tmpl, out, hole, &fill).Run(model);
}

}  // namespace practica::http::mustache
