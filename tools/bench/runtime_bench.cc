// l10nc-bench-runtime: the runtime against GNU gettext and hand-written ICU, in one run, on
// the same catalogs: the SSPI catalog (locales/, compiled with l10nc) and a generated one.
//
//   l10nc-bench-runtime [--short] [--keys N] [--l10nc PATH] [--locales DIR] [benchmark flags]
//
// The last line is "summary: lookup_vs_gettext=X format_vs_icu_cached=Y cold_start_vs_gettext=Z
// cold_memory_vs_gettext=W": our median time over theirs on the generated catalog (below 1: we
// are faster); the cold figures are a new process's time from opening the catalog to its first
// message, and the resident memory that adds, against bindtextdomain + the first dgettext on
// the same catalog's .mo (an error dialog is a cold path). --short (what ctest runs)
// uses a small catalog and short runs: it checks that everything works, its numbers mean
// little.
#include <benchmark/benchmark.h>
#include <l10n/catalog.h>
#include <libintl.h>
#include <unicode/msgfmt.h>
#include <unicode/ures.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;

struct Options {
  bool short_run = false;
  int keys = 100000;
  std::string l10nc = L10NC_BINARY;
  std::string locales = L10NC_LOCALES;
};

// The format benchmark's message: a string and a plural.
constexpr const char* kFormatKey = "BENCH_FORMAT";
constexpr const char* kFormatEnglish =
    "{user} has {count, plural, one {# new message} other {# new messages}}.";
constexpr const char* kFormatSpanish =
    "{user} tiene {count, plural, one {# mensaje nuevo} other {# mensajes nuevos}}.";
constexpr const char* kLocale = "es_MX";  // answered by the "es" bundle, or by root

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "l10nc-bench-runtime: error: " << message << "\n";
  std::exit(1);
}

void run(const std::string& command) {
  if (std::system(command.c_str()) != 0) fail("command failed: " + command);
}

std::string quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// A gettext .po string: backslash and double quote escaped.
std::string po_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

struct BenchCatalog {
  std::string name;
  fs::path package;
  std::string gettext_domain;
  std::unique_ptr<l10n::Catalog> catalog;
  UResourceBundle* icu_bundle = nullptr;  // ures_open(package, es_MX): ICU's own fallback
  std::vector<std::string> translated;    // keys the es bundle has, shuffled
  // Fallback lookups: keys only English has, in es_MX. When every key is translated (SSPI),
  // all keys in a locale without a bundle (fr), and for gettext a domain without a catalog.
  std::string fallback_locale = kLocale;
  std::vector<std::string> missing;
  std::string fallback_domain;
  UResourceBundle* icu_fallback_bundle = nullptr;
};

UResourceBundle* open_icu_bundle(const BenchCatalog& bench, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string icu_path = bench.package.string() + "/";
  UResourceBundle* bundle = ures_open(icu_path.c_str(), locale, &status);
  if (U_FAILURE(status)) fail("ures_open: " + std::string(u_errorName(status)));
  return bundle;
}

// Sorts the catalog's keys into translated and English-only, and writes the equivalent
// gettext catalog (msgid: the key; msgstr: the Spanish text) compiled by msgfmt.
void prepare(BenchCatalog& bench, const fs::path& gettext_root) {
  bench.catalog = std::make_unique<l10n::Catalog>(bench.package.string());
  if (!bench.catalog->ok()) fail(bench.catalog->error());
  std::string po = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
  for (const std::string& key : bench.catalog->keys()) {
    const l10n::LookupResult result = bench.catalog->lookup(kLocale, key);
    if (result.status == l10n::Status::ok) {
      bench.translated.push_back(key);
      po += "msgid " + po_string(key) + "\nmsgstr " + po_string(std::string(result.text)) + "\n\n";
    } else if (result.status == l10n::Status::fallback) {
      bench.missing.push_back(key);
    }
  }
  if (bench.translated.empty()) fail(bench.name + ": no translated keys");
  bench.fallback_domain = bench.gettext_domain;
  if (bench.missing.empty()) {
    bench.fallback_locale = "sw";
    bench.missing = bench.translated;
    bench.fallback_domain = bench.gettext_domain + "_sw";  // bound, but no es catalog
    bindtextdomain(bench.fallback_domain.c_str(), gettext_root.c_str());
  }
  std::mt19937 random(42);
  std::shuffle(bench.translated.begin(), bench.translated.end(), random);
  std::shuffle(bench.missing.begin(), bench.missing.end(), random);

  const fs::path messages = gettext_root / "es" / "LC_MESSAGES";
  fs::create_directories(messages);
  const fs::path po_file = gettext_root / (bench.gettext_domain + ".po");
  std::ofstream(po_file) << po;
  run("msgfmt -o " + quote((messages / (bench.gettext_domain + ".mo")).string()) + " " +
      quote(po_file.string()));
  bindtextdomain(bench.gettext_domain.c_str(), gettext_root.c_str());
  bind_textdomain_codeset(bench.gettext_domain.c_str(), "UTF-8");

  bench.icu_bundle = open_icu_bundle(bench, kLocale);
  bench.icu_fallback_bundle = open_icu_bundle(bench, bench.fallback_locale.c_str());
}

// A genrb source: keys in descending order (genrb's insertion is quadratic otherwise).
void write_generated_sources(const fs::path& directory, int keys) {
  std::ofstream root(directory / "root.txt");
  std::ofstream es(directory / "es.txt");
  root << "\xEF\xBB\xBFroot:table(nofallback) {\n";
  es << "\xEF\xBB\xBF"
        "es:table {\n";
  root << "  " << kFormatKey << " { \"" << kFormatEnglish << "\" }\n";
  es << "  " << kFormatKey << " { \"" << kFormatSpanish << "\" }\n";
  for (int i = keys - 1; i >= 0; --i) {
    char key[32];
    std::snprintf(key, sizeof key, "MSG_%06d", i);
    root << "  " << key << " { \"The operation number " << i
         << " could not be completed because the server did not answer.\" }\n";
    if (i % 10 != 0)  // one key in ten has no translation
      es << "  " << key << " { \"La operación número " << i
         << " no se pudo completar porque el servidor no respondió.\" }\n";
  }
  root << "}\n";
  es << "}\n";
}

// Keys cycled through by a benchmark loop, so that lookups are spread over the whole table.
class KeyCycle {
 public:
  explicit KeyCycle(const std::vector<std::string>& keys) : keys_(keys) {}
  const std::string& next() {
    const std::string& key = keys_[at_];
    if (++at_ == keys_.size()) at_ = 0;
    return key;
  }

 private:
  const std::vector<std::string>& keys_;
  size_t at_ = 0;
};

void l10n_lookup(benchmark::State& state, const BenchCatalog* bench, bool fallback) {
  KeyCycle keys(fallback ? bench->missing : bench->translated);
  const std::string locale = fallback ? bench->fallback_locale : kLocale;
  for (auto _ : state) {
    const l10n::LookupResult result = bench->catalog->lookup(locale, keys.next());
    benchmark::DoNotOptimize(result.text.data());
  }
}

void gettext_lookup(benchmark::State& state, const BenchCatalog* bench, bool fallback) {
  KeyCycle keys(fallback ? bench->missing : bench->translated);
  const char* domain = (fallback ? bench->fallback_domain : bench->gettext_domain).c_str();
  for (auto _ : state) benchmark::DoNotOptimize(dgettext(domain, keys.next().c_str()));
}

// ICU by hand: ures_getStringByKey on a bundle opened with fallback, converted to UTF-8 (into
// a reused string: no allocation counted against ICU).
void icu_lookup(benchmark::State& state, const BenchCatalog* bench, bool fallback) {
  KeyCycle keys(fallback ? bench->missing : bench->translated);
  UResourceBundle* bundle = fallback ? bench->icu_fallback_bundle : bench->icu_bundle;
  std::string out;
  for (auto _ : state) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* text = ures_getStringByKey(bundle, keys.next().c_str(), &length, &status);
    out.clear();
    icu::UnicodeString(false, text, length).toUTF8String(out);
    benchmark::DoNotOptimize(out.data());
  }
}

// Per-call inputs, as an application has them: a UTF-8 name and a count.
const std::vector<std::string>& user_names() {
  static const std::vector<std::string> names = {
      "Ana", "José María", "Zoë", "Li Wei", "Björn", "Ngozi", "María José Fernández"};
  return names;
}

void l10n_format(benchmark::State& state, const BenchCatalog* bench, const char* key) {
  const std::vector<std::string>& users = user_names();
  int64_t i = 0;
  for (auto _ : state) {
    ++i;
    const l10n::FormatResult result = bench->catalog->format(
        kLocale, key, {{"user", users[i % users.size()]}, {"count", int64_t{i % 7}}});
    benchmark::DoNotOptimize(result.text.data());
  }
}

icu::UnicodeString bundle_pattern(const BenchCatalog* bench, const char* key) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  const UChar* text = ures_getStringByKey(bench->icu_bundle, key, &length, &status);
  if (U_FAILURE(status)) fail(std::string("no ") + key + " in the ICU bundle");
  return icu::UnicodeString(text, length);
}

// The two sides of the format comparison must produce the same text.
void check_same_output(const BenchCatalog& bench) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::MessageFormat format(bundle_pattern(&bench, kFormatKey), icu::Locale(kLocale), status);
  const icu::UnicodeString names[] = {u"user", u"count"};
  for (const std::string& user : user_names()) {
    for (int64_t count : {0, 1, 2, 1000}) {
      const icu::Formattable values[] = {icu::Formattable(icu::UnicodeString::fromUTF8(user)),
                                         icu::Formattable(count)};
      icu::UnicodeString result;
      format.format(names, values, 2, result, status);
      std::string icu_text;
      result.toUTF8String(icu_text);
      const l10n::FormatResult ours =
          bench.catalog->format(kLocale, kFormatKey, {{"user", user}, {"count", count}});
      if (ours.text != icu_text || U_FAILURE(status))
        fail("format differs from ICU: '" + ours.text + "' vs '" + icu_text + "'");
    }
  }
}

void icu_format(benchmark::State& state, const BenchCatalog* bench, bool cached) {
  const std::vector<std::string>& users = user_names();
  const icu::UnicodeString names[] = {u"user", u"count"};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(kLocale);
  const icu::MessageFormat cached_format(bundle_pattern(bench, kFormatKey), locale, status);
  int64_t i = 0;
  for (auto _ : state) {
    ++i;
    const std::string& user = users[i % users.size()];
    const icu::Formattable values[] = {icu::Formattable(icu::UnicodeString::fromUTF8(user)),
                                       icu::Formattable(static_cast<int64_t>(i % 7))};
    icu::UnicodeString result;
    status = U_ZERO_ERROR;
    if (cached) {
      cached_format.format(names, values, 2, result, status);
    } else {
      int32_t length = 0;
      const UChar* text = ures_getStringByKey(bench->icu_bundle, kFormatKey, &length, &status);
      const icu::MessageFormat format(icu::UnicodeString(false, text, length), locale, status);
      format.format(names, values, 2, result, status);
    }
    std::string out;
    result.toUTF8String(out);
    benchmark::DoNotOptimize(out.data());
  }
}

// Resident memory of this process, in KiB (Linux).
long resident_kib() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0;
  long resident = 0;
  statm >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// The child of a cold-start measurement: opens the catalog, shows one message, and prints
// "SECONDS KIB" (the time and the resident memory that took). argv: --cold l10n PACKAGE KEY,
// or --cold gettext ROOT DOMAIN KEY.
int cold_start(int argc, char** argv) {
  if (argc < 5) return 2;
  const std::string kind = argv[2];
  const long memory_before = resident_kib();
  const auto start = std::chrono::steady_clock::now();
  std::string text;
  if (kind == "l10n") {
    const l10n::Catalog catalog(argv[3]);
    text = catalog.format(kLocale, argv[4], {}).text;
  } else if (kind == "gettext" && argc >= 6) {
    std::setlocale(LC_ALL, "");
    bindtextdomain(argv[4], argv[3]);
    bind_textdomain_codeset(argv[4], "UTF-8");
    text = dgettext(argv[4], argv[5]);
  } else {
    return 2;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (text.empty() || text == argv[argc - 1]) return 1;  // not translated: a broken setup
  std::printf("%.9f %ld\n", seconds, resident_kib() - memory_before);
  return 0;
}

struct ColdStart {
  double seconds = 0;
  double kib = 0;
};

// Runs this program's cold-start child `runs` times; medians of its time and memory.
ColdStart measure_cold_start(const std::vector<std::string>& arguments, int runs) {
  std::string command = quote(fs::read_symlink("/proc/self/exe").string()) + " --cold";
  for (const std::string& argument : arguments) command += " " + quote(argument);
  std::vector<double> seconds;
  std::vector<double> kib;
  for (int run = 0; run < runs; ++run) {
    FILE* child = popen(command.c_str(), "r");
    if (child == nullptr) fail("cannot run " + command);
    double time = 0;
    double memory = 0;
    const int read = std::fscanf(child, "%lf %lf", &time, &memory);
    if (pclose(child) != 0 || read != 2) fail("cold start failed: " + command);
    seconds.push_back(time);
    kib.push_back(memory);
  }
  auto median = [](std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
  };
  return {median(seconds), median(kib)};
}

// Keeps the median (or the only) time of every benchmark for the summary: CPU time, which a
// machine shared with other work disturbs far less than wall-clock time (both are printed).
class MedianReporter : public benchmark::ConsoleReporter {
 public:
  MedianReporter()
      : ConsoleReporter(isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr ? OO_Defaults
                                                                                    : OO_Tabular) {}
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      const std::string name = run.run_name.function_name;
      if (run.aggregate_name == "median" || (run.aggregate_name.empty() && run.repetitions <= 1))
        medians_[name] = {run.GetAdjustedCPUTime(), run.GetAdjustedRealTime()};
    }
  }
  struct Times {
    double cpu = std::nan("");
    double real = std::nan("");
  };
  double median(const std::string& name) const {  // NaN when it did not run (--benchmark_filter)
    auto found = medians_.find(name);
    return found == medians_.end() ? std::nan("") : found->second.cpu;
  }
  const std::map<std::string, Times>& medians() const { return medians_; }

 private:
  std::map<std::string, Times> medians_;
};

Options parse_options(int& argc, char** argv) {
  Options options;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    const bool has_value = i + 1 < argc;
    if (argument == "--short") {
      options.short_run = true;
    } else if (argument == "--keys" && has_value) {
      options.keys = std::max(100, std::atoi(argv[++i]));
    } else if (argument == "--l10nc" && has_value) {
      options.l10nc = argv[++i];
    } else if (argument == "--locales" && has_value) {
      options.locales = argv[++i];
    } else {
      argv[kept++] = argv[i];  // Google Benchmark's own flags
    }
  }
  argc = kept;
  if (options.short_run && options.keys == 100000) options.keys = 2000;
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--cold") return cold_start(argc, argv);
  const Options options = parse_options(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  char directory_template[] = "/tmp/l10nc-bench-XXXXXX";
  if (mkdtemp(directory_template) == nullptr) fail("cannot make a temporary directory");
  const fs::path work = directory_template;
  // gettext answers from LANGUAGE unless the locale is C; C.UTF-8 is on every glibc system.
  setenv("LANGUAGE", "es", 1);
  setenv("LC_ALL", "C.UTF-8", 1);
  std::setlocale(LC_ALL, "");

  BenchCatalog sspi;
  sspi.name = "sspi";
  sspi.package = work / "sspi";
  sspi.gettext_domain = "sspi";
  run(quote(options.l10nc) + " compile " + quote(options.locales) + " -o " +
      quote(sspi.package.string()) + " >/dev/null");
  prepare(sspi, work / "gettext");

  BenchCatalog generated;
  generated.name = "generated";
  generated.package = work / "generated";
  generated.gettext_domain = "generated";
  fs::create_directories(generated.package);
  write_generated_sources(generated.package, options.keys);
  run(std::string("genrb -q -d ") + quote(generated.package.string()) + " " +
      quote((generated.package / "root.txt").string()) + " " +
      quote((generated.package / "es.txt").string()));
  prepare(generated, work / "gettext");
  check_same_output(generated);

  const int repetitions = options.short_run ? 1 : 5;
  const double min_time = options.short_run ? 0.002 : 0.3;
  const auto add = [&](const std::string& name, auto function, auto... arguments) {
    benchmark::RegisterBenchmark(name.c_str(), function, arguments...)
        ->Repetitions(repetitions)
        ->ReportAggregatesOnly(repetitions > 1)
        ->MinTime(min_time)
        ->Unit(benchmark::kNanosecond);
  };
  for (const BenchCatalog* bench : {&sspi, &generated}) {
    const std::string prefix = bench->name + "/";
    add(prefix + "l10n_lookup", l10n_lookup, bench, false);
    add(prefix + "gettext_dgettext", gettext_lookup, bench, false);
    add(prefix + "icu_ures_getStringByKey", icu_lookup, bench, false);
    add(prefix + "l10n_lookup_fallback", l10n_lookup, bench, true);
    add(prefix + "gettext_dgettext_fallback", gettext_lookup, bench, true);
    add(prefix + "icu_ures_getStringByKey_fallback", icu_lookup, bench, true);
  }
  // The SSPI catalog has no message with arguments: format() of one of its plain messages.
  add("sspi/l10n_format_plain_message", l10n_format, &sspi, sspi.translated.front().c_str());
  add("generated/l10n_format_2args", l10n_format, &generated, kFormatKey);
  add("generated/icu_messageformat_cached", icu_format, &generated, true);
  add("generated/icu_messageformat_per_call", icu_format, &generated, false);

  MedianReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();

  // Cold start on the generated catalog, alternating so that both see the same machine.
  const int cold_runs = options.short_run ? 3 : 21;
  const std::string cold_key = generated.translated.front();
  const ColdStart l10n_cold =
      measure_cold_start({"l10n", generated.package.string(), cold_key}, cold_runs);
  const ColdStart gettext_cold = measure_cold_start(
      {"gettext", (work / "gettext").string(), generated.gettext_domain, cold_key}, cold_runs);
  std::printf("\ncold start (median of %d processes): open + first message\n", cold_runs);
  std::printf("  %-45s %10.1f us %8.0f KiB\n", "l10n::Catalog + format", l10n_cold.seconds * 1e6,
              l10n_cold.kib);
  std::printf("  %-45s %10.1f us %8.0f KiB\n", "bindtextdomain + dgettext",
              gettext_cold.seconds * 1e6, gettext_cold.kib);

  std::printf("\nmedians (ns)                                          cpu       real\n");
  for (const auto& [name, times] : reporter.medians())
    std::printf("  %-45s %10.1f %10.1f\n", name.c_str(), times.cpu, times.real);
  const double lookup_ratio =
      reporter.median("generated/l10n_lookup") / reporter.median("generated/gettext_dgettext");
  const double format_ratio = reporter.median("generated/l10n_format_2args") /
                              reporter.median("generated/icu_messageformat_cached");
  for (BenchCatalog* bench : {&sspi, &generated}) {
    ures_close(bench->icu_bundle);
    ures_close(bench->icu_fallback_bundle);
  }
  sspi.catalog.reset();
  generated.catalog.reset();
  std::error_code ignored;
  fs::remove_all(work, ignored);
  std::printf(
      "summary: lookup_vs_gettext=%.3f format_vs_icu_cached=%.3f cold_start_vs_gettext=%.3f "
      "cold_memory_vs_gettext=%.3f\n",
      lookup_ratio, format_ratio, l10n_cold.seconds / gettext_cold.seconds,
      l10n_cold.kib / std::max(gettext_cold.kib, 1.0));
  return 0;
}
