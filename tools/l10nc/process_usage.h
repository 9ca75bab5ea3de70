#pragma once

namespace l10nc::cli {

// What this process has used, for compile --verbose (Linux getrusage).
double peak_memory_mb();  // peak resident memory so far, in MB
// CPU seconds (user + system, every thread) so far: on a shared machine a steadier measure
// than elapsed time.
double cpu_seconds();

// Gives memory freed so far back to the system (mimalloc when the command links it, else
// glibc's malloc_trim): called once the catalog is freed, before the bundles' large buffers
// are allocated, the peak stays near the catalog's.
void trim_free_memory();

// Sets up the allocator for a compile's millions of short-lived strings (mimalloc only; a
// MIMALLOC_* environment variable still wins). Call first thing in main.
void tune_allocator();

}  // namespace l10nc::cli
