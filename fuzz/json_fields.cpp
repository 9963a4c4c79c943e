// A JSON body sent to the API, read into fields as the routes read it.
#include <cstddef>
#include <cstdint>

#include "features/kit/fields.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  practica::http::Request request;
  request.body.assign(reinterpret_cast<const char*>(data), size);
  auto fields = practica::features::JsonFields(request);
  if (fields) (void)practica::features::Yes(*fields, "attends");
  return 0;
}
