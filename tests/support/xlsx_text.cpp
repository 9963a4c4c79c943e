#include "support/xlsx_text.hpp"

#include <zlib.h>

#include <cstdint>
#include <stdexcept>

namespace practica::testing {
namespace {

std::uint32_t Little(std::string_view bytes, std::size_t at, int width) {
  std::uint32_t value = 0;
  for (int i = width - 1; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// The entry named `name`, inflated: its local header is found by its name, the data after the
// header is one raw deflate stream (or stored, method 0), read until the stream ends.
std::string Entry(std::string_view zip, std::string_view name) {
  for (std::size_t at = zip.find("PK\x03\x04"); at != std::string_view::npos; at = zip.find("PK\x03\x04", at + 4)) {
    if (at + 30 > zip.size()) break;
    const auto method = Little(zip, at + 8, 2);
    const auto name_length = Little(zip, at + 26, 2);
    const auto extra_length = Little(zip, at + 28, 2);
    if (zip.substr(at + 30, name_length) != name) continue;
    const std::size_t data = at + 30 + name_length + extra_length;
    if (method == 0) return std::string(zip.substr(data, Little(zip, at + 18, 4)));
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) throw std::runtime_error("inflateInit2 failed");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
    stream.avail_in = static_cast<uInt>(zip.size() - data);
    std::string out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
      stream.next_out = reinterpret_cast<Bytef*>(buffer);
      stream.avail_out = sizeof buffer;
      status = inflate(&stream, Z_NO_FLUSH);
      out.append(buffer, sizeof buffer - stream.avail_out);
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) throw std::runtime_error("the sheet could not be inflated");
    return out;
  }
  throw std::runtime_error("no " + std::string(name) + " in the download: not a workbook");
}

std::string Unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const auto end = text.find(';', i);
    const auto entity = text.substr(i + 1, end - i - 1);
    out += entity == "lt" ? "<" : entity == "gt" ? ">" : entity == "quot" ? "\"" : entity == "apos" ? "'" : "&";
    i = end;
  }
  return out;
}

// The text inside the first <tag …>…</tag> at or after `from` (empty for <tag …/>), and in
// `end` where the element ended: npos when there is none.
std::string_view Between(std::string_view xml, std::string_view tag, std::size_t from, std::size_t& end) {
  const std::string opening = "<" + std::string(tag);
  auto open = xml.find(opening, from);
  while (open != std::string_view::npos && open + opening.size() < xml.size() &&
         std::string_view(" >/").find(xml[open + opening.size()]) == std::string_view::npos) {
    open = xml.find(opening, open + 1);
  }
  if (open == std::string_view::npos) return end = std::string_view::npos, std::string_view();
  const auto body = xml.find('>', open) + 1;
  if (xml[body - 2] == '/') return end = body, std::string_view();
  const auto close = xml.find("</" + std::string(tag) + ">", body);
  end = close + tag.size() + 3;
  return xml.substr(body, close - body);
}

}  // namespace

std::vector<std::vector<std::string>> XlsxRows(std::string_view xlsx) {
  const std::string sheet = Entry(xlsx, "xl/worksheets/sheet1.xml");
  const std::string_view xml(sheet);
  std::vector<std::vector<std::string>> rows;
  std::size_t row_end = 0;
  for (auto row = Between(xml, "row", 0, row_end); row_end != std::string_view::npos;
       row = Between(xml, "row", row_end, row_end)) {
    std::vector<std::string> cells;
    std::size_t cell_end = 0;
    for (auto cell = Between(row, "c", 0, cell_end); cell_end != std::string_view::npos;
         cell = Between(row, "c", cell_end, cell_end)) {
      std::size_t end = 0;
      auto text = Between(cell, "t", 0, end);  // <is><t>…</t></is>, an inline string
      if (end == std::string_view::npos) text = Between(cell, "v", 0, end);  // a number
      cells.push_back(Unescape(text));
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

}  // namespace practica::testing
