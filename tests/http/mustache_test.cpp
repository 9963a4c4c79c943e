// The compiled renderer draws what kainjow mustache drew over the converted model: by example,
// and over thousands of random templates and models compared byte for byte; and a model given as
// views written in C++ draws what the same model in JSON draws.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "http/kainjow_reference.hpp"
#include "http/mustache_render.hpp"
#include "http/mustache_template.hpp"
#include "http/mustache_view.hpp"

namespace practica::http::mustache {
namespace {

namespace json = boost::json;

std::string Draw(std::string_view source, const json::value& model) {
  auto compiled = Compile(source);
  EXPECT_TRUE(compiled.has_value()) << source << ": " << compiled.error().message;
  if (!compiled) return {};
  std::string out;
  Render(*compiled, model, out);
  return out;
}

// Draws with both renderers, expects them equal, and answers the new one's output.
std::string Both(std::string_view source, std::string_view model_json) {
  const json::value model = json::parse(model_json);
  const std::string drawn = Draw(source, model);
  const auto before = testing::KainjowRender(source, model);
  EXPECT_TRUE(before.has_value()) << source;
  if (before) EXPECT_EQ(drawn, *before) << source << " over " << model_json;
  return drawn;
}

// A JSON model seen as views written in C++: each object a View, each list of objects a
// ViewList, text, whole numbers and booleans as a view's own values, anything else handed on as
// JSON. Drawn, it must give what the JSON gives.
class JsonView final : public View {
 public:
  explicit JsonView(const json::object& object) : object_(object) {
    for (const auto& [key, value] : object) {
      if (value.is_object()) {
        views_.emplace(key, std::make_unique<JsonView>(value.get_object()));
      } else if (ListOfObjects(value)) {
        lists_.emplace(key, std::make_unique<List>(value.get_array()));
      }
    }
  }

  Value Get(std::string_view name) const override {
    const json::value* found = object_.if_contains(name);
    if (found == nullptr) return {};
    switch (found->kind()) {
      case json::kind::null: return Value::Null();
      case json::kind::bool_: return Value::Bool(found->get_bool());
      case json::kind::string: return Value::Text(std::string_view(found->get_string()));
      case json::kind::int64: return Value::Number(found->get_int64());
      case json::kind::object: return Value::Of(*views_.find(name)->second);
      case json::kind::array: {
        const auto list = lists_.find(name);
        return list != lists_.end() ? Value::Of(*list->second) : Value::Json(*found);
      }
      default: return Value::Json(*found);
    }
  }

 private:
  class List final : public ViewList {
   public:
    explicit List(const json::array& array) {
      for (const auto& item : array) items_.push_back(std::make_unique<JsonView>(item.get_object()));
    }
    std::size_t Size() const override { return items_.size(); }
    const View& At(std::size_t index) const override { return *items_[index]; }

   private:
    std::vector<std::unique_ptr<JsonView>> items_;
  };

  static bool ListOfObjects(const json::value& value) {
    if (!value.is_array() || value.get_array().empty()) return false;
    for (const auto& item : value.get_array()) {
      if (!item.is_object()) return false;
    }
    return true;
  }

  const json::object& object_;
  std::map<std::string, std::unique_ptr<JsonView>, std::less<>> views_;
  std::map<std::string, std::unique_ptr<List>, std::less<>> lists_;
};

std::string DrawView(std::string_view source, const json::object& model) {
  auto compiled = Compile(source);
  if (!compiled) return {};
  const JsonView view(model);
  std::string out;
  Render(*compiled, view, out);
  return out;
}

TEST(MustacheView, DrawsAViewAsTheSameModelInJson) {
  const json::value model = json::parse(R"({"school":{"name":"Hope <ES>","id":7},"ok":true,"none":null,
      "items":[{"code":"c1","late":true},{"code":"c2","late":false,"school":{"name":"inner"}}],
      "tags":["a","b"],"empty":[],"zero":0,"half":0.5,"csrf":"t&k"})");
  const char* source =
      "{{school.name}}|{{{school.name}}}|{{school.id}}|{{#ok}}yes{{/ok}}{{^none}}none{{/none}}|"
      "{{#items}}[{{code}}{{#late}} late{{/late}} {{school.name}} {{csrf}}]{{/items}}|"
      "{{#tags}}<{{.}}>{{/tags}}|{{^empty}}no items{{/empty}}|{{zero}}{{#zero}}!{{/zero}}|{{half}}|{{missing}}";
  const std::string drawn = DrawView(source, model.get_object());
  EXPECT_EQ(drawn, Draw(source, model));
  EXPECT_EQ(drawn,
            "Hope &lt;ES&gt;|Hope <ES>|7|yesnone|[c1 late Hope &lt;ES&gt; t&amp;k][c2 inner t&amp;k]|"
            "<a><b>|no items|0!|5E-1|");  // a double as the JSON serializer writes it
}

TEST(Mustache, EscapesWhatKainjowEscaped) {
  EXPECT_EQ(Both("{{x}}", R"({"x":"<a href=\"/s?a=1&b='2'\">`=/</a>"})"),
            "&lt;a href=&quot;/s?a=1&amp;b=&apos;2&apos;&quot;&gt;`=/&lt;/a&gt;");
  EXPECT_EQ(Both("{{{x}}}|{{& x}}", R"({"x":"<b>&'\""})"), "<b>&'\"|<b>&'\"");
}

TEST(Mustache, TreatsEmptyNullFalseAndEmptyListsAsFalseAndZeroAsTrue) {
  const char* tmpl = "{{#v}}Y{{/v}}{{^v}}N{{/v}}";
  EXPECT_EQ(Both(tmpl, R"({"v":""})"), "N");
  EXPECT_EQ(Both(tmpl, R"({"v":null})"), "N");
  EXPECT_EQ(Both(tmpl, R"({"v":false})"), "N");
  EXPECT_EQ(Both(tmpl, R"({"v":[]})"), "N");
  EXPECT_EQ(Both(tmpl, R"({})"), "N");
  EXPECT_EQ(Both(tmpl, R"({"v":0})"), "Y");
  EXPECT_EQ(Both(tmpl, R"({"v":"0"})"), "Y");
  EXPECT_EQ(Both(tmpl, R"({"v":{}})"), "Y");
  EXPECT_EQ(Both(tmpl, R"({"v":true})"), "Y");
  EXPECT_EQ(Both(tmpl, R"({"v":[1,2]})"), "YY");
}

TEST(Mustache, WritesNumbersAsTextAndNothingForTheRest) {
  EXPECT_EQ(Both("{{a}}|{{b}}|{{c}}|{{d}}|{{e}}|{{f}}|{{g}}",
                 R"({"a":0,"b":-42,"c":18446744073709551615,"d":1.5,"e":true,"f":{"x":1},"g":[1]})"),
            "0|-42|18446744073709551615|1.5E0|||");
}

TEST(Mustache, LooksNamesUpInnermostFirstAndDottedNamesWholeInEachContext) {
  EXPECT_EQ(Both("{{#list}}{{name}}-{{title}};{{/list}}",
                 R"({"title":"T","list":[{"name":"a"},{"name":"b","title":"U"}]})"),
            "a-T;b-U;");
  EXPECT_EQ(Both("{{#items}}{{.}},{{/items}}", R"({"items":["x","<y>",3]})"), "x,&lt;y&gt;,3,");
  EXPECT_EQ(Both("{{school.name}}", R"({"school":{"name":"Garvanza"}})"), "Garvanza");
  // The inner "school" has no name, so the outer school.name is used (kainjow, not the spec).
  EXPECT_EQ(Both("{{#inner}}{{school.name}}{{/inner}}",
                 R"({"school":{"name":"Outer"},"inner":{"school":{}}})"),
            "Outer");
}

TEST(Mustache, DropsLinesHoldingOnlySectionTagsAndBlanks) {
  const char* tmpl = "<ul>\n  {{#rows}}\n  <li>{{.}}</li>\n  {{/rows}}\n</ul>\n";
  EXPECT_EQ(Both(tmpl, R"({"rows":["a","b"]})"), "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n");
  EXPECT_EQ(Both(tmpl, R"({"rows":[]})"), "<ul>\n  \n</ul>\n");
  EXPECT_EQ(Both("a\r\n{{#x}}\r\nb\r\n{{/x}}\r\nc", R"({"x":true})"), "a\r\nb\r\nc");
  EXPECT_EQ(Both("{{! a comment }}\nx", "{}"), "\nx");
}

TEST(Mustache, FillsTheHoleInPlace) {
  auto layout = Compile("<main>\n{{{body}}}\n</main>{{title}}");
  ASSERT_TRUE(layout.has_value());
  std::string out;
  RenderAround(*layout, json::parse(R"({"title":"T","body":"ignored"})"), "body",
               [](std::string& into) { into += "<p>page</p>"; }, out);
  EXPECT_EQ(out, "<main>\n<p>page</p>\n</main>T");
}

TEST(Mustache, RefusesBrokenTemplatesSayingWhere) {
  for (const char* broken : {"{{#a}}x", "{{#a}}{{/b}}", "x{{/a}}", "{{name", "{{{name}}", "{{=<% %>=}}"}) {
    auto compiled = Compile(broken);
    ASSERT_FALSE(compiled.has_value()) << broken;
    EXPECT_EQ(compiled.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_NE(compiled.error().message.find(" at "), std::string::npos) << compiled.error().message;
  }
}

TEST(Mustache, DrawsNothingForAPartialLeftUnexpanded) {
  // kainjow would have rendered a model string as a template here; data never becomes template.
  EXPECT_EQ(Draw("a{{> x}}b", json::parse(R"({"x":"{{y}}","y":"no"})")), "ab");
}

// Random templates built of the tags the application uses, over random models.
class Random {
 public:
  explicit Random(unsigned seed) : engine_(seed) {}
  std::size_t Below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(engine_); }

  std::string Template() {
    static const std::vector<std::string> names = {"a", "b", "c", "x", "a.b", "b.c", ".", "a..b", ".a", ""};
    static const std::vector<std::string> texts = {"t", " ", "\t", "\n", "\r\n", "\r", "<&>\"'", "{", "}", "é"};
    std::string out;
    std::vector<std::string> open;
    const std::size_t pieces = Below(24);
    for (std::size_t i = 0; i < pieces; ++i) {
      const auto& name = names[Below(names.size())];
      const std::string pad = Below(3) == 0 ? " " : "";
      switch (Below(10)) {
        case 0: out += "{{" + pad + name + pad + "}}"; break;
        case 1: out += "{{{" + pad + name + "}}}"; break;
        case 2: out += "{{&" + pad + name + "}}"; break;
        case 3:
        case 4:
          if (name == "." || name.empty()) break;
          out += std::string("{{") + (Below(2) ? "#" : "^") + pad + name + "}}";
          open.push_back(name);
          break;
        case 5:
          if (!open.empty()) {
            out += "{{/" + pad + open.back() + "}}";
            open.pop_back();
          }
          break;
        case 6: out += "{{! note " + name + " }}"; break;
        default: out += texts[Below(texts.size())]; break;
      }
    }
    // Now and then broken on purpose: both must refuse it alike.
    if (Below(20) != 0) {
      while (!open.empty()) {
        out += "{{/" + open.back() + "}}";
        open.pop_back();
      }
    }
    if (Below(30) == 0) out += Below(2) ? "{{" : "{{{a}}";
    return out;
  }

  json::value Model(int depth) {
    switch (depth <= 0 ? Below(8) : Below(11)) {
      case 0: return "";
      case 1: return "s<&>\"'";
      case 2: return 0;
      case 3: return -7;
      case 4: return 1.5;
      case 5: return true;
      case 6: return false;
      case 7: return nullptr;
      case 8: {
        json::array list;
        const std::size_t n = Below(3);
        for (std::size_t i = 0; i < n; ++i) list.push_back(Model(depth - 1));
        return list;
      }
      default: {
        json::object object;
        for (const char* key : {"a", "b", "c", "x", ""}) {
          if (Below(2)) object[key] = Model(depth - 1);
        }
        return object;
      }
    }
  }

 private:
  std::mt19937 engine_;
};

TEST(Mustache, DrawsWhatKainjowDrewForRandomTemplatesAndModels) {
  Random random(20261203);
  int compared = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string source = random.Template();
    json::object root;
    for (const char* key : {"a", "b", "c", "x"}) root[key] = random.Model(3);
    const json::value model(std::move(root));
    const auto before = testing::KainjowRender(source, model);
    auto compiled = Compile(source);
    ASSERT_EQ(compiled.has_value(), before.has_value()) << source;
    if (!compiled) continue;
    std::string out;
    Render(*compiled, model, out);
    ASSERT_EQ(out, *before) << source << "\nover " << json::serialize(model);
    ASSERT_EQ(DrawView(source, model.get_object()), out) << source << "\nover " << json::serialize(model) << " as views";
    ++compared;
  }
  EXPECT_GT(compared, 15000);
}

}  // namespace
}  // namespace practica::http::mustache
