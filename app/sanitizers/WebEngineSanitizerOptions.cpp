// Built only into sanitizer builds (the asan and fuzz presets), and only into
// the processes that may run Qt WebEngine: the app, and the tests that show
// web views. Chromium, inside Qt WebEngine, is not built with the sanitizers,
// and two of its ways read as errors to them. A process without Qt WebEngine
// (the core, simulator and most widget tests) runs with every check and no
// suppression.

extern "C" {

// Chromium deletes some objects with a size other than the one they were
// made with (seen closing a page: QWebEnginePage's destructor, through
// WebContentsAdapter, frees an 88-byte object as a 24-byte one, every frame
// inside libQt6WebEngineCore). AddressSanitizer cannot narrow this check to
// one library, so it is off in these processes; deleting through a base
// class without a virtual destructor in our code is also a compile error
// (-Wdelete-non-virtual-dtor, in -Wall, with -Werror).
__attribute__((visibility("default"), used)) const char* __asan_default_options() {
    return "new_delete_type_mismatch=0";
}

// Chromium keeps objects for the life of the process and refers to some of
// them only from memory of its own allocator (PartitionAlloc maps its own
// pages), which LeakSanitizer does not scan: at exit they read as leaks.
// Every allocation stack reported was Chromium's, or one of the two system
// libraries it calls and keeps handles into: libudev (its device monitor,
// made by udev_monitor_new_from_netlink called from libQt6WebEngineCore) and
// libfontconfig (a fontconfig configuration block, reported only in
// processes that ran Qt WebEngine: the widget tests, which load the same
// fonts without it, report none).
__attribute__((visibility("default"), used)) const char* __lsan_default_suppressions() {
    return "leak:libQt6WebEngineCore.so\n"
           "leak:libudev.so\n"
           "leak:libfontconfig.so\n";
}

} // extern "C"
