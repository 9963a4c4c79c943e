// The program's real history (Los Angeles Unified's Practitioner Schools, 2016-2020) as demo
// data: the cohorts, their goals and timeline, and each cohort's schools as its list spelled them.
#pragma once

#include <string>
#include <vector>

namespace practica::demo {

struct TimelineEntry {
  std::string title;
  std::string date;        // local date "2018-05-18"
  std::string end_date;    // "" or the last day of a range
  int start_minute = -1;   // minutes after local midnight, -1 for a whole day
  int end_minute = -1;
  bool week = false;       // "Week of May 14, 2018"
};

struct HistoricCohort {
  std::string slug;
  std::string number;
  std::string title;
  std::string focus_standard_code;
  std::string school_year;
  std::string announced_on;
  std::string summary;
  std::string applications_open;   // "2018-03-08 00:00" local, or ""
  std::string applications_close;  // "2018-04-06 16:00" local, or ""
  std::vector<std::string> goals;
  std::vector<TimelineEntry> timeline;
  std::vector<std::string> schools;  // exactly as the program's page lists them
};

// Newest first: the reconciliation keeps the first spelling it meets as a school's name.
const std::vector<HistoricCohort>& HistoricCohorts();

std::string ProgramSummary();

// The local district of each school of the history, by the name the newest list gives it.
// Assigned by the schools' neighbourhoods for the demo, not taken from district records.
std::string LocalDistrictOf(const std::string& school_name);

}  // namespace practica::demo
