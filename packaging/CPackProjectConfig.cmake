# Read by cpack for each generator it runs (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each Debian package's description starts with its own synopsis (the
    # app's, the simulator's); CPackDeb would put the project-wide summary in
    # front of both.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
