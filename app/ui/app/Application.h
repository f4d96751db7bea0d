#pragma once

namespace streamside::ui {

// The whole start-up of the desktop app: command line, configuration, paths,
// the QApplication and the main window. Returns the process exit code:
// 0 after a normal quit, 1 when start-up fails, 2 for a bad option or variable.
int runApplication(int argc, char* argv[]);

} // namespace streamside::ui
