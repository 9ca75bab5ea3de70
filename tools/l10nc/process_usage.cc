#include "process_usage.h"

#include <sys/resource.h>
#if L10NC_WITH_MIMALLOC
#include <mimalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace l10nc::cli {

double peak_memory_mb() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KB on Linux
}

double cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void trim_free_memory() {
#if L10NC_WITH_MIMALLOC
  mi_option_set(mi_option_decommit_delay, 0);
  mi_collect(true);
#elif defined(__GLIBC__)
  ::malloc_trim(0);
#endif
}

}  // namespace l10nc::cli
