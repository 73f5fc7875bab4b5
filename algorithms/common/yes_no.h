#pragma once
// Yes/no words as people type them on a command line or in a spec ("no", "nee", "off", "0"),
// read one way everywhere. Qt reads every non-empty text but "0" and "false" as true, so STAR=no
// meant yes (issue 17, item 12).
#include <optional>
#include <string>

namespace resilience {

// true for true/yes/ja/on/1 and y/j, false for false/no/nee/off/0 and n (ASCII case and
// surrounding spaces ignored); nullopt for anything else, which a caller refuses.
std::optional<bool> parseYesNo(const std::string &text);

} // namespace resilience
