#include "app/freed_memory.hpp"

#include <malloc.h>

namespace practica::app {

void KeepFreedMemoryForTheNextRequest() {
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
}

}  // namespace practica::app
