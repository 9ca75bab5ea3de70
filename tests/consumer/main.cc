// show_error --locale L: prints SEC_E_CERT_EXPIRED in the locale's language, from the
// bundles installed beside the program.
#include <l10n/catalog.h>

#include <filesystem>
#include <iostream>
#include <string_view>

int main(int argc, char** argv) {
  std::string locale = "en";
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string_view(argv[i]) == "--locale") locale = argv[i + 1];
  const auto here = std::filesystem::canonical("/proc/self/exe").parent_path();
  const l10n::Catalog catalog((here / "sspi-bundles").string());
  const l10n::FormatResult message = catalog.format(locale, "SEC_E_CERT_EXPIRED");
  std::cout << message.text << '\n';
  return catalog.ok() ? 0 : 1;
}
