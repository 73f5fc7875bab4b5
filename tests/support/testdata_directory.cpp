#include "testdata_directory.h"

namespace resilience::testing {
const char *testdataDirectory() {
  return RESILIENCE_TESTDATA;
}
} // namespace resilience::testing
