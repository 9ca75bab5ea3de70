/* The l10n runtime for C: message lookup and formatting over an ICU package written by
 * `l10nc compile`. UTF-8 in and out; no call ever lets an exception out or aborts; every
 * function is safe to call from any number of threads at once on the same catalog (opening
 * and closing excepted). */
#ifndef L10N_L10N_H
#define L10N_L10N_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct l10n_catalog l10n_catalog;

/* What l10n_catalog_open reports. */
typedef enum l10n_error {
  L10N_OK = 0,
  L10N_ERROR_INVALID_ARGUMENT = 1, /* path or catalog is NULL */
  L10N_ERROR_CATALOG = 2,          /* the package could not be opened: l10n_catalog_error() says
                                      why; the handle still answers every call with the key */
  L10N_ERROR_OUT_OF_MEMORY = 3,
  L10N_ERROR_INTERNAL = 4 /* an unexpected failure inside the library */
} l10n_error;

/* Where a formatted text came from, and what went wrong: the values of the C++ l10n::Status,
 * documented there (README "Runtime"), plus errors of the call itself. The text is never
 * empty except for L10N_STATUS_INVALID_ARGUMENT with a NULL key. */
typedef enum l10n_status {
  L10N_STATUS_OK = 0,
  L10N_STATUS_FALLBACK = 1,            /* English: no translation for the locale */
  L10N_STATUS_INVALID_TRANSLATION = 2, /* English: the translation does not parse */
  L10N_STATUS_KEY_NOT_FOUND = 3,       /* the key itself */
  L10N_STATUS_FORMAT_ERROR = 4,        /* the key itself: even English failed */
  L10N_STATUS_CATALOG_ERROR = 5,       /* the key itself: the catalog did not open */
  L10N_STATUS_MISSING_ARGUMENT = 6,    /* the missing argument shown as {name} */
  L10N_STATUS_WRONG_ARGUMENT_TYPE = 7, /* that argument left out, shown as {name} */
  L10N_STATUS_ARGUMENTS_DIFFER = 8,    /* English: the translation's arguments differ */
  L10N_STATUS_CORRUPT_BUNDLE = 9,      /* the next bundle's text: a bundle is corrupt */
  L10N_STATUS_INVALID_LOCALE = 10,     /* English: the locale is not a locale id */
  L10N_STATUS_INVALID_ARGUMENT = 100,  /* NULL key, NULL args with a count, unknown arg type:
                                          the key (or "" for a NULL key) */
  L10N_STATUS_INTERNAL_ERROR = 101     /* out of memory or an unexpected failure: the key */
} l10n_status;

typedef enum l10n_arg_type {
  L10N_ARG_STRING = 0, /* value.string: UTF-8, NUL-terminated */
  L10N_ARG_INT = 1,    /* value.integer */
  L10N_ARG_DOUBLE = 2, /* value.number */
  L10N_ARG_DATE = 3    /* value.date: milliseconds since 1970-01-01 UTC */
} l10n_arg_type;

/* A named message argument: "{name}" in the pattern. */
typedef struct l10n_arg {
  const char* name; /* UTF-8, NUL-terminated */
  l10n_arg_type type;
  union {
    const char* string;
    int64_t integer;
    double number;
    double date;
  } value;
} l10n_arg;

/* Opens the package at `path` (a directory, or an ICU .dat archive). On L10N_OK and
 * L10N_ERROR_CATALOG, *catalog is a handle to close with l10n_catalog_close; on the other
 * errors it is NULL. */
l10n_error l10n_catalog_open(const char* path, l10n_catalog** catalog);

/* Why opening failed ("" when it did not). Valid until the catalog is closed. */
const char* l10n_catalog_error(const l10n_catalog* catalog);

/* Closes the catalog; NULL is ignored. */
void l10n_catalog_close(l10n_catalog* catalog);

/* Formats the message `key` for `locale` ("es_MX", "es-MX", a list "fr:es"; NULL: the default
 * locale, from LC_ALL, LC_MESSAGES, LANG and LANGUAGE) with `arg_count` named arguments.
 * Writes the text, NUL-terminated, into `buffer` of `buffer_size` bytes, cut at a character
 * boundary when it does not fit (nothing is written when buffer_size is 0; buffer may then be
 * NULL). Returns the length of the whole text in bytes, without the NUL: the text was cut when
 * the result is >= buffer_size. `status` (may be NULL) receives where the text came from.
 * A NULL catalog answers with the key and L10N_STATUS_CATALOG_ERROR. */
size_t l10n_format(const l10n_catalog* catalog, const char* locale, const char* key,
                   const l10n_arg* args, size_t arg_count, char* buffer, size_t buffer_size,
                   l10n_status* status);

/* The same for a key of a domain ("messages", as Symfony's DOMAIN.LOCALE.xlf names it); a NULL
 * or empty domain is the default one, as l10n_format. */
size_t l10n_format_in_domain(const l10n_catalog* catalog, const char* locale, const char* domain,
                             const char* key, const l10n_arg* args, size_t arg_count, char* buffer,
                             size_t buffer_size, l10n_status* status);

/* "ok", "fallback", "key-not-found", ...: a static string. */
const char* l10n_status_name(l10n_status status);

#ifdef __cplusplus
}
#endif

#endif /* L10N_L10N_H */
