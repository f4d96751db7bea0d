#include "ui/app/Application.h"

int main(int argc, char* argv[]) {
    return streamside::ui::runApplication(argc, argv);
}
