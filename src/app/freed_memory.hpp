#pragma once

namespace practica::app {

// glibc gives freed memory back to the kernel as soon as the top of a heap holds more than
// 128 KiB free, and serves anything over 128 KiB (growing to 32 MiB as it learns) from a fresh
// mmap that it unmaps on free. A server draws each large page into new buffers and frees them
// when it is sent, so every request paid for its memory again in page faults: the 1,000-school
// cohort page took 587 faults (1.2 ms). Keeping up to 64 MiB per heap and serving blocks up to
// 32 MiB from it lets requests reuse the memory the last one freed; exports stream, so the
// server's size still does not grow with what it sends. The microbenchmarks call it too, so
// they measure the server's allocator rather than the kernel's page faults.
void KeepFreedMemoryForTheNextRequest();

}  // namespace practica::app
