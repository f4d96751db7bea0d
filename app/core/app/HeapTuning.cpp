#include "core/app/HeapTuning.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace streamside {

bool keepLargeBuffersOutOfTheHeap() {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    return mallopt(M_MMAP_THRESHOLD, largeBufferBytes) == 1;
#else
    return false;
#endif
}

} // namespace streamside
