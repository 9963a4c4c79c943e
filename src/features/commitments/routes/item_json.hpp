// One commitment of a school's checklist as JSON, read from its facts: the API's answer, and
// the twin of the page's view that the renderer-comparison test draws.
#pragma once

#include <boost/json/object.hpp>

#include "features/commitments/routes/item_facts.hpp"

namespace practica::commitments {

boost::json::object ItemObject(const ItemFacts& facts);

}  // namespace practica::commitments
