#include "features/exemplars/store/exemplar_lines.hpp"

namespace practica::exemplars {

ExemplarLine ReadLine(const db::Row& row) {
  return ExemplarLine{row.Int(0), row.String(1), row.String(2), row.String(3), "PS " + row.String(4),
                      row.String(5), row.String(6), row.String(7),
                      ParseStatus(row.Text(8)).value_or(Status::kDraft), row.Int(9) != 0, row.OptionalInt(10),
                      ParseNextStatus(row.Text(11)).value_or(NextStatus::kNone)};
}

}  // namespace practica::exemplars
