#include "features/kit/xlsx_sheet.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace practica::features {

struct XlsxSheet::Handles {
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* worksheet = nullptr;
  lxw_format* header = nullptr;
  std::string tmpdir;
};

core::Result<std::unique_ptr<XlsxSheet>> XlsxSheet::Create(const std::string& sheet_name) {
  std::unique_ptr<XlsxSheet> sheet(new XlsxSheet());
  sheet->handles_ = std::make_unique<Handles>();
  std::error_code ec;
  sheet->handles_->tmpdir = std::filesystem::temp_directory_path(ec).string();
  if (ec) sheet->handles_->tmpdir = "/tmp";
  std::string pattern = sheet->handles_->tmpdir + "/practica-export-XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    return core::Fail(core::ErrorCode::kInternal, "The spreadsheet could not be made; try again.",
                      "mkstemp failed in " + sheet->handles_->tmpdir);
  }
  ::close(fd);
  sheet->path_ = pattern;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = sheet->handles_->tmpdir.data();
  sheet->handles_->workbook = workbook_new_opt(sheet->path_.c_str(), &options);
  if (sheet->handles_->workbook == nullptr) {
    return core::Fail(core::ErrorCode::kInternal, "The spreadsheet could not be made; try again.",
                      "workbook_new_opt failed for " + sheet->path_);
  }
  sheet->handles_->worksheet = workbook_add_worksheet(sheet->handles_->workbook, sheet_name.c_str());
  sheet->handles_->header = workbook_add_format(sheet->handles_->workbook);
  format_set_bold(sheet->handles_->header);
  worksheet_freeze_panes(sheet->handles_->worksheet, 1, 0);  // the header row stays in view
  return sheet;
}

XlsxSheet::~XlsxSheet() {
  if (handles_ && handles_->workbook != nullptr) workbook_close(handles_->workbook);
  if (!path_.empty()) {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
}

core::Result<void> XlsxSheet::AddRow(const std::vector<XlsxCell>& cells) {
  if (!handles_ || handles_->workbook == nullptr) {
    return core::Fail(core::ErrorCode::kInternal, "The spreadsheet could not be made; try again.",
                      "row after Finish");
  }
  lxw_format* format = next_row_ == 0 ? handles_->header : nullptr;
  for (std::size_t column = 0; column < cells.size(); ++column) {
    const auto col = static_cast<lxw_col_t>(column);
    lxw_error written = LXW_NO_ERROR;
    if (const auto* text = std::get_if<std::string>(&cells[column])) {
      // Strings are stored as text, never as formulas, whatever they begin with.
      written = worksheet_write_string(handles_->worksheet, next_row_, col, text->c_str(), format);
    } else {
      written = worksheet_write_number(handles_->worksheet, next_row_, col,
                                       static_cast<double>(std::get<std::int64_t>(cells[column])), format);
    }
    if (written != LXW_NO_ERROR) {
      return core::Fail(core::ErrorCode::kInternal, "The spreadsheet could not be made; try again.",
                        std::string("libxlsxwriter: ") + lxw_strerror(written));
    }
  }
  ++next_row_;
  return {};
}

core::Result<void> XlsxSheet::Finish(const std::function<core::Result<void>(std::string_view)>& out) {
  const lxw_error closed = workbook_close(handles_->workbook);
  handles_->workbook = nullptr;
  if (closed != LXW_NO_ERROR) {
    return core::Fail(core::ErrorCode::kInternal, "The spreadsheet could not be made; try again.",
                      std::string("libxlsxwriter: ") + lxw_strerror(closed));
  }
  std::ifstream file(path_, std::ios::binary);
  std::string chunk(64 * 1024, '\0');
  while (file) {
    file.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(file.gcount());
    if (got == 0) break;
    if (auto written = out(std::string_view(chunk.data(), got)); !written) return written;
  }
  if (file.bad()) {
    return core::Fail(core::ErrorCode::kInternal, "The spreadsheet could not be made; try again.",
                      "reading back " + path_ + " failed");
  }
  return {};
}

core::Result<std::string> XlsxOf(const std::string& sheet_name, const std::vector<std::vector<std::string>>& rows) {
  auto sheet = XlsxSheet::Create(sheet_name);
  if (!sheet) return std::unexpected(sheet.error());
  for (const auto& row : rows) {
    if (auto added = (*sheet)->AddRow(std::vector<XlsxCell>(row.begin(), row.end())); !added) {
      return std::unexpected(added.error());
    }
  }
  std::string bytes;
  auto finished = (*sheet)->Finish([&](std::string_view chunk) -> core::Result<void> {
    bytes.append(chunk);
    return {};
  });
  if (!finished) return std::unexpected(finished.error());
  return bytes;
}

}  // namespace practica::features
