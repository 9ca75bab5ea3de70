// Eight threads format and look up at once, with random locales, keys and arguments, on a
// catalog none of them has used before: every lazy step (loading bundles, resolving locales,
// compiling messages, judging translations, per-thread MessageFormats, the caps on cached
// locales) happens under contention. Every answer must equal the one a single thread gets.
// Run under ThreadSanitizer with -DL10NC_SANITIZE=thread (README).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <thread>

#include "l10n/catalog.h"
#include "runtime/runtime_test_support.h"
#include "test_support.h"

namespace l10nc {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kThreads = 8;
constexpr auto kDuration = std::chrono::milliseconds(2000);

std::vector<Bundle> stress_bundles() {
  Bundle root{"root",
              {{"HELLO", "Hello, {name}!"},
               {"FILES", "{count, plural, one {# file} other {# files}}"},
               {"PLAIN", "A plain message"},
               {"QUOTED", "It''s '{'here'}'"},
               {"BROKEN", "Broken in Spanish"},
               {"DIFFERS", "Moved {file}."},
               {"EXPIRES", "Expires on {when, date, ::yyyyMMdd}."},
               {"RANK", "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}"}},
              {}};
  Bundle es{"es",
            {{"HELLO", "¡Hola, {name}!"},
             {"FILES", "{count, plural, one {# archivo} other {# archivos}}"},
             {"PLAIN", "Un mensaje sencillo"},
             {"QUOTED", "Está '{'aquí'}'"},
             {"BROKEN", "Roto {"},
             {"DIFFERS", "Se movió {archivo}."},
             {"EXPIRES", "Caduca el {when, date, ::yyyyMMdd}."}},
            {}};
  Bundle es_mx{"es_MX", {{"HELLO", "¡Qué onda, {name}!"}}, {}};
  Bundle de{
      "de",
      {{"HELLO", "Hallo, {name}!"}, {"FILES", "{count, plural, one {# Datei} other {# Dateien}}"}},
      {}};
  Bundle ar{"ar",
            {{"FILES",
              "{count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# "
              "ملفًا} other {# ملف}}"}},
            {}};
  return {root, es, es_mx, de, ar};
}

struct Call {
  std::string locale;
  std::string key;
  std::vector<l10n::Argument> arguments;
};

std::vector<Call> make_calls() {
  const std::vector<std::string> locales = {"es", "es_MX", "es-AR", "de",    "de_CH", "ar", "ar_EG",
                                            "ja", "fr",    "en_GB", "fr:de", "!!",    ""};
  const std::vector<std::string> keys = {"HELLO",   "FILES",   "PLAIN", "QUOTED",     "BROKEN",
                                         "DIFFERS", "EXPIRES", "RANK",  "NO_SUCH_KEY"};
  const std::vector<std::vector<l10n::Argument>> argument_sets = {
      {},
      {{"name", std::string("Ana")}, {"count", int64_t{1}}, {"n", int64_t{2}}},
      {{"name", std::string("Zoë")}, {"count", int64_t{3}}, {"n", int64_t{23}}},
      {{"count", 1.5}, {"file", std::string("a.txt")}, {"when", l10n::Date{1710504000000.0}}},
      {{"count", std::string("wrong")}, {"n", l10n::Date{0}}, {"when", std::string("x")}},
      {{"count", int64_t{1000000}}, {"name", std::string("\xff")}}};
  std::vector<Call> calls;
  for (const std::string& locale : locales)
    for (const std::string& key : keys)
      for (const auto& arguments : argument_sets) calls.push_back({locale, key, arguments});
  return calls;
}

TEST(RuntimeStress, EightThreadsGetWhatOneThreadGets) {
  testing::TempDir directory;
  write_package_or_fail(stress_bundles(), directory.path());
  const std::vector<Call> calls = make_calls();
  std::vector<l10n::FormatResult> expected;
  {
    const l10n::Catalog reference(directory.path().string());
    ASSERT_TRUE(reference.ok()) << reference.error();
    for (const Call& call : calls)
      expected.push_back(reference.format(call.locale, call.key, call.arguments));
  }
  EXPECT_EQ(expected[1].text, "¡Hola, Ana!");

  const l10n::Catalog catalog(directory.path().string());  // cold: nothing resolved yet
  std::atomic<long> formats{0};
  std::atomic<long> mismatches{0};
  std::mutex first_mismatch_mutex;
  std::string first_mismatch;
  const auto report = [&](const std::string& what) {
    if (mismatches.fetch_add(1) == 0) {
      std::lock_guard lock(first_mismatch_mutex);
      first_mismatch = what;
    }
  };
  const Clock::time_point deadline = Clock::now() + kDuration;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::mt19937 random(static_cast<unsigned>(t) * 7919u + 1u);
      std::uniform_int_distribution<size_t> pick(0, calls.size() - 1);
      std::uniform_int_distribution<int> letter(0, 25);
      long done = 0;
      while (Clock::now() < deadline) {
        for (int i = 0; i < 64; ++i, ++done) {
          const size_t index = pick(random);
          const Call& call = calls[index];
          const l10n::FormatResult result = catalog.format(call.locale, call.key, call.arguments);
          if (result.text != expected[index].text || result.status != expected[index].status ||
              result.locale != expected[index].locale)
            report(call.locale + " " + call.key + ": " + result.text + " / " +
                   expected[index].text);
          if (call.arguments.empty()) {
            const l10n::LookupResult lookup = catalog.lookup(call.locale, call.key);
            if (lookup.text != expected[index].text || lookup.status != expected[index].status)
              report("lookup " + call.locale + " " + call.key + ": " + std::string(lookup.text));
          }
          // Never-seen locales, more than the catalog caches: a region of Spanish...
          const std::string region = {'X', static_cast<char>('A' + letter(random))};
          std::string variant;
          for (int n = 0; n < 5; ++n) variant += static_cast<char>('A' + letter(random));
          const l10n::LookupResult spanish =
              catalog.lookup("es_" + region + "_" + variant, "QUOTED");
          if (spanish.text != "Está {aquí}" || spanish.status != l10n::Status::ok)
            report("es_" + region + ": " + std::string(spanish.text));
          // ...and languages without a bundle.
          const std::string language = "z" + variant.substr(0, 2);
          const l10n::FormatResult english =
              catalog.format(language, "FILES", {{"count", int64_t{1}}});
          if (english.text != "1 file" || english.status != l10n::Status::fallback)
            report(language + ": " + english.text);
        }
      }
      formats.fetch_add(done);
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0) << first_mismatch;
  EXPECT_GT(formats.load(), 1000);
}

}  // namespace
}  // namespace l10nc
