# Makes the packages the C API test reads: the SSPI catalog compiled by l10nc, a small
# package with arguments compiled by genrb, and the eight translations of tests/data/fallback
# (es-419, es-ES, zh-Hans, zh-Hant, pt-BR, pt-PT, sr, sr-Latn) compiled by l10nc. Run with -DL10NC=... -DGENRB=... -DSOURCE_DIR=...
# -DDATA_DIR=... -DOUT=...
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}/arguments")
execute_process(COMMAND "${L10NC}" compile "${SOURCE_DIR}/locales" -o "${OUT}/sspi"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "l10nc compile failed: ${result}")
endif()
execute_process(COMMAND "${GENRB}" -q -d "${OUT}/arguments" "${DATA_DIR}/root.txt" "${DATA_DIR}/es.txt"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "genrb failed: ${result}")
endif()
execute_process(COMMAND "${L10NC}" compile "${SOURCE_DIR}/tests/data/fallback" -o "${OUT}/fallback"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "l10nc compile of tests/data/fallback failed: ${result}")
endif()
