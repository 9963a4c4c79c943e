// What a school keeps as files beside its technology plan and its certification: each of the
// plan's policies (the seeds' "responsible use policy, parent acknowledgement, social media
// policies for educators and for students", as text or files) and the Common Sense certificate.
// A file is kept under one slot; a newer file of a slot does not remove the older, so what the
// district reviewed stays readable.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::techplans {

struct FileSlot {
  std::string_view code;   // "responsible_use", …, "certificate"
  std::string_view label;  // "Responsible use policy"
  bool certificate = false;
};

// The four policies in the plan's order, then the certificate.
const std::vector<FileSlot>& FileSlots();

// The slot of `code` that the page takes files for: a policy on the plan's page
// (`for_certificate` false), the certificate on the certification's. kInvalidInput naming
// "slot" otherwise, saying what to choose.
[[nodiscard]] core::Result<FileSlot> CheckFileSlot(std::string_view code, bool for_certificate);

}  // namespace practica::techplans
