// Files compiled into the binary by cmake/embed.cmake: templates, static files, migrations.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace practica::generated {

std::vector<std::pair<std::string, std::string>> EmbeddedTemplates();
std::vector<std::pair<std::string, std::string>> EmbeddedStatic();
std::vector<std::pair<std::string, std::string>> EmbeddedMigrations();
std::vector<std::pair<std::string, std::string>> EmbeddedApiDocs();  // "base" first

}  // namespace practica::generated
