# Installs the app and simulator components into a fresh folder and checks
# what the packages will hold: every file where the desktop and man look for
# it, and binaries that find their private libraries from there (RUNPATH
# relative to themselves), not from the build tree.
file(REMOVE_RECURSE "${STAGING}")
foreach(component app sim)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGING}"
            --component ${component}
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "cmake --install --component ${component} failed: ${error}")
    endif()
endforeach()

set(expected
    bin/streamside bin/streamside-events bin/streamside-sim
    lib/streamside/libstreamside-core.so lib/streamside/libstreamside-ui.so
    lib/streamside/libstreamside-web.so
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/streamside.1.gz share/man/man1/streamside-events.1.gz
    share/man/man1/streamside-sim.1.gz
    share/doc/streamside/copyright share/doc/streamside/changelog.Debian.gz
    share/doc/streamside-sim/copyright
    share/lintian/overrides/streamside)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${STAGING}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not installed: ${missing}")
endif()

# The desktop entry names the installed icon and program.
file(STRINGS "${STAGING}/share/applications/${APP_ID}.desktop" icon_line REGEX "^Icon=")
file(STRINGS "${STAGING}/share/applications/${APP_ID}.desktop" exec_line REGEX "^Exec=")
if(NOT icon_line STREQUAL "Icon=${APP_ID}" OR NOT exec_line MATCHES "^Exec=streamside( |$)")
    message(FATAL_ERROR "The desktop entry says '${icon_line}' and '${exec_line}'")
endif()

# The PNGs are the sizes their folders say.
foreach(size 16 512)
    file(READ "${STAGING}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png" header
        LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 width_hex)
    math(EXPR width "0x${width_hex}")
    if(NOT width EQUAL size)
        message(FATAL_ERROR "The ${size} px icon is ${width} px wide")
    endif()
endforeach()

# Run from the staging folder, with the build tree's libraries out of reach.
foreach(program streamside streamside-events streamside-sim)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env --unset=LD_LIBRARY_PATH
            "${STAGING}/bin/${program}" --version
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
    if(NOT result EQUAL 0 OR NOT output MATCHES "${VERSION}")
        message(FATAL_ERROR "${program} --version from the install: ${result} ${output} ${error}")
    endif()
endforeach()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${STAGING}/bin/streamside"
    MODULES "${STAGING}/lib/streamside/libstreamside-web.so"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
foreach(library IN LISTS resolved)
    if(library MATCHES "libstreamside" AND NOT library MATCHES "^${STAGING}/")
        message(FATAL_ERROR "An installed binary uses the build tree's ${library}")
    endif()
endforeach()
if(unresolved)
    message(FATAL_ERROR "Unresolved after installation: ${unresolved}")
endif()
message(STATUS "Installed and runnable: ${STAGING}")
