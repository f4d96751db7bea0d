#include "core/app/HeapTuning.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>

namespace {

// Touches the block, so that neither the compiler nor the allocator can
// skip it.
void* allocate(std::size_t bytes) {
    void* block = std::malloc(bytes);
    std::memset(block, 1, bytes);
    return block;
}

} // namespace

// A backing-store copy (MiBs) freed, then a dirty region's copy (hundreds of
// KiB): the second must be a mapping of its own, not a piece of the heap.
TEST(HeapTuning, LargeBuffersStayMappedAfterALargerOneWasFreed) {
    ASSERT_TRUE(streamside::keepLargeBuffersOutOfTheHeap());
    std::free(allocate(8 * 1024 * 1024));
    const int mappedBefore = mallinfo2().hblks;
    void* region = allocate(1024 * 1024);
    EXPECT_EQ(mallinfo2().hblks, mappedBefore + 1)
        << "a 1 MiB block came from the heap: the threshold followed the freed 8 MiB one";
    std::free(region);
    EXPECT_EQ(mallinfo2().hblks, mappedBefore) << "and went back to the system";
}

#endif
