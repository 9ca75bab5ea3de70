# The Debian package: `cpack -G DEB` in the build directory makes l10nc_<version>_amd64.deb
# with the command, the runtime (static and shared), headers, the CMake package, the
# pkg-config file, a man page per subcommand (help2man, from --help) and the Debian docs.
# Depends: what dpkg-shlibdeps finds for the programs and library, plus ICU's headers for
# the projects that build against the package.

set(L10NC_SUBCOMMANDS compile show dump check new-locale merge export report pseudo validate)
set(L10NC_SUBCOMMAND_SUMMARIES
  "compile bilingual sources into ICU resource bundles"
  "show one message as a localized error dialog"
  "print every key with its text for a locale"
  "check translations and coverage for CI"
  "start a translation of the English sources as XLIFF"
  "update a translation file when the English changes"
  "write the sources' English and translations as XLIFF"
  "write translation coverage and findings as an HTML page"
  "write a pseudo-translation to test an application"
  "check that translation files conform to their specification")

find_program(L10NC_HELP2MAN help2man)
if(L10NC_HELP2MAN)
  set(man_dir "${CMAKE_CURRENT_BINARY_DIR}/man")
  set(pages)
  # help2man runs a program with --help: one small script per subcommand.
  set(commands l10nc ${L10NC_SUBCOMMANDS})
  set(summaries "localization resource compiler" ${L10NC_SUBCOMMAND_SUMMARIES})
  foreach(command summary IN ZIP_LISTS commands summaries)
    if(command STREQUAL "l10nc")
      set(page_name l10nc)
      set(invocation "$<TARGET_FILE:l10nc>")
    else()
      set(page_name "l10nc-${command}")
      set(invocation "$<TARGET_FILE:l10nc> ${command}")
    endif()
    file(GENERATE OUTPUT "${man_dir}/${page_name}"
         CONTENT "#!/bin/sh\nexec ${invocation} \"$@\"\n"
         FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                          WORLD_READ WORLD_EXECUTE)
    add_custom_command(
      OUTPUT "${man_dir}/${page_name}.1.gz"
      COMMAND "${L10NC_HELP2MAN}" --no-info --no-discard-stderr --section=1
              "--name=${summary}" "--version-string=${PROJECT_VERSION}"
              --output "${man_dir}/${page_name}.1" "${man_dir}/${page_name}"
      COMMAND gzip -9nf "${man_dir}/${page_name}.1"
      DEPENDS l10nc "${man_dir}/${page_name}"
      COMMENT "help2man: ${page_name}.1"
      VERBATIM)
    list(APPEND pages "${man_dir}/${page_name}.1.gz")
  endforeach()
  add_custom_target(l10nc_man_pages ALL DEPENDS ${pages})
  install(FILES ${pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man pages (the Debian package needs them)")
endif()

set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/l10nc")
add_custom_command(
  OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz"
  COMMAND gzip -9nc "${PROJECT_SOURCE_DIR}/tools/packaging/changelog"
          > "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz"
  DEPENDS "${PROJECT_SOURCE_DIR}/tools/packaging/changelog"
  VERBATIM)
add_custom_target(l10nc_changelog ALL DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz")
install(FILES "${PROJECT_SOURCE_DIR}/tools/packaging/copyright"
              "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz"
        DESTINATION "${doc_dir}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME l10nc)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "l10nc")
set(CPACK_PACKAGE_CONTACT "l10nc maintainers <l10nc@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "localization resource compiler for ICU resource bundles")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "l10nc reads bilingual DocFX Markdown and XLIFF 1.2/2.x translation\n"
    "files, checks them, and writes ICU resource bundles. Its runtime library\n"
    "looks messages up by key and formats them with ICU MessageFormat.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${L10NC_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libicu-dev")
# The shared runtime: ldconfig runs through dpkg's trigger, as Debian policy asks.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/tools/packaging/triggers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
