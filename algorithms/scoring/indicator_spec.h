#pragma once
// Which indicators make up the composite index, how they point and weigh, and in which domain
// they sit: the table users fill in the dialog, or a spec file (CSV or JSON) they save and reuse.
//
// CSV: a header row naming the columns, then one indicator per row. Comma or semicolon separated
// (the separator of the header row is used), fields may be "quoted", lines starting with # are
// comments, numbers may use a decimal comma (parseLocalisedNumber). Required columns: field,
// domain, direction, weight. Optional columns: numerator, denominator, per (a derived rate
// numerator / denominator * per, named `field`), goal_min, goal_max (goalposts in raw units),
// domain_weight (same value on every row of a domain).
//
// JSON: {"domains": [{"name": "personal", "weight": 1}, ...],
//        "indicators": [{"field": "...", "domain": "...", "direction": "-", "weight": 1,
//                        "numerator": "...", "denominator": "...", "per": 1000,
//                        "goal_min": 0, "goal_max": 100}, ...]}
// read and written with GDAL's CPLJSONDocument.
#include <cmath>
#include <iosfwd>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace resilience {

enum class Direction { Positive, Negative }; // '+': higher = more resilient; '-': the reverse

struct IndicatorSpec {
  IndicatorSpec() = default;
  IndicatorSpec(std::string field, std::string domain, Direction direction = Direction::Positive,
                double weight = 1.0)
      : field(std::move(field)), domain(std::move(domain)), direction(direction), weight(weight) {}

  std::string field;  // input field, or the name of a derived rate
  std::string domain; // e.g. personal, social, environmental
  Direction direction = Direction::Positive;
  double weight = 1.0; // relative weight within the domain
  // Derived rate when numerator is set: numerator / denominator * per. Denominator 0 or NULL
  // gives NULL (counted in the report).
  std::string numerator;
  std::string denominator;
  double per = 1.0;
  // Goalposts in raw units (before the direction is applied), for goalposts normalisation.
  double goalMin = std::numeric_limits<double>::quiet_NaN();
  double goalMax = std::numeric_limits<double>::quiet_NaN();

  bool isRate() const { return !numerator.empty(); }
  bool hasGoalposts() const { return !std::isnan(goalMin) && !std::isnan(goalMax); }
};

struct DomainWeight {
  std::string name;
  double weight = 1.0;
};

struct CompositeSpec {
  std::vector<IndicatorSpec> indicators;
  // Domain weights in output order. Domains named by indicators but missing here get weight 1
  // and follow in order of first use; listed domains without indicators are left out.
  std::vector<DomainWeight> domains = defaultDomains();

  // The three resource domains of the resilience monitor, equally weighted.
  static std::vector<DomainWeight> defaultDomains();
};

// The domains an indicator may name: the monitor's three (defaultDomains) and those the spec
// declares with a weight (spec.domains: a CSV row's domain_weight, JSON "domains", the plugin's
// DOMAIN_WEIGHTS), in that order, each once. Any other domain is refused by validateSpec, so a
// typo such as "sociaal" cannot silently start a domain of its own.
std::vector<std::string> knownDomains(const CompositeSpec &spec);

std::string directionSymbol(Direction d); // "+" or "-"

// Checks names, domains (knownDomains), weights, rates and goalposts; throws InputError naming
// the indicator and field, and for an unknown domain the known ones.
void validateSpec(const CompositeSpec &spec);

// The domains that carry at least one indicator, with their weights, in output order.
std::vector<DomainWeight> usedDomains(const CompositeSpec &spec);

// The input fields the spec reads (plain indicators, numerators, denominators), each once, in
// spec order: what the plugin must load into CompositeInput::fields.
std::vector<std::string> requiredFields(const CompositeSpec &spec);

// Parsing throws InputError naming `sourceName` and the line (CSV) or indicator (JSON).
CompositeSpec parseSpecCsv(std::istream &in, const std::string &sourceName);
CompositeSpec parseSpecJson(const std::string &text, const std::string &sourceName);
void writeSpecCsv(const CompositeSpec &spec, std::ostream &out);
std::string writeSpecJson(const CompositeSpec &spec);
class JsonWriter;
void writeSpecJson(const CompositeSpec &spec, JsonWriter &out); // as a value inside a larger file

// File helpers choosing the format by extension (.json, otherwise CSV).
CompositeSpec readSpecFile(const std::string &path);
void writeSpecFile(const CompositeSpec &spec, const std::string &path);

} // namespace resilience
