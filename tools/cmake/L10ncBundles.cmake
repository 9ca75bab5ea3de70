# l10nc_add_bundles(<target> SOURCES <file>... OUTPUT_DIR <dir>
#                   [LOCALES <locale>...] [MESSAGE_SYNTAX icu|text|auto]
#                   [CHECK_MIN_COVERAGE <percent> | <locale>=<percent>...]
#                   [CHECK_DISABLE <check>...] [CHECK_ERROR <check>...]
#                   [INSTALL_DESTINATION <dir>])
#
# Compiles localization sources into an ICU package at build time, before <target> builds.
# With LOCALES, the English root and each language are their own build step (root.res, then
# es.res + es_ES.res, ...): Ninja runs them in parallel and re-runs only those whose inputs or
# l10nc changed. Each language's step reads that language's sources and the English ones
# only, as `l10nc compile --list-inputs` says at configure time (an installed l10nc): so
# touching messages.fr.xlf re-runs the French step alone. "English ones" are English files
# and translation files whose <source> is the only English of some key (they feed the root
# too). A locale in LOCALES that no source translates is an error; a language that sources
# translate but LOCALES does not list is reported (its bundles are not built). A source whose
# target language changes needs a new configure. With l10nc built in the same project (not
# installed), every step reads every source. Without LOCALES, one step compiles everything.
# CHECK_* run `l10nc check` as part of the build with those --min-coverage, --disable and
# --error values. The bundles are installed into INSTALL_DESTINATION (default: the directory
# <target> installs to, i.e. beside the program, in a folder named like OUTPUT_DIR).
# MESSAGE_SYNTAX is `--message-syntax` for every step (default auto).
function(l10nc_add_bundles target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG ""
    "OUTPUT_DIR;INSTALL_DESTINATION;MESSAGE_SYNTAX"
    "SOURCES;LOCALES;CHECK_MIN_COVERAGE;CHECK_DISABLE;CHECK_ERROR")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "l10nc_add_bundles: no target '${target}'")
  endif()
  if(NOT ARG_SOURCES OR NOT ARG_OUTPUT_DIR)
    message(FATAL_ERROR "l10nc_add_bundles: SOURCES and OUTPUT_DIR are required")
  endif()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "l10nc_add_bundles: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()

  set(syntax)
  if(DEFINED ARG_MESSAGE_SYNTAX)
    if(NOT ARG_MESSAGE_SYNTAX MATCHES "^(icu|text|auto)$")
      message(FATAL_ERROR "l10nc_add_bundles: MESSAGE_SYNTAX must be icu, text or auto, not "
                          "'${ARG_MESSAGE_SYNTAX}'")
    endif()
    set(syntax --message-syntax ${ARG_MESSAGE_SYNTAX})
  endif()

  set(sources)
  foreach(source IN LISTS ARG_SOURCES)
    get_filename_component(source "${source}" ABSOLUTE)
    if(IS_DIRECTORY "${source}")
      message(FATAL_ERROR "l10nc_add_bundles: list source files, not directories "
                          "(the build must know every input): ${source}")
    endif()
    list(APPEND sources "${source}")
  endforeach()
  get_filename_component(output_dir "${ARG_OUTPUT_DIR}" ABSOLUTE BASE_DIR
                         "${CMAKE_CURRENT_BINARY_DIR}")

  set(outputs)
  if(ARG_LOCALES)
    # Which sources feed which language, asked of an installed l10nc.
    set(english_sources ${sources})
    set(sources_known FALSE)
    set(written_bundles)
    get_target_property(l10nc_imported l10nc::l10nc IMPORTED)
    if(l10nc_imported)
      get_target_property(l10nc_program l10nc::l10nc LOCATION)
      execute_process(
        COMMAND "${l10nc_program}" compile --list-inputs ${sources} ${syntax}
        OUTPUT_VARIABLE listing ERROR_VARIABLE listing_errors RESULT_VARIABLE listing_status)
      if(NOT listing_status EQUAL 0)
        message(FATAL_ERROR "l10nc_add_bundles: l10nc cannot read the sources of ${target}:\n"
                            "${listing_errors}")
      endif()
      set(sources_known TRUE)
      set(english_sources)
      set(translated_languages)
      string(REPLACE "\n" ";" lines "${listing}")
      foreach(line IN LISTS lines)
        if(NOT line MATCHES "^([^\t]+)\t([^\t]+)\t(.+)$")
          continue()
        endif()
        set(file_locale "${CMAKE_MATCH_1}")
        set(file_role "${CMAKE_MATCH_2}")
        set(file_path "${CMAKE_MATCH_3}")
        string(REGEX MATCH "^[a-z]+" file_language "${file_locale}")
        if(file_role STREQUAL "english")
          list(APPEND english_sources "${file_path}")
        endif()
        if(NOT file_language STREQUAL "en")
          list(APPEND "language_sources_${file_language}" "${file_path}")
          list(APPEND translated_languages "${file_language}")
        endif()
      endforeach()
      list(REMOVE_DUPLICATES translated_languages)
      # The bundles a compile writes, CLDR's general ones included (es_ES also writes es):
      # each step declares every bundle of its language as an output.
      execute_process(
        COMMAND "${l10nc_program}" compile --list-bundles ${sources} ${syntax}
        OUTPUT_VARIABLE bundle_listing ERROR_VARIABLE listing_errors
        RESULT_VARIABLE listing_status)
      if(NOT listing_status EQUAL 0)
        message(FATAL_ERROR "l10nc_add_bundles: l10nc cannot plan the bundles of ${target}:\n"
                            "${listing_errors}")
      endif()
      string(REPLACE "\n" ";" written_bundles "${bundle_listing}")
    endif()

    add_custom_command(
      OUTPUT "${output_dir}/root.res" "${output_dir}/res_index.res"
      BYPRODUCTS "${output_dir}/root.txt" "${output_dir}/res_index.txt"
      COMMAND l10nc::l10nc compile ${english_sources} ${syntax} -o "${output_dir}" --only root
      DEPENDS ${english_sources} l10nc::l10nc
      COMMENT "l10nc: English root bundle for ${target}"
      VERBATIM)
    list(APPEND outputs "${output_dir}/root.res" "${output_dir}/res_index.res")
    # One step per language: es.res and its regional children come from the same sources.
    # Each locale read has a bundle of its own name (declared); the bundle its translation also
    # feeds follows CLDR (es_ES -> es.res, zh_TW -> zh_Hant.res) and is written by the same
    # step, not declared.
    set(languages)
    foreach(locale IN LISTS ARG_LOCALES)
      string(REPLACE "-" "_" locale "${locale}")
      string(REGEX MATCH "^[A-Za-z]+" language "${locale}")
      string(TOLOWER "${language}" language)
      list(APPEND languages "${language}")
      list(APPEND "bundles_${language}" "${locale}")
    endforeach()
    list(REMOVE_DUPLICATES languages)
    if(sources_known)
      foreach(language IN LISTS languages)
        if(NOT language IN_LIST translated_languages)
          message(FATAL_ERROR "l10nc_add_bundles: LOCALES of ${target} names '${language}', "
                              "but no source translates into it (SOURCES: ${ARG_SOURCES})")
        endif()
      endforeach()
      foreach(language IN LISTS translated_languages)
        if(NOT language IN_LIST languages)
          message(WARNING "l10nc_add_bundles: sources of ${target} translate into "
                          "'${language}', which LOCALES does not list: its bundles are not "
                          "built (${language_sources_${language}})")
        endif()
      endforeach()
    endif()
    foreach(language IN LISTS languages)
      list(REMOVE_DUPLICATES "bundles_${language}")
      set(step_outputs)
      set(step_byproducts)
      foreach(bundle IN LISTS written_bundles)
        string(REGEX MATCH "^[a-z]+" bundle_language "${bundle}")
        if(bundle_language STREQUAL language)
          list(APPEND "bundles_${language}" "${bundle}")
        endif()
      endforeach()
      list(REMOVE_DUPLICATES "bundles_${language}")
      foreach(bundle IN LISTS "bundles_${language}")
        list(APPEND step_outputs "${output_dir}/${bundle}.res")
        list(APPEND step_byproducts "${output_dir}/${bundle}.txt")
      endforeach()
      set(step_sources ${sources})
      if(sources_known)
        set(step_sources ${english_sources} ${language_sources_${language}})
        list(REMOVE_DUPLICATES step_sources)
      endif()
      add_custom_command(
        OUTPUT ${step_outputs}
        BYPRODUCTS ${step_byproducts}
        COMMAND l10nc::l10nc compile ${step_sources} ${syntax} -o "${output_dir}"
                --only "${language}"
        DEPENDS ${step_sources} l10nc::l10nc
        COMMENT "l10nc: ${language} bundles for ${target}"
        VERBATIM)
      list(APPEND outputs ${step_outputs})
    endforeach()
  else()
    set(stamp "${output_dir}.stamp")
    add_custom_command(
      OUTPUT "${stamp}"
      COMMAND l10nc::l10nc compile ${sources} ${syntax} -o "${output_dir}"
      COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
      DEPENDS ${sources} l10nc::l10nc
      COMMENT "l10nc: bundles for ${target}"
      VERBATIM)
    list(APPEND outputs "${stamp}")
  endif()

  if(ARG_CHECK_MIN_COVERAGE OR ARG_CHECK_DISABLE OR ARG_CHECK_ERROR)
    set(check_options)
    foreach(minimum IN LISTS ARG_CHECK_MIN_COVERAGE)
      list(APPEND check_options --min-coverage "${minimum}")
    endforeach()
    foreach(check IN LISTS ARG_CHECK_DISABLE)
      list(APPEND check_options --disable "${check}")
    endforeach()
    foreach(check IN LISTS ARG_CHECK_ERROR)
      list(APPEND check_options --error "${check}")
    endforeach()
    set(check_stamp "${output_dir}.check.stamp")
    add_custom_command(
      OUTPUT "${check_stamp}"
      COMMAND l10nc::l10nc check ${sources} ${syntax} ${check_options}
      COMMAND "${CMAKE_COMMAND}" -E touch "${check_stamp}"
      DEPENDS ${sources} l10nc::l10nc
      COMMENT "l10nc: checking translations for ${target}"
      VERBATIM)
    list(APPEND outputs "${check_stamp}")
  endif()

  add_custom_target(${target}_l10nc_bundles DEPENDS ${outputs})
  add_dependencies(${target} ${target}_l10nc_bundles)

  if(ARG_INSTALL_DESTINATION)
    set(destination "${ARG_INSTALL_DESTINATION}")
  else()
    # GNUInstallDirs' bin directory (not included here: without a language it warns).
    set(bin_dir bin)
    if(DEFINED CMAKE_INSTALL_BINDIR)
      set(bin_dir "${CMAKE_INSTALL_BINDIR}")
    endif()
    get_filename_component(folder "${output_dir}" NAME)
    set(destination "${bin_dir}/${folder}")
  endif()
  install(DIRECTORY "${output_dir}/" DESTINATION "${destination}"
          FILES_MATCHING PATTERN "*.res")
endfunction()
