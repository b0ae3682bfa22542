/**
 * The few probability distributions the impact intervals need, written out because Apps Script has
 * no statistics library: the normal, Student's t and the noncentral t distribution functions, and
 * the root finder that inverts them.
 *
 * - Gamma and incomplete gamma/beta functions: Lanczos (1964) and the series and continued
 *   fractions of Press et al., Numerical Recipes (3rd ed., §6.1, §6.2, §6.4).
 * - Noncentral t: Lenth (1989), Algorithm AS 243, Applied Statistics 38, 185–189. Its first term
 *   is e^(−δ²/2), which underflows beyond |δ| ≈ 38, so beyond |δ| = 35 the normal approximation of
 *   Abramowitz & Stegun (1964) 26.7.10 is used instead; intervals that far from zero are shown to
 *   two decimals, where the two agree.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 500;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The regularised lower incomplete gamma function P(a, x). */
export function incompleteGamma(a: number, x: number): number {
  if (x <= 0) return 0;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n += 1) {
      term *= x / (a + n);
      sum += term;
    }
    return sum * front;
  }
  // Continued fraction for Q(a, x), modified Lentz.
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return 1 - front * h;
}

/** The standard normal distribution function Φ(z). */
export function normalCdf(z: number): number {
  const half = 0.5 * incompleteGamma(0.5, (z * z) / 2);
  return z >= 0 ? 0.5 + half : 0.5 - half;
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The t with P(T ≤ t) = p, for 0 < p < 1. */
export function studentTQuantile(p: number, df: number): number {
  const sign = p < 0.5 ? -1 : 1;
  const upper = Math.max(p, 1 - p);
  let high = 1;
  while (studentTCdf(high, df) < upper) high *= 2;
  return sign * solveIncreasing((t) => studentTCdf(t, df), upper, 0, high);
}

/** Beyond this noncentrality AS 243's first term underflows: the normal approximation is used. */
const LARGE_NONCENTRALITY = 35;

/** P(T ≤ t) for the noncentral t with `df` degrees of freedom and noncentrality `delta`. */
export function noncentralTCdf(t: number, df: number, delta: number): number {
  if (Math.abs(delta) > LARGE_NONCENTRALITY) return normalCdf((t * (1 - 1 / (4 * df)) - delta) / Math.sqrt(1 + (t * t) / (2 * df)));
  const negative = t < 0;
  const tt = negative ? -t : t;
  const del = negative ? -delta : delta;
  const x = (tt * tt) / (tt * tt + df);
  let tnc = 0;
  if (x > 0) {
    const lambda = del * del;
    let p = 0.5 * Math.exp(-0.5 * lambda);
    let q = Math.sqrt(2 / Math.PI) * p * del;
    let s = 0.5 - p;
    let a = 0.5;
    const b = 0.5 * df;
    const rxb = Math.pow(1 - x, b);
    const logBeta = 0.5 * Math.log(Math.PI) + logGamma(b) - logGamma(0.5 + b);
    let xodd = incompleteBeta(x, a, b);
    let godd = 2 * rxb * Math.exp(a * Math.log(x) - logBeta);
    let xeven = 1 - rxb;
    let geven = b * x * rxb;
    tnc = p * xodd + q * xeven;
    for (let en = 1; en < 4 * MAX_ITERATIONS; en += 1) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= (x * (a + b - 1)) / a;
      geven *= (x * (a + b - 0.5)) / (a + 0.5);
      p *= lambda / (2 * en);
      q *= lambda / (2 * en + 1);
      s -= p;
      tnc += p * xodd + q * xeven;
      if (2 * s * (xodd - godd) <= 1e-14 && en > lambda / 2) break;
    }
  }
  tnc += normalCdf(-del);
  const result = negative ? 1 - tnc : tnc;
  return Math.min(1, Math.max(0, result));
}

/**
 * The noncentrality δ with P(T ≤ t) = p: the distribution function falls as δ rises, so the
 * interval for δ from an observed t runs from the δ giving 1 − α/2 to the one giving α/2.
 */
export function noncentralityFor(t: number, df: number, p: number): number {
  const spread = Math.sqrt(1 + (t * t) / (2 * df));
  let low = t - 10 * spread;
  let high = t + 10 * spread;
  while (noncentralTCdf(t, df, low) < p) low -= 10 * spread;
  while (noncentralTCdf(t, df, high) > p) high += 10 * spread;
  return solveIncreasing((delta) => -noncentralTCdf(t, df, delta), -p, low, high);
}

/** The x in [low, high] with f(x) = target, for f rising over that range (bisection to full precision). */
export function solveIncreasing(f: (x: number) => number, target: number, low: number, high: number): number {
  let lo = low;
  let hi = high;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo)); i += 1) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
