// A one-sheet XLSX workbook written row by row. libxlsxwriter's constant-memory mode keeps only
// the current row in memory (the rest goes to a temporary file), so a sheet of any length costs
// the same; the finished workbook is a temporary file, read back in chunks and removed.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace practica::features {

inline constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

using XlsxCell = std::variant<std::string, std::int64_t>;

class XlsxSheet {
 public:
  // kInternal when the temporary file cannot be made.
  [[nodiscard]] static core::Result<std::unique_ptr<XlsxSheet>> Create(const std::string& sheet_name);
  ~XlsxSheet();
  XlsxSheet(const XlsxSheet&) = delete;
  XlsxSheet& operator=(const XlsxSheet&) = delete;

  // Rows go down in order; the first row written is the header (bold, frozen).
  [[nodiscard]] core::Result<void> AddRow(const std::vector<XlsxCell>& cells);
  // Closes the workbook and hands its bytes to `out` in chunks of 64 KiB; the sheet cannot be
  // written after. kInternal when the workbook cannot be closed or read back, or what `out` fails with.
  [[nodiscard]] core::Result<void> Finish(const std::function<core::Result<void>(std::string_view)>& out);

 private:
  XlsxSheet() = default;
  struct Handles;
  std::unique_ptr<Handles> handles_;
  std::string path_;
  std::uint32_t next_row_ = 0;
};

// A workbook of `rows` (the first the header), whole, for a table that is in memory already (a
// form's answers, the dashboard's rows); a table read from the database row by row streams
// through XlsxSheet instead. kInternal when the workbook cannot be made.
[[nodiscard]] core::Result<std::string> XlsxOf(const std::string& sheet_name,
                                              const std::vector<std::vector<std::string>>& rows);

}  // namespace practica::features
