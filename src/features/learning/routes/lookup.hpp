// What every learning route reads from its request: the offering its path names, who asks and
// the token their forms carry.
#pragma once

#include <cstdint>
#include <string>

#include "features/learning/store/learning_store.hpp"
#include "http/request.hpp"

namespace practica::learning {

// The offering of the path's {slug}; kNotFound pointing to the calendar when there is none.
core::Result<Offering> FindOffering(LearningStore& store, const http::Request& request);

// The signed-in person's id, 0 for a visitor (routes that change things require someone).
std::int64_t Me(const http::Request& request);

// The signed-in person's CSRF token for the page's forms, empty for a visitor.
std::string CsrfToken(const http::Request& request);

}  // namespace practica::learning
