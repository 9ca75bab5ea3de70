# l10nc_add_bundles(<target> SOURCES <file>... OUTPUT_DIR <dir>
#                   [LOCALES <locale>...] [CHECK_MIN_COVERAGE <percent>]
#                   [MESSAGE_SYNTAX icu|text|auto] [INSTALL_DESTINATION <dir>])
#
# Compiles localization sources into an ICU package at build time, before <target> builds.
# With LOCALES, each language is its own build step (root.res, then es.res + es_ES.res, ...):
# Ninja runs them in parallel and re-runs only those whose sources or l10nc changed. Without
# LOCALES, one step compiles everything. CHECK_MIN_COVERAGE runs `l10nc check` with that
# threshold as part of the build. The bundles are installed into INSTALL_DESTINATION
# (default: the directory <target> installs to, i.e. beside the program, in a folder named
# like OUTPUT_DIR). MESSAGE_SYNTAX is `--message-syntax` for every step (default auto).
function(l10nc_add_bundles target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG ""
    "OUTPUT_DIR;CHECK_MIN_COVERAGE;INSTALL_DESTINATION;MESSAGE_SYNTAX" "SOURCES;LOCALES")
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
    add_custom_command(
      OUTPUT "${output_dir}/root.res" "${output_dir}/res_index.res"
      BYPRODUCTS "${output_dir}/root.txt" "${output_dir}/res_index.txt"
      COMMAND l10nc::l10nc compile ${sources} ${syntax} -o "${output_dir}" --only root
      DEPENDS ${sources} l10nc::l10nc
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
    foreach(language IN LISTS languages)
      list(REMOVE_DUPLICATES "bundles_${language}")
      set(step_outputs)
      set(step_byproducts)
      foreach(bundle IN LISTS "bundles_${language}")
        list(APPEND step_outputs "${output_dir}/${bundle}.res")
        list(APPEND step_byproducts "${output_dir}/${bundle}.txt")
      endforeach()
      add_custom_command(
        OUTPUT ${step_outputs}
        BYPRODUCTS ${step_byproducts}
        COMMAND l10nc::l10nc compile ${sources} ${syntax} -o "${output_dir}" --only "${language}"
        DEPENDS ${sources} l10nc::l10nc
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

  if(DEFINED ARG_CHECK_MIN_COVERAGE)
    set(check_stamp "${output_dir}.check.stamp")
    add_custom_command(
      OUTPUT "${check_stamp}"
      COMMAND l10nc::l10nc check ${sources} ${syntax} --min-coverage "${ARG_CHECK_MIN_COVERAGE}"
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
    include(GNUInstallDirs)
    get_filename_component(folder "${output_dir}" NAME)
    set(destination "${CMAKE_INSTALL_BINDIR}/${folder}")
  endif()
  install(DIRECTORY "${output_dir}/" DESTINATION "${destination}"
          FILES_MATCHING PATTERN "*.res")
endfunction()
