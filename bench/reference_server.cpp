// The ceiling for bench/run.sh: a bare Boost.Beast server that answers captured responses.
// No router, no sessions, no templates, no database: GET of a path listed in the manifest
// gets those exact bytes (200), anything else 404. It runs the same number of I/O threads as
// practica, so "practica req/s / reference req/s" is the cost of everything Practica adds.
//
//   reference_server --dir DIR [--port P] [--threads N] [--address A]
//
// DIR/manifest.tsv holds lines "PATH<TAB>CONTENT_TYPE<TAB>FILE" (FILE relative to DIR; PATH is
// the request target as sent, query string included). Prints "listening on A:P" once ready.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>

#include "bare_server.hpp"

namespace {

struct Entry {
  std::string content_type;
  std::string body;
  bench::Answer answer;  // views of the two above
};
using Table = std::unordered_map<std::string, Entry>;

bool LoadManifest(const std::string& dir, Table& table) {
  std::ifstream manifest(dir + "/manifest.tsv");
  if (!manifest) {
    std::cerr << "reference_server: cannot open " << dir << "/manifest.tsv\n";
    return false;
  }
  std::string line;
  while (std::getline(manifest, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab1 = line.find('\t');
    const auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) {
      std::cerr << "reference_server: bad manifest line: " << line << "\n";
      return false;
    }
    const std::string file = dir + "/" + line.substr(tab2 + 1);
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "reference_server: cannot read " << file << "\n";
      return false;
    }
    std::ostringstream body;
    body << in.rdbuf();
    auto& entry = table[line.substr(0, tab1)];
    entry.content_type = line.substr(tab1 + 1, tab2 - tab1 - 1);
    entry.body = body.str();
  }
  for (auto& [path, entry] : table) entry.answer = {entry.content_type, entry.body};
  return true;
}

int Usage() {
  std::cerr << "usage: reference_server --dir DIR [--port P] [--threads N] [--address A]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  std::string address = "127.0.0.1";
  unsigned short port = 0;
  int threads = 2;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return Usage();
    const std::string value = argv[++i];
    if (arg == "--dir") dir = value;
    else if (arg == "--port") port = static_cast<unsigned short>(std::atoi(value.c_str()));
    else if (arg == "--threads") threads = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--address") address = value;
    else return Usage();
  }
  if (dir.empty()) return Usage();
  Table table;
  if (!LoadManifest(dir, table)) return 1;
  return bench::ServeBare("reference_server", address, port, threads, std::to_string(table.size()) + " paths",
                          [&table](std::string_view target) -> const bench::Answer* {
                            const auto found = table.find(std::string(target));
                            return found == table.end() ? nullptr : &found->second.answer;
                          });
}
