/* The runtime's C API, used from C. Arguments: the SSPI package (compiled by l10nc), a
 * package with messages that take arguments and the eight translations of tests/data/fallback. Prints "N passed, N failed". */
#define _POSIX_C_SOURCE 200809L /* setenv */

#include <l10n/l10n.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed = 0;
static int failed = 0;

#define CHECK(condition)                                                            \
  do {                                                                              \
    if (condition) {                                                                \
      ++passed;                                                                     \
    } else {                                                                        \
      ++failed;                                                                     \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
    }                                                                               \
  } while (0)

static void check_text(const char* file_line, const char* actual, const char* expected) {
  if (strcmp(actual, expected) == 0) {
    ++passed;
  } else {
    ++failed;
    fprintf(stderr, "%s: expected \"%s\", got \"%s\"\n", file_line, expected, actual);
  }
}
#define STRINGIFY2(x) #x
#define STRINGIFY(x) STRINGIFY2(x)
#define CHECK_TEXT(actual, expected) check_text(__FILE__ ":" STRINGIFY(__LINE__), actual, expected)

static void formats_spanish_with_fallback_to_english(const char* sspi) {
  l10n_catalog* catalog = NULL;
  CHECK(l10n_catalog_open(sspi, &catalog) == L10N_OK);
  CHECK_TEXT(l10n_catalog_error(catalog), "");
  char text[256];
  l10n_status status = L10N_STATUS_INTERNAL_ERROR;
  size_t length =
      l10n_format(catalog, "es_MX", "SEC_E_CERT_EXPIRED", NULL, 0, text, sizeof text, &status);
  CHECK_TEXT(text, "El certificado recibido ha expirado.");
  CHECK(length == strlen("El certificado recibido ha expirado."));
  CHECK(status == L10N_STATUS_OK);
  /* Swahili has no translation: English. */
  l10n_format(catalog, "sw", "SEC_E_CERT_EXPIRED", NULL, 0, text, sizeof text, &status);
  CHECK_TEXT(text, "The received certificate has expired.");
  CHECK(status == L10N_STATUS_FALLBACK);
  CHECK_TEXT(l10n_status_name(status), "fallback");
  l10n_format(catalog, "es", "SEC_E_NO_SUCH_CODE", NULL, 0, text, sizeof text, &status);
  CHECK_TEXT(text, "SEC_E_NO_SUCH_CODE");
  CHECK(status == L10N_STATUS_KEY_NOT_FOUND);
  l10n_catalog_close(catalog);
}

static void reports_the_size_and_cuts_between_characters(const char* sspi) {
  l10n_catalog* catalog = NULL;
  CHECK(l10n_catalog_open(sspi, &catalog) == L10N_OK);
  /* "La operación se ha completado correctamente.": 'ó' is two bytes, at offsets 9 and 10. */
  const char* expected = "La operaci\xc3\xb3n se ha completado correctamente.";
  l10n_status status = L10N_STATUS_INTERNAL_ERROR;
  const size_t needed = l10n_format(catalog, "es", "SEC_E_OK", NULL, 0, NULL, 0, &status);
  CHECK(needed == strlen(expected));
  CHECK(status == L10N_STATUS_OK);
  char* exact = malloc(needed + 1);
  CHECK(l10n_format(catalog, "es", "SEC_E_OK", NULL, 0, exact, needed + 1, NULL) == needed);
  CHECK_TEXT(exact, expected);
  free(exact);
  char small[12];
  memset(small, 'x', sizeof small);
  /* 11 bytes fit: "La operaci" and the first byte of 'ó', which must not be written. */
  CHECK(l10n_format(catalog, "es", "SEC_E_OK", NULL, 0, small, sizeof small, NULL) == needed);
  CHECK_TEXT(small, "La operaci");
  char tiny[1] = {'x'};
  l10n_format(catalog, "es", "SEC_E_OK", NULL, 0, tiny, 1, NULL);
  CHECK(tiny[0] == '\0');
  l10n_catalog_close(catalog);
}

static void formats_arguments(const char* package) {
  l10n_catalog* catalog = NULL;
  CHECK(l10n_catalog_open(package, &catalog) == L10N_OK);
  char text[128];
  l10n_status status = L10N_STATUS_INTERNAL_ERROR;
  l10n_arg name = {"name", L10N_ARG_STRING, {.string = "Ana"}};
  l10n_format(catalog, "es_MX", "HELLO", &name, 1, text, sizeof text, &status);
  CHECK_TEXT(text, "\xc2\xa1Hola, Ana!");
  CHECK(status == L10N_STATUS_OK);
  /* The same key in a domain is another message. */
  l10n_format_in_domain(catalog, "es_MX", "messages", "HELLO", &name, 1, text, sizeof text,
                        &status);
  CHECK_TEXT(text, "\xc2\xa1" "Bienvenida, Ana!");
  CHECK(status == L10N_STATUS_OK);
  l10n_format_in_domain(catalog, "sw", "messages", "HELLO", &name, 1, text, sizeof text, &status);
  CHECK_TEXT(text, "Welcome, Ana!");
  CHECK(status == L10N_STATUS_FALLBACK);
  l10n_format_in_domain(catalog, "es", NULL, "HELLO", &name, 1, text, sizeof text, &status);
  CHECK_TEXT(text, "\xc2\xa1Hola, Ana!");

  l10n_arg count = {"count", L10N_ARG_INT, {.integer = 1000}};
  l10n_format(catalog, "es", "FILES", &count, 1, text, sizeof text, &status);
  CHECK_TEXT(text, "1.000 archivos");
  l10n_arg one = {"count", L10N_ARG_DOUBLE, {.number = 1.0}};
  l10n_format(catalog, "en", "FILES", &one, 1, text, sizeof text, &status);
  CHECK_TEXT(text, "1 file");
  CHECK(status == L10N_STATUS_OK);

  l10n_format(catalog, "es", "HELLO", NULL, 0, text, sizeof text, &status);
  CHECK_TEXT(text, "\xc2\xa1Hola, {name}!");
  CHECK(status == L10N_STATUS_MISSING_ARGUMENT);
  l10n_arg words = {"count", L10N_ARG_STRING, {.string = "many"}};
  l10n_format(catalog, "es", "FILES", &words, 1, text, sizeof text, &status);
  CHECK_TEXT(text, "{count}");
  CHECK(status == L10N_STATUS_WRONG_ARGUMENT_TYPE);
  CHECK_TEXT(l10n_status_name(status), "wrong-argument-type");

  l10n_format(catalog, "!!", "ONLY_ENGLISH", NULL, 0, text, sizeof text, &status);
  CHECK_TEXT(text, "Only in English");
  CHECK(status == L10N_STATUS_INVALID_LOCALE);

  /* Mistakes in the call itself. */
  l10n_arg unnamed = {NULL, L10N_ARG_INT, {.integer = 1}};
  l10n_format(catalog, "es", "FILES", &unnamed, 1, text, sizeof text, &status);
  CHECK_TEXT(text, "FILES");
  CHECK(status == L10N_STATUS_INVALID_ARGUMENT);
  l10n_format(catalog, "es", "FILES", NULL, 2, text, sizeof text, &status);
  CHECK(status == L10N_STATUS_INVALID_ARGUMENT);
  CHECK(l10n_format(catalog, "es", NULL, NULL, 0, text, sizeof text, &status) == 0);
  CHECK_TEXT(text, "");
  CHECK(status == L10N_STATUS_INVALID_ARGUMENT);
  l10n_catalog_close(catalog);
}

static void uses_the_default_locale(const char* package) {
  setenv("LC_ALL", "es_ES.UTF-8", 1);
  unsetenv("LANGUAGE");
  l10n_catalog* catalog = NULL;
  CHECK(l10n_catalog_open(package, &catalog) == L10N_OK);
  char text[64];
  l10n_status status = L10N_STATUS_INTERNAL_ERROR;
  l10n_arg name = {"name", L10N_ARG_STRING, {.string = "Luis"}};
  l10n_format(catalog, NULL, "HELLO", &name, 1, text, sizeof text, &status);
  CHECK_TEXT(text, "\xc2\xa1Hola, Luis!");
  CHECK(status == L10N_STATUS_OK);
  l10n_catalog_close(catalog);
  unsetenv("LC_ALL");
}

static void answers_even_without_a_catalog(void) {
  l10n_catalog* catalog = NULL;
  CHECK(l10n_catalog_open("/nonexistent/package", &catalog) == L10N_ERROR_CATALOG);
  CHECK(catalog != NULL);
  CHECK_TEXT(l10n_catalog_error(catalog),
             "no ICU package with a root bundle in /nonexistent/package/");
  char text[64];
  l10n_status status = L10N_STATUS_OK;
  l10n_format(catalog, "es", "SEC_E_OK", NULL, 0, text, sizeof text, &status);
  CHECK_TEXT(text, "SEC_E_OK");
  CHECK(status == L10N_STATUS_CATALOG_ERROR);
  l10n_catalog_close(catalog);
  l10n_format(NULL, "es", "SEC_E_OK", NULL, 0, text, sizeof text, &status);
  CHECK_TEXT(text, "SEC_E_OK");
  CHECK(status == L10N_STATUS_CATALOG_ERROR);
  CHECK(l10n_catalog_open(NULL, &catalog) == L10N_ERROR_INVALID_ARGUMENT);
  CHECK(catalog == NULL);
  CHECK(l10n_catalog_open("x", NULL) == L10N_ERROR_INVALID_ARGUMENT);
  l10n_catalog_close(NULL);
}

/* The eight translations of tests/data/fallback: each audience reads its own variant (CLDR's
 * parent locales, scripts and likely subtags), whatever the process locale says. */
static void follows_cldr_fallback(const char* package) {
  static const struct {
    const char* locale;
    const char* greeting;
    const char* farewell;
    l10n_status farewell_status;
  } cases[] = {
      {"es_MX", "Hola (Latinoam\xc3\xa9rica)", "Adi\xc3\xb3s (Espa\xc3\xb1" "a)", L10N_STATUS_OK},
      {"es_AR", "Hola (Latinoam\xc3\xa9rica)", "Adi\xc3\xb3s (Espa\xc3\xb1" "a)", L10N_STATUS_OK},
      {"es_US", "Hola (Latinoam\xc3\xa9rica)", "Adi\xc3\xb3s (Espa\xc3\xb1" "a)", L10N_STATUS_OK},
      {"es_419", "Hola (Latinoam\xc3\xa9rica)", "Adi\xc3\xb3s (Espa\xc3\xb1" "a)", L10N_STATUS_OK},
      {"es", "Hola (Espa\xc3\xb1" "a)", "Adi\xc3\xb3s (Espa\xc3\xb1" "a)", L10N_STATUS_OK},
      {"es_ES", "Hola (Espa\xc3\xb1" "a)", "Adi\xc3\xb3s (Espa\xc3\xb1" "a)", L10N_STATUS_OK},
      {"zh_TW", "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x88\xe7\xb9\x81\xe9\xab\x94\xef\xbc\x89", "Goodbye",
       L10N_STATUS_FALLBACK},
      {"zh_HK", "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x88\xe7\xb9\x81\xe9\xab\x94\xef\xbc\x89", "Goodbye",
       L10N_STATUS_FALLBACK},
      {"zh_MO", "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x88\xe7\xb9\x81\xe9\xab\x94\xef\xbc\x89", "Goodbye",
       L10N_STATUS_FALLBACK},
      {"zh_Hant", "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x88\xe7\xb9\x81\xe9\xab\x94\xef\xbc\x89",
       "Goodbye", L10N_STATUS_FALLBACK},
      {"zh", "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x88\xe7\xae\x80\xe4\xbd\x93\xef\xbc\x89",
       "\xe5\x86\x8d\xe8\xa7\x81\xef\xbc\x88\xe7\xae\x80\xe4\xbd\x93\xef\xbc\x89", L10N_STATUS_OK},
      {"zh_CN", "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x88\xe7\xae\x80\xe4\xbd\x93\xef\xbc\x89",
       "\xe5\x86\x8d\xe8\xa7\x81\xef\xbc\x88\xe7\xae\x80\xe4\xbd\x93\xef\xbc\x89", L10N_STATUS_OK},
      {"zh_SG", "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x88\xe7\xae\x80\xe4\xbd\x93\xef\xbc\x89",
       "\xe5\x86\x8d\xe8\xa7\x81\xef\xbc\x88\xe7\xae\x80\xe4\xbd\x93\xef\xbc\x89", L10N_STATUS_OK},
      {"pt_AO", "Ol\xc3\xa1 (Portugal)", "Tchau (Brasil)", L10N_STATUS_OK},
      {"pt_MZ", "Ol\xc3\xa1 (Portugal)", "Tchau (Brasil)", L10N_STATUS_OK},
      {"pt_PT", "Ol\xc3\xa1 (Portugal)", "Tchau (Brasil)", L10N_STATUS_OK},
      {"pt", "Ol\xc3\xa1 (Brasil)", "Tchau (Brasil)", L10N_STATUS_OK},
      {"pt_BR", "Ol\xc3\xa1 (Brasil)", "Tchau (Brasil)", L10N_STATUS_OK},
      {"sr", "\xd0\x97\xd0\xb4\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbe (\xd1\x9b\xd0\xb8\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb8\xd1\x86\xd0\xb0)",
       "\xd0\x94\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x92\xd0\xb5\xd1\x9a\xd0\xb0 (\xd1\x9b\xd0\xb8\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb8\xd1\x86\xd0\xb0)",
       L10N_STATUS_OK},
      {"sr_RS", "\xd0\x97\xd0\xb4\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbe (\xd1\x9b\xd0\xb8\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb8\xd1\x86\xd0\xb0)",
       "\xd0\x94\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x92\xd0\xb5\xd1\x9a\xd0\xb0 (\xd1\x9b\xd0\xb8\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb8\xd1\x86\xd0\xb0)",
       L10N_STATUS_OK},
      {"sr_Latn", "Zdravo (latinica)", "Goodbye", L10N_STATUS_FALLBACK},
      {"sr_Latn_RS", "Zdravo (latinica)", "Goodbye", L10N_STATUS_FALLBACK},
      {"sr_ME", "Zdravo (latinica)", "Goodbye", L10N_STATUS_FALLBACK},
      {"en_GB", "Hello", "Goodbye", L10N_STATUS_OK},
      {"fr_FR", "Hello", "Goodbye", L10N_STATUS_FALLBACK},
  };
  setenv("LC_ALL", "ja_JP.UTF-8", 1);
  setenv("LANG", "de_DE.UTF-8", 1);
  unsetenv("LANGUAGE");
  l10n_catalog* catalog = NULL;
  CHECK(l10n_catalog_open(package, &catalog) == L10N_OK);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
    char text[128];
    l10n_status status = L10N_STATUS_INTERNAL_ERROR;
    l10n_format(catalog, cases[i].locale, "greeting", NULL, 0, text, sizeof text, &status);
    CHECK_TEXT(text, cases[i].greeting);
    if (strcmp(cases[i].greeting, "Hello") != 0) CHECK(status == L10N_STATUS_OK);
    l10n_format(catalog, cases[i].locale, "farewell", NULL, 0, text, sizeof text, &status);
    CHECK_TEXT(text, cases[i].farewell);
    if (status != cases[i].farewell_status) fprintf(stderr, "farewell status for %s\n", cases[i].locale);
    CHECK(status == cases[i].farewell_status);
  }
  l10n_catalog_close(catalog);
  unsetenv("LC_ALL");
  unsetenv("LANG");
}

int main(int argc, char** argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s SSPI_PACKAGE ARGUMENTS_PACKAGE FALLBACK_PACKAGE\n", argv[0]);
    return 2;
  }
  formats_spanish_with_fallback_to_english(argv[1]);
  reports_the_size_and_cuts_between_characters(argv[1]);
  formats_arguments(argv[2]);
  uses_the_default_locale(argv[2]);
  answers_even_without_a_catalog();
  follows_cldr_fallback(argv[3]);
  printf("c_api_test: %d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
