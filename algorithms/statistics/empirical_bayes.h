#pragma once
// Empirical Bayes smoothing of rates (events / population at risk), Marshall (1991), by the method
// of moments as spdep EBest (global prior) and EBlocal (prior from each neighbourhood).
#include "common/masked_values.h"
#include "statistics/valid_subset.h"
#include "weights/spatial_weights.h"

#include <string>
#include <vector>

namespace resilience {

enum class EbFamily {
  Poisson, // spdep EBest default: est = b + a (p - b) / (a + b / x)
  Binomial // spdep EBest family = "binomial": est = rho p + (1 - rho) b
};

// The local between-area variance C_i of spdep EBlocal.
enum class LocalEbVariance {
  Spdep, // spdep default: sum over the neighbourhood of n_j (r_j - m_j)^2, each j's own local mean
  GeoDa  // spdep geoda = TRUE and Marshall (1991): n_j (r_j - m_i)^2 around i's local mean
};

struct RateNames {
  std::string events = "events"; // fields, for error messages
  std::string population = "population";
};

// Vectors in input order; NaN (NULL) where reason != None. Features with a NULL event count or
// population, or a population <= 0, are left out of the prior (spdep refuses such data).
struct GlobalEbResult {
  std::vector<double> raw;  // events / population
  std::vector<double> rate; // smoothed rate (spdep estmm)
  double a = 0.0;           // prior variance (binomial: spdep's "a" = s2)
  double b = 0.0;           // prior mean: sum events / sum population
  std::vector<NullReason> reason;
  NullSummary summary;
};

struct LocalEbResult {
  std::vector<double> raw;  // events / population
  std::vector<double> rate; // smoothed rate (spdep EBlocal est)
  std::vector<double> a;    // local prior variance
  std::vector<double> m;    // local prior mean
  std::vector<NullReason> reason;
  NullSummary summary;
};

// Throws InputError for mismatched sizes, negative event counts or no usable feature.
GlobalEbResult empiricalBayesGlobal(const MaskedValues &events, const MaskedValues &population,
                                    EbFamily family = EbFamily::Poisson,
                                    const RateNames &names = {});

// The neighbourhood of i is i itself plus its neighbours in `weights` (weights' values are
// ignored: spdep EBlocal uses include.self(nb) with binary weights). A feature without a usable
// neighbour gets NULL (Island): its prior would be its own rate.
LocalEbResult empiricalBayesLocal(const MaskedValues &events, const MaskedValues &population,
                                  const SpatialWeights &weights,
                                  LocalEbVariance variance = LocalEbVariance::Spdep,
                                  const RateNames &names = {});

// Empirical Bayes standardised rates of Assuncao & Reis (1999), as spdep EBImoran.mc computes
// them for its Moran's I (and PySAL esda Moran_Rate / Moran_Local_Rate): with a and b the global
// Poisson prior above, z_i = (p_i - b) / sqrt(v_i), v_i = a + b / x_i (b / x_i where v_i < 0).
// spdep's EBest sets a negative a to 0, so v_i >= b / x_i; esda keeps the negative a, which
// gives other z only where the rates vary less than Poisson noise would make them (a < 0).
// Dividing by the standard error of each rate keeps small populations from dominating I.
struct EbStandardisedRates {
  std::vector<double> z; // NaN (NULL) where reason != None
  double a = 0.0, b = 0.0;
  std::vector<NullReason> reason;
  NullSummary summary;
};

// Throws InputError as empiricalBayesGlobal, and when no feature has an event (b = 0: every
// rate is 0 and none can be standardised).
EbStandardisedRates empiricalBayesStandardised(const MaskedValues &events,
                                               const MaskedValues &population,
                                               const RateNames &names = {});

} // namespace resilience
