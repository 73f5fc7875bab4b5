#include "io/field_name_limits.h"

#include <gtest/gtest.h>

using namespace resilience;

// dBase III field names hold 10 bytes (the shapefile specification, ESRI 1998, table 9 refers to
// the dBase header): "lisa_cluster" (12) and "lisa_p_sim" (10) against that limit.
TEST(FieldNameLimits, ShapefilesKeepTenBytes) {
  EXPECT_EQ(fieldNameLimit("shp"), 10u);
  EXPECT_EQ(fieldNameLimit("SHP"), 10u);
  EXPECT_EQ(fieldNameLimit("dbf"), 10u);
  EXPECT_EQ(fieldNameLimit("gpkg"), 0u);
  EXPECT_EQ(fieldNameLimit(""), 0u);
  const std::vector<std::string> names{"lisa_i", "lisa_p_sim", "lisa_cluster", "gi_class"};
  EXPECT_EQ(namesTooLong(names, 10), std::vector<std::string>{"lisa_cluster"});
  EXPECT_TRUE(namesTooLong(names, 0).empty());
}
