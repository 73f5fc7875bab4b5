# Times spdep on the hexagonal lattice of bench_statistics.cpp (same neighbours, same values).
# Run through compare_statistics.sh, which also runs our benchmark and prints the ratios.
# Usage: Rscript compare_statistics.R PERM_FEATURES FEATURES [GEARY_FEATURES FLAGS_FEATURES]
#        -> CSV: statistic,features,seconds
suppressPackageStartupMessages(library(spdep))
args <- as.numeric(commandArgs(trailingOnly = TRUE))
perm_features <- args[1]
features <- args[2]
geary_features <- if (length(args) > 2) args[3] else 0
flags_features <- if (length(args) > 3) args[4] else 0

# Odd rows shifted right by half a cell: neighbours left/right and two cells in the rows above and
# below (even rows reach columns c-1, c; odd rows c, c+1). 0-based ids, as in the C++ benchmark.
hex_lattice <- function(side) {
  id <- 0:(side * side - 1)
  r <- id %/% side
  c <- id %% side
  shift <- r %% 2
  cand_r <- cbind(r, r, r - 1, r - 1, r + 1, r + 1)
  cand_c <- cbind(c - 1, c + 1, c - 1 + shift, c + shift, c - 1 + shift, c + shift)
  ok <- cand_r >= 0 & cand_r < side & cand_c >= 0 & cand_c < side
  nb_id <- cand_r * side + cand_c + 1L
  nb <- lapply(seq_along(id), function(i) sort(as.integer(nb_id[i, ok[i, ]])))
  class(nb) <- "nb"
  attr(nb, "region.id") <- as.character(id + 1)
  nb
}
lattice_values <- function(side) {
  i <- 0:(side * side - 1)
  10 + sin((i %/% side) / 17) + cos((i %% side) / 23) + ((i * 2654435761) %% 1000) / 1000
}
elapsed <- function(expr) unname(system.time(expr)["elapsed"])
emit <- function(statistic, n, seconds) cat(sprintf("%s,%d,%.4f\n", statistic, n, seconds))

cat("statistic,features,seconds\n")
side <- round(sqrt(perm_features))
nb <- hex_lattice(side)
x <- lattice_values(side)
lw <- nb2listw(nb, style = "W")
emit("localmoran_perm", side^2, elapsed(localmoran_perm(x, lw, nsim = 999, iseed = 1)))

side <- round(sqrt(features))
nb <- hex_lattice(side)
x <- lattice_values(side)
lw <- nb2listw(nb, style = "W")
lw_star <- nb2listw(include.self(nb), style = "W")
i <- 0:(side * side - 1)
population <- 1000 + ((i * 40503) %% 1000)
events <- floor(population * x / 1000)
emit("localG_star", side^2, elapsed(localG(x, lw_star)))
emit("moran.test", side^2, elapsed(moran.test(x, lw)))
emit("EBlocal", side^2, elapsed(EBlocal(events, population, nb)))
emit("localmoran", side^2, elapsed(localmoran(x, lw)))

# Local Geary, 3 variables, 999 permutations (spdep localC_perm); the second and third variables
# are the other surfaces of latticeVariables() in bench_statistics.cpp.
if (geary_features > 0) {
  side <- round(sqrt(geary_features))
  i <- 0:(side * side - 1)
  r <- i %/% side; cc <- i %% side
  noise <- ((i * 2654435761) %% 1000) / 1000
  xs <- cbind(lattice_values(side), 5 + cos(r / 13) * sin(cc / 29) + noise,
              20 + sin((r + cc) / 31) + 0.5 * noise)
  lw <- nb2listw(hex_lattice(side), style = "W")
  emit("localC_perm", side^2, elapsed(localC_perm(xs, lw, nsim = 999)))
}

# Risk flags as the SVI computes them, in R: 16 percentile ranks (rank ties "min"), rounded to 4
# decimals, flags at 0.90, sums per theme (5, 5, 1, 5 indicators) and their ranks; the values of
# riskFlags() in bench_statistics.cpp.
if (flags_features > 0) {
  n <- flags_features
  i <- 1:n
  xs <- sapply(0:15, function(k) ((i * (2654435761 + 97 * k)) %% 1000) / 10)
  theme <- c(rep(1, 5), rep(2, 5), 3, rep(4, 5))
  prank <- function(v) round((rank(v, ties.method = "min") - 1) / (length(v) - 1), 4)
  emit("percent_rank_flags", n, elapsed({
    pr <- apply(xs, 2, prank)
    flags <- pr >= 0.9
    sums <- sapply(1:4, function(t) round(rowSums(pr[, theme == t, drop = FALSE]), 4))
    sum_ranks <- apply(sums, 2, prank)
    all_rank <- prank(round(rowSums(sums), 4))
    flags_total <- rowSums(flags)
  }))
}
