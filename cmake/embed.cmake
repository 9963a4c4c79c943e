# Turns text files into a C++ source that returns them as {name, text} pairs, so the binary
# carries its templates, static files and migrations. Run at build time by add_custom_command.
# Inputs: OUTPUT, FUNCTION (qualified name), ENTRIES (list of name=path).
file(WRITE "${OUTPUT}.tmp" "// Generated from the source tree; do not edit.\n#include <string>\n#include <vector>\n#include <utility>\n")
file(APPEND "${OUTPUT}.tmp" "namespace practica::generated {\nstd::vector<std::pair<std::string, std::string>> ${FUNCTION}() {\n  std::vector<std::pair<std::string, std::string>> files;\n")
foreach(entry IN LISTS ENTRIES)
  string(FIND "${entry}" "=" eq)
  string(SUBSTRING "${entry}" 0 ${eq} name)
  math(EXPR start "${eq} + 1")
  string(SUBSTRING "${entry}" ${start} -1 path)
  file(READ "${path}" content)
  # Raw strings have a length limit in some compilers' diagnostics; split into 16 KB pieces.
  string(LENGTH "${content}" length)
  file(APPEND "${OUTPUT}.tmp" "  {\n    std::string text;\n")
  set(offset 0)
  while(offset LESS length)
    string(SUBSTRING "${content}" ${offset} 16000 piece)
    file(APPEND "${OUTPUT}.tmp" "    text += R\"PRACTICA_EMBED(${piece})PRACTICA_EMBED\";\n")
    math(EXPR offset "${offset} + 16000")
  endwhile()
  file(APPEND "${OUTPUT}.tmp" "    files.emplace_back(\"${name}\", std::move(text));\n  }\n")
endforeach()
file(APPEND "${OUTPUT}.tmp" "  return files;\n}\n}  // namespace practica::generated\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
