#include "features/commitments/domain/grid.hpp"

namespace practica::commitments {

void Progress::Add(Status status) {
  ++total;
  if (status == Status::kVerified) ++verified;
  if (status == Status::kLate) ++late;
  if (status == Status::kDueSoon) ++due_soon;
}

std::string Progress::Text() const {
  return std::to_string(verified) + " of " + std::to_string(total) + " verified";
}

GridTally::GridTally(const std::vector<Commitment>& columns) {
  for (const auto& commitment : columns) {
    columns_.push_back(GridColumn{Code(commitment), ShortLabel(commitment), commitment.title,
                                  IsDistricts(commitment)});
  }
}

GridRow GridTally::Add(GridSchool school, const std::vector<SchoolCommitment>& items,
                       const Calendar& calendar, const core::TimeZone& zone, std::int64_t now) {
  GridRow row;
  row.school = std::move(school);
  row.cells.resize(columns_.size());
  row.issued = !items.empty();
  for (const auto& item : items) {
    const auto status =
        Assess(Schedule(item.commitment.due, calendar, zone), item.events, now).status;
    if (!IsDistricts(item.commitment)) {
      ++row.total;
      if (status == Status::kVerified) ++row.verified;
      if (status == Status::kLate) ++row.late;
    }
    const std::string code = Code(item.commitment);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      if (columns_[c].code != code) continue;
      row.cells[c] = status;
      if (status == Status::kVerified) ++columns_[c].verified;
      if (status == Status::kLate) ++columns_[c].late;
    }
  }
  ++schools_;
  return row;
}

}  // namespace practica::commitments
