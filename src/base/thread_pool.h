#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace l10nc {

// The number of threads that run at once on this machine (at least 1): --jobs' default.
unsigned hardware_jobs();

// A fixed set of worker threads running tasks in the order they were submitted. With one job
// there are no threads: submit() runs the task at once, in the caller, so a sequential run is
// exactly the code a parallel one runs. Exceptions reach the caller through the future.
class ThreadPool {
 public:
  explicit ThreadPool(unsigned jobs);
  ~ThreadPool();  // runs what is queued, then joins
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  unsigned jobs() const { return jobs_; }

  template <typename Task>
  std::future<std::invoke_result_t<Task>> submit(Task task) {
    using Result = std::invoke_result_t<Task>;
    auto packaged = std::make_shared<std::packaged_task<Result()>>(std::move(task));
    std::future<Result> future = packaged->get_future();
    if (workers_.empty()) {
      (*packaged)();
    } else {
      std::lock_guard lock(mutex_);
      queue_.emplace_back([packaged] { (*packaged)(); });
      ready_.notify_one();
    }
    return future;
  }

 private:
  void work();

  unsigned jobs_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
};

}  // namespace l10nc
