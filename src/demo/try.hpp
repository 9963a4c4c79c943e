// The demo loaders' early return: a step that fails ends the load with its error (the caller's
// transaction is then abandoned). One definition for every loader.
#pragma once

#include <expected>

#define PRACTICA_TRY(expr)                                          \
  if (auto practica_try_result = (expr); !practica_try_result) {    \
    return std::unexpected(practica_try_result.error());            \
  }
