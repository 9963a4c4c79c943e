// Input as text, from a form or a JSON body: the kit's, named in this feature's terms.
#pragma once

#include "features/kit/fields.hpp"

namespace practica::participations {

using features::Fields;
using features::FormFields;
using features::Get;
using features::JsonFields;
using features::Yes;

}  // namespace practica::participations
