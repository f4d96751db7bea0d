# Enforces the layering of the source tree at build time: a target's sources
# may not include headers of a layer above it, nor headers of Qt modules the
# layer must not use. Include paths alone cannot guarantee this, because
# every Qt module's headers are reachable as <QtModule/Header> from Qt's
# include root.

set(STREAMSIDE_LAYERING_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/CheckIncludes.cmake" CACHE INTERNAL
    "The include checker, also exercised by the tests")

# streamside_check_layer(target
#     FORBIDDEN_PATHS prefix/...          project paths that may not be included ("ui/")
#     FORBIDDEN_QT_MODULES Module...      Qt modules whose headers may not be included ("Widgets"))
function(streamside_check_layer target)
    cmake_parse_arguments(ARG "" "" "FORBIDDEN_PATHS;FORBIDDEN_QT_MODULES" ${ARGN})
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(files "")
    foreach(source IN LISTS sources)
        if(source MATCHES "\\.(h|hpp|cpp)$")
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" OUTPUT_VARIABLE absolute)
            list(APPEND files "${absolute}")
        endif()
    endforeach()
    set(module_dirs "")
    foreach(module IN LISTS ARG_FORBIDDEN_QT_MODULES)
        list(APPEND module_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}/Qt${module}")
    endforeach()
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}.layering.stamp")
    add_custom_command(
        OUTPUT "${stamp}"
        COMMAND ${CMAKE_COMMAND}
            "-DFILES=${files}"
            "-DFORBIDDEN_PATHS=${ARG_FORBIDDEN_PATHS}"
            "-DFORBIDDEN_QT_MODULES=${ARG_FORBIDDEN_QT_MODULES}"
            "-DFORBIDDEN_MODULE_DIRS=${module_dirs}"
            "-DLAYER=${target}"
            -P "${STREAMSIDE_LAYERING_SCRIPT}"
        COMMAND ${CMAKE_COMMAND} -E touch "${stamp}"
        DEPENDS ${files} "${STREAMSIDE_LAYERING_SCRIPT}"
        COMMENT "Checking the includes of layer ${target}"
        VERBATIM)
    add_custom_target(${target}_layering DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_layering)
endfunction()

# Undefined symbols in a shared layer (say, a Widgets class in core) are a
# link error, not a surprise at run time. Not under sanitizers: clang leaves
# the sanitizer runtime for the executable to provide.
function(streamside_forbid_undefined_symbols target)
    if(NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
        target_link_options(${target} PRIVATE "LINKER:--no-undefined")
    endif()
endfunction()
