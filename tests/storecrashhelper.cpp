// Child process of tst_storecrash: saves a large file of random scenarios so
// the test can kill it with SIGKILL at random moments during the save.
//
// usage: store_crash_helper FILE SEED COUNT
// Prints "saving" once the scenarios are built and the save starts, then
// "saved" when saveScenarioFile returned successfully.
#include "randomscenario.h"
#include "scenariostore.h"

#include <iostream>
#include <string>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::cerr << "usage: store_crash_helper FILE SEED COUNT\n";
        return 1;
    }
    asirace::testing::RandomScenarioOptions options;
    options.minOrganisations = 12;
    const auto scenarios = asirace::testing::randomScenarios(std::stoull(argv[2]), std::stoi(argv[3]), options);
    std::cout << "saving" << std::endl;
    const auto result = asirace::saveScenarioFile(argv[1], scenarios);
    if (!result.ok) {
        std::cerr << result.message << "\n";
        return 1;
    }
    std::cout << "saved" << std::endl;
    return 0;
}
