#pragma once
// Where the project's testdata/ folder is. Compiled into one file only, so that the test files
// themselves do not depend on where the checkout lives.
namespace resilience::testing {
const char *testdataDirectory();
} // namespace resilience::testing
