#include "features/techplans/domain/plan_files.hpp"

#include <string>

namespace practica::techplans {

const std::vector<FileSlot>& FileSlots() {
  static const std::vector<FileSlot> slots{
      {"responsible_use", "Responsible use policy", false},
      {"parent_acknowledgement", "Parent acknowledgement", false},
      {"social_media_educators", "Social media policy for educators", false},
      {"social_media_students", "Social media policy for students", false},
      {"certificate", "Common Sense certificate", true},
  };
  return slots;
}

core::Result<FileSlot> CheckFileSlot(std::string_view code, bool for_certificate) {
  for (const auto& slot : FileSlots()) {
    if (slot.code == code && slot.certificate == for_certificate) return slot;
  }
  return core::Fail(core::ErrorCode::kInvalidInput,
                    for_certificate ? "Files here are the school's Common Sense certificate; attach it as the certificate."
                                    : "Choose which policy the file is: responsible use, parent acknowledgement, or "
                                      "social media for educators or for students.",
                    {}, "slot");
}

}  // namespace practica::techplans
