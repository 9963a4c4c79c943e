#include "features/challenges/routes/protocol_changes.hpp"

#include "core/text.hpp"

namespace practica::challenges {
namespace json = boost::json;

core::Result<features::Changed<json::object>> Speak(
    ProtocolStep step, RoundRole role, const features::Fields& fields,
    const std::function<core::Result<RoundItem>(ItemKind, const std::string&)>& add, const RoundEntryOf& entry) {
  auto kind = ParseKind(core::Trim(features::Get(fields, "kind")));
  if (!kind) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Choose what you are saying: a question or feedback.", {}, "kind");
  }
  const std::string body(core::Trim(features::Get(fields, "body")));
  if (auto checked = CheckItem(step, role, *kind, body); !checked) return std::unexpected(checked.error());
  auto item = add(*kind, body);
  if (!item) return std::unexpected(item.error());
  json::object after{{"kind", KindCode(*kind)}, {"body", body}};
  return features::Changed<json::object>{{{"id", item->id}, {"kind", KindCode(*kind)}},
                                         {entry(after, std::string(KindName(*kind)) + " added.")},
                                         {}};
}

core::Result<features::Changed<json::object>> Advance(std::int64_t round_id, ProtocolStep step, bool runs,
                                                      const std::function<core::Result<void>(ProtocolStep)>& set,
                                                      const RoundEntryOf& entry) {
  auto next = CheckAdvance(step, runs);
  if (!next) return std::unexpected(next.error());
  if (auto moved = set(*next); !moved) return std::unexpected(moved.error());
  json::object after{{"step", StepCode(*next)}};
  return features::Changed<json::object>{{{"id", round_id}, {"step", StepCode(*next)}},
                                         {entry(after, "Round moved to: " + std::string(StepName(*next)) + ".")},
                                         {}};
}

}  // namespace practica::challenges
