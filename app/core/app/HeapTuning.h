#pragma once

namespace streamside {

// Keeps large short-lived buffers out of the C library's main heap.
//
// glibc serves a request of 128 KiB or more with a fresh mapping that it
// returns on free(), but raises that threshold to the size of each such
// block freed (up to 32 MiB). A Qt window holding web views is flushed
// through Qt's RHI compositor, which copies the whole backing store (MiBs)
// and each dirty region on every repaint: once the first copy has been
// freed, all later ones come from the heap, in sizes that change with every
// dirty region. Small long-lived allocations land between them, the holes
// they leave fit no later copy, and the heap grows by about a megabyte per
// event shown while nothing leaks (seen in the soak: 0.8-1.2 MiB per event,
// gigabytes in half an hour; the heap's own accounting stayed under 12 MiB).
//
// Fixing the threshold turns its adjustment off: such buffers are mapped
// and unmapped every time, and the heap holds only small objects.
// Returns false where this cannot be done (not glibc, or a sanitizer's
// allocator).
bool keepLargeBuffersOutOfTheHeap();

// The threshold keepLargeBuffersOutOfTheHeap() sets.
inline constexpr int largeBufferBytes = 128 * 1024;

} // namespace streamside
