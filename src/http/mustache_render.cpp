#include "http/mustache_render.hpp"

#include <boost/json/serialize.hpp>

#include <array>
#include <charconv>
#include <vector>

namespace practica::http::mustache {
namespace {

namespace json = boost::json;

// A drawing's contexts are either JSON values (most pages: plain pointers, nothing else to ask)
// or Values, which may be views written in C++ or JSON inside them. Drawing is written once over
// both; these overloads are where they differ.
using JsonContext = const json::value*;

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

bool IsFalse(JsonContext value) { return value == nullptr || IsFalse(*value); }

// The same for a view's values: a number, even 0, shows, as a JSON number does.
bool IsFalse(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kMissing:
    case Value::Kind::kNull: return true;
    case Value::Kind::kBool: return !value.flag();
    case Value::Kind::kText: return value.text().empty();
    case Value::Kind::kNumber:
    case Value::Kind::kView: return false;
    case Value::Kind::kJson: return IsFalse(value.json());
    case Value::Kind::kList: return value.list().Size() == 0;
  }
  return true;
}

bool IsMissing(JsonContext value) { return value == nullptr; }
bool IsMissing(const Value& value) { return value.kind() == Value::Kind::kMissing; }

// `key` inside a context: a JSON object's member or a view's name; nothing in anything else.
JsonContext Member(JsonContext value, std::string_view key) {
  const auto* object = value->if_object();
  return object ? object->if_contains(key) : nullptr;
}

Value Member(const Value& context, std::string_view key) {
  if (context.kind() == Value::Kind::kView) return context.view().Get(key);
  if (context.kind() != Value::Kind::kJson) return {};
  const json::value* found = Member(&context.json(), key);
  return found ? Value::Json(*found) : Value();
}

// Calls `each` with every item a section over `value` draws in, as a context of its kind;
// false when `value` is not a list.
template <typename Each>
bool ForEachItem(JsonContext value, Each each) {
  const auto* list = value->if_array();
  if (list == nullptr) return false;
  for (const auto& item : *list) each(&item);
  return true;
}

template <typename Each>
bool ForEachItem(const Value& value, Each each) {
  if (value.kind() == Value::Kind::kList) {
    const auto& list = value.list();
    for (std::size_t i = 0; i < list.Size(); ++i) each(Value::Of(list.At(i)));
    return true;
  }
  if (value.kind() != Value::Kind::kJson || !value.json().is_array()) return false;
  for (const auto& item : value.json().get_array()) each(Value::Json(item));
  return true;
}

template <typename Number>
void AppendNumber(Number number, std::string& out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, result.ptr);
}

void Write(std::string_view text, OpKind kind, std::string& out) {
  if (kind == OpKind::kEscaped) {
    AppendEscaped(text, out);
  } else {
    out.append(text);
  }
}

void Write(JsonContext value, OpKind kind, std::string& out) {
  switch (value->kind()) {
    case json::kind::string: {
      const auto& text = value->get_string();
      Write(std::string_view(text.data(), text.size()), kind, out);
      break;
    }
    case json::kind::int64: AppendNumber(value->get_int64(), out); break;
    case json::kind::uint64: AppendNumber(value->get_uint64(), out); break;
    case json::kind::double_: {
      // As text, so escaping cannot matter; serialize as the conversion did.
      out += json::serialize(*value);
      break;
    }
    default: break;  // true, false, null, objects and lists draw nothing
  }
}

void Write(const Value& value, OpKind kind, std::string& out) {
  switch (value.kind()) {
    case Value::Kind::kText: Write(value.text(), kind, out); break;
    case Value::Kind::kNumber: AppendNumber(value.number(), out); break;
    case Value::Kind::kJson: Write(&value.json(), kind, out); break;
    default: break;  // null, true, false, views and lists draw nothing
  }
}

// One drawing: the context stack of the mustache spec (innermost last) and the line being
// written, which is dropped at its end when a section tag was on it and it holds only blanks.
template <typename Context>
class Drawing {
 public:
  Drawing(const Template& tmpl, std::string& out, std::string_view hole,
          const std::function<void(std::string&)>* fill)
      : tmpl_(tmpl), out_(out), hole_(hole), fill_(fill), line_start_(out.size()) {}

  void Run(Context model) {
    stack_.reserve(8);
    stack_.push_back(model);
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
  Context Lookup(const Name& name) const {
    if (name.implicit) return stack_.back();
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      Context found = *it;
      for (const auto& part : name.parts) {
        found = Member(found, part);
        if (IsMissing(found)) break;
      }
      if (!IsMissing(found)) return found;
    }
    return Context{};
  }

  void Variable(const Op& op) {
    const Name& name = tmpl_.names[op.name];
    if (fill_ != nullptr && op.kind == OpKind::kRaw && name.full == hole_) {
      (*fill_)(out_);
      return;
    }
    const Context value = Lookup(name);
    if (!IsMissing(value)) Write(value, op.kind, out_);
  }

  void Section(const Op& op, std::uint32_t at) {
    const Context value = Lookup(tmpl_.names[op.name]);
    if (IsFalse(value)) return;
    const bool listed = ForEachItem(value, [&](Context item) { Inside(item, at + 1, op.end); });
    if (!listed) Inside(value, at + 1, op.end);
  }

  void Inverted(const Op& op, std::uint32_t at) {
    const Context value = Lookup(tmpl_.names[op.name]);
    if (!IsFalse(value)) return;
    Inside(value, at + 1, op.end);
  }

  // A missing context pushes nothing: the section draws in the enclosing one.
  void Inside(Context context, std::uint32_t from, std::uint32_t to) {
    section_on_line_ = true;
    const bool pushed = !IsMissing(context);
    if (pushed) stack_.push_back(context);
    Draw(from, to);
    if (pushed) stack_.pop_back();
    section_on_line_ = true;
  }

  const Template& tmpl_;
  std::string& out_;
  std::string_view hole_;
  const std::function<void(std::string&)>* fill_;
  std::vector<Context> stack_;
  std::size_t line_start_;
  bool section_on_line_ = false;
};

}  // namespace

void AppendEscaped(std::string_view text, std::string& out) {
  // Most text holds nothing to escape: one table look-up per character finds the few that do,
  // and the plain runs between them are copied whole.
  static constexpr auto kEscaped = [] {
    std::array<bool, 256> escaped{};
    for (const unsigned char c : {'&', '<', '>', '"', '\''}) escaped[c] = true;
    return escaped;
  }();
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!kEscaped[static_cast<unsigned char>(text[i])]) continue;
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
  Drawing<JsonContext>(tmpl, out, {}, nullptr).Run(&model);
}

void Render(const Template& tmpl, const View& model, std::string& out) {
  Drawing<Value>(tmpl, out, {}, nullptr).Run(Value::Of(model));
}

void RenderAround(const Template& tmpl, const boost::json::value& model, std::string_view hole,
                  const std::function<void(std::string&)>& fill, std::string& out) {
  Drawing<JsonContext>(tmpl, out, hole, &fill).Run(&model);
}

}  // namespace practica::http::mustache
