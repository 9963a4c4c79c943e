// A view model written in C++, which the compiled renderer asks by name, instead of a JSON tree
// built for the purpose. Building and freeing a JSON object of some fifty keys for each row of a
// rich list (a school's commitments) costs the server more than the page's statements; a view
// answers only the names the template draws, from what the page already holds. The rules are the
// JSON model's: a name a view does not have is looked up in the enclosing contexts, and a section
// shows unless its value is missing, null, false, empty text or an empty list.
#pragma once

#include <boost/json/fwd.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace practica::http::mustache {

class View;
class ViewList;

// What a name is in a view. Trivially copied: text is borrowed from the view, which holds it for
// as long as the drawing lasts (a label worked out for the page is a member of its row's view).
class Value {
 public:
  enum class Kind : std::uint8_t { kMissing, kNull, kBool, kText, kNumber, kJson, kView, kList };

  Value() = default;  // missing
  static Value Null() { return Value(Kind::kNull); }
  static Value Bool(bool flag) {
    Value value(Kind::kBool);
    value.flag_ = flag;
    return value;
  }
  static Value Text(std::string_view text) {
    Value value(Kind::kText);
    value.text_ = text.data();
    value.size_ = text.size();
    return value;
  }
  static Value Number(std::int64_t number) {
    Value value(Kind::kNumber);
    value.number_ = number;
    return value;
  }
  static Value Json(const boost::json::value& json) {
    Value value(Kind::kJson);
    value.json_ = &json;
    return value;
  }
  static Value Of(const View& view) {
    Value value(Kind::kView);
    value.view_ = &view;
    return value;
  }
  static Value Of(const ViewList& list) {
    Value value(Kind::kList);
    value.list_ = &list;
    return value;
  }

  Kind kind() const { return kind_; }
  bool flag() const { return flag_; }
  std::string_view text() const { return {text_, size_}; }
  std::int64_t number() const { return number_; }
  const boost::json::value& json() const { return *json_; }
  const View& view() const { return *view_; }
  const ViewList& list() const { return *list_; }

 private:
  explicit Value(Kind kind) : kind_(kind) {}

  // Small (24 bytes), since the renderer makes one for every name it looks up.
  Kind kind_ = Kind::kMissing;
  union {
    bool flag_;
    std::int64_t number_;
    const char* text_;
    const boost::json::value* json_;
    const View* view_;
    const ViewList* list_ = nullptr;
  };
  std::size_t size_ = 0;  // the text's
};

class View {
 public:
  virtual ~View() = default;
  // `name` here: one part of a dotted name ("school" of "school.name"). A missing value sends
  // the look-up to the enclosing context, as a JSON object's missing key does.
  virtual Value Get(std::string_view name) const = 0;
};

// A list of views, drawn once per view by a section.
class ViewList {
 public:
  virtual ~ViewList() = default;
  virtual std::size_t Size() const = 0;
  virtual const View& At(std::size_t index) const = 0;
};

}  // namespace practica::http::mustache
