#include "demo/imports_demo.hpp"

#include "demo/try.hpp"
#include "features/kit/sheet_import_store.hpp"
#include "features/people/routes/roster_check.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/routes/directory_check.hpp"

namespace practica::demo {
namespace {

// Illustrative: the Northeast's schools as a district export spells them (Windows-1252 accents
// would be read too), with a new school, and one CDS code Excel turned into 1.96473E+13.
constexpr std::string_view kDirectory =
    "CDS Code,School Name,Local District,Type,Grade Span\r\n"
    "19647336016430,Garvanza ES,Northeast,Elementary,K-5\r\n"
    ",Telfair Avenue ES,Northeast,Elementary,K-5\r\n"
    ",James Madison MS,Northeast,Middle,6-8\r\n"
    "19647330000077,Arroyo Seco Museum Science Magnet,Northeast,Span,K-8\r\n"
    "1.96473E+13,Buchanan Street ES,Northeast,Elementary,K-5\r\n";

// Illustrative: Hope Street ES's staff as the district's HR export lists them, with a teacher new
// this year and one address typed twice.
constexpr std::string_view kRoster =
    "Employee Name,Work Email,Site,Position\r\n"
    "Hannah Kim,principal.hope@practica.example,Hope Street ES,Principal\r\n"
    "Rosa Delgado,rosa.delgado@practica.example,Hope Street ES,Teacher\r\n"
    "Ben Okafor,ben.okafor@practica.example,Hope Street ES,Teacher\r\n"
    "Lucia Ferreira,lucia.ferreira@practica.example,Hope Street ES,Classroom Teacher\r\n"
    "L. Ferreira,Lucia.Ferreira@practica.example,Hope Street ES,Teacher\r\n";

}  // namespace

core::Result<void> LoadImportsDemo(db::Connection& db, std::int64_t district_id, std::int64_t now) {
  auto allison = people::PeopleStore(db, district_id).FindByEmail("allison.jonas@lausd.net");
  if (!allison) return std::unexpected(allison.error());
  if (!*allison) return core::Fail(core::ErrorCode::kInternal, "The demo has no Allison Jonas.");
  const auto by = (*allison)->id;
  PRACTICA_TRY(features::SheetImportStore(db, district_id, schools::kDirectoryTables)
                   .Add({"Northeast directory, November 2018 (illustrative).csv", "text/csv", std::string(kDirectory), by,
                         now}));
  PRACTICA_TRY(features::SheetImportStore(db, district_id, people::kRosterTables)
                   .Add({"Hope Street ES staff 2018-19 (illustrative).csv", "text/csv", std::string(kRoster), by, now}));

  return {};
}

}  // namespace practica::demo
