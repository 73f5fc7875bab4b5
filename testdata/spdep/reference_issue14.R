# reference_issue14.R -- reference results for issue 14 (local Geary, bivariate local Moran,
# empirical Bayes Moran for rates), in the conventions of reference.R beside it.
# Run: Rscript reference_issue14.R [OUTDIR]   (default: this folder)
# Debian 12 packages: r-base-core 4.2.2, r-cran-spdep 1.2-7, r-cran-sf 1.0-9, r-cran-spdata 2.2.1
#  * i is the 1-based feature order of the source file (st_read order)
#  * numbers written with 17 significant digits
#  * the permutation columns (nsim = 9999, iseed = 1) depend on R's generator: compare them
#    distributionally only
suppressPackageStartupMessages({
  library(sf)
  library(spdep)
})
sf_use_s2(FALSE)
options(digits = 17)
args <- commandArgs(trailingOnly = TRUE); out <- if (length(args) > 0) args[1] else "."
dir.create(out, showWarnings = FALSE, recursive = TRUE)
wcsv <- function(x, f) {
  x <- as.data.frame(x)
  for (k in seq_along(x)) if (is.double(x[[k]])) x[[k]] <- format(x[[k]], digits = 17, trim = TRUE, scientific = FALSE)
  write.csv(x, file.path(out, f), row.names = FALSE, quote = TRUE)
}

## Columbus (49 neighbourhoods), queen contiguity, style W (as reference.R)
col <- st_read(system.file("shapes/columbus.shp", package = "spData"), quiet = TRUE)
n_c <- nrow(col)
lw_q <- nb2listw(poly2nb(col, queen = TRUE), style = "W")

# Local Geary, one variable (spdep localC.default: scale(x), sum_j w_ij (z_i - z_j)^2) and three
# (localC.matrix: the mean over the scaled variables).
lc1 <- localC(col$CRIME, lw_q)
lc3 <- localC(cbind(col$CRIME, col$HOVAL, col$INC), lw_q)
set.seed(1)
lcp1 <- localC_perm(col$CRIME, lw_q, nsim = 9999, iseed = 1L)
set.seed(1)
lcp3 <- localC_perm(cbind(col$CRIME, col$HOVAL, col$INC), lw_q, nsim = 9999)
p1 <- attr(lcp1, "pseudo-p"); p3 <- attr(lcp3, "pseudo-p")
wcsv(data.frame(i = 1:n_c, POLYID = col$POLYID, CRIME = col$CRIME, HOVAL = col$HOVAL, INC = col$INC,
                localC_CRIME = lc1, localC_CRIME_HOVAL_INC = lc3,
                E.Ci_CRIME = p1[, "E.Ci"], p_folded_CRIME = p1[, "Pr(folded) Sim"],
                cluster_CRIME = as.character(attr(lcp1, "cluster")),
                E.Ci_CRIME_HOVAL_INC = p3[, "E.Ci"], p_folded_CRIME_HOVAL_INC = p3[, "Pr(folded) Sim"],
                cluster_CRIME_HOVAL_INC = as.character(attr(lcp3, "cluster"))),
     "columbus_localC_queen_W.csv")

# Bivariate local Moran (localmoran_bv, scale = TRUE): I_i = z_x,i * sum_j w_ij z_y,j with R scale().
bv <- localmoran_bv(col$CRIME, col$INC, lw_q, nsim = 9999, iseed = 1L)
wcsv(data.frame(i = 1:n_c, POLYID = col$POLYID, x = col$CRIME, y = col$INC,
                Ibvi = bv[, "Ibvi"], p_folded = bv[, "Pr(folded) Sim"]),
     "columbus_localmoran_bv_CRIME_INC_queen_W.csv")

## North Carolina (100 counties), queen contiguity, style W (as reference.R)
nc <- st_read(system.file("shape/nc.shp", package = "sf"), quiet = TRUE)
n_n <- nrow(nc)
nc$SIDR74 <- 1000 * nc$SID74 / nc$BIR74
nc$SIDR79 <- 1000 * nc$SID79 / nc$BIR79
nc$NWR74 <- 1000 * nc$NWBIR74 / nc$BIR74
lw_nq <- nb2listw(poly2nb(nc, queen = TRUE), style = "W")
nlc1 <- localC(nc$SIDR74, lw_nq)
nlc3 <- localC(cbind(nc$SIDR74, nc$SIDR79, nc$NWR74), lw_nq)
nlcp1 <- localC_perm(nc$SIDR74, lw_nq, nsim = 9999, iseed = 1L)
set.seed(1)
nlcp3 <- localC_perm(cbind(nc$SIDR74, nc$SIDR79, nc$NWR74), lw_nq, nsim = 9999)
np1 <- attr(nlcp1, "pseudo-p"); np3 <- attr(nlcp3, "pseudo-p")
nbv <- localmoran_bv(nc$SIDR74, nc$NWR74, lw_nq, nsim = 9999, iseed = 1L)

# Empirical Bayes standardised rates (Assuncao & Reis 1999) as EBImoran.mc computes them:
# p = events / population, b and a from EBest, v = a + b / x (b / x where negative),
# z = (p - b) / sqrt(v); EBI is Moran's I of z (mean subtracted).
eb_z <- function(events, pop) {
  eb <- EBest(events, pop)
  a <- attr(eb, "parameters")$a; b <- attr(eb, "parameters")$b
  v <- a + b / pop
  v[v < 0] <- (b / pop)[v < 0]
  (eb$raw - b) / sqrt(v)
}
z74 <- eb_z(nc$SID74, nc$BIR74)
lm_eb <- localmoran(z74, lw_nq)
wcsv(data.frame(i = 1:n_n, FIPSNO = nc$FIPSNO, SIDR74 = nc$SIDR74, SIDR79 = nc$SIDR79, NWR74 = nc$NWR74,
                localC_SIDR74 = nlc1, localC_SIDR74_SIDR79_NWR74 = nlc3,
                E.Ci_SIDR74 = np1[, "E.Ci"], p_folded_SIDR74 = np1[, "Pr(folded) Sim"],
                E.Ci_SIDR74_SIDR79_NWR74 = np3[, "E.Ci"],
                p_folded_SIDR74_SIDR79_NWR74 = np3[, "Pr(folded) Sim"],
                Ibvi_SIDR74_NWR74 = nbv[, "Ibvi"], p_folded_bv_SIDR74_NWR74 = nbv[, "Pr(folded) Sim"],
                eb_z_SID74_BIR74 = z74, localmoran_eb_z_Ii = lm_eb[, "Ii"]),
     "nc_localC_bv_eb_queen_W.csv")

set.seed(1)
ebi74 <- EBImoran.mc(nc$SID74, nc$BIR74, lw_nq, nsim = 9999)
set.seed(1)
ebi79 <- EBImoran.mc(nc$SID79, nc$BIR79, lw_nq, nsim = 9999)
wcsv(data.frame(events = c("SID74", "SID79"), population = c("BIR74", "BIR79"),
                weights = "queen(poly2nb) W", nsim = 9999,
                EBI = c(unname(ebi74$statistic), unname(ebi79$statistic)),
                p_greater_rank = c(ebi74$p.value, ebi79$p.value)),
     "nc_EBImoran.csv")

si <- c(R.version.string, paste("spdep", packageVersion("spdep")), paste("sf", packageVersion("sf")),
        paste("spData", packageVersion("spData")))
writeLines(si, file.path(out, "versions_issue14.txt"))
