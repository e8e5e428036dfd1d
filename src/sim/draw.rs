//! Deciding "does the uniform fall below this probability?" without always paying
//! for the probability.
//!
//! A deal's weekly conversion draw only compares a uniform with a probability built
//! from `exp` and `tanh`, and there are hundreds of them a run. A cheap polynomial estimate
//! with a proven error bound settles the comparison unless the uniform lands within
//! [`MARGIN`] of it; only then is the exact (`libm`) probability computed. The
//! answer is therefore always the one the exact probability gives, so runs stay
//! bit-identical, at a fraction of the cost.

/// How far the estimate may be from the exact probability, with room to spare:
/// the estimate's error is below 1e-10 (see the tests), and rounding adds ~1e-16.
pub const MARGIN: f64 = 1e-9;

/// `u < p`, where `estimate` is within [`MARGIN`] of `p` (relatively, when `p` > 1)
/// and `exact` computes `p`.
#[inline]
pub fn below(u: f64, estimate: f64, exact: impl FnOnce() -> f64) -> bool {
    let margin = MARGIN * estimate.abs().max(1.0);
    if u < estimate - margin {
        true
    } else if u >= estimate + margin {
        false
    } else {
        // Also the path for NaN, which fails both tests above.
        u < exact()
    }
}

/// `exp(x)` to a relative error below 1e-10 for x in [-700, 700] (clamped outside).
///
/// x = (64·m + j)·ln2/64 + r with |r| ≤ ln2/128; exp(x) = 2^m · 2^(j/64) · exp(r),
/// the middle factor from a table and exp(r) from a cubic (error ≤ r⁴/24 ≈ 4e-11).
/// A short table keeps the dependency chain short, which is what costs here.
#[inline]
pub fn exp_estimate(x: f64) -> f64 {
    const N: f64 = 64.0;
    // ln2/64 split in two: HI has 20 low zero bits, so k·HI is exact for |k| < 2²⁰.
    const HI: f64 = f64::from_bits(0x3f86_2e42_fef0_0000);
    const LO: f64 = f64::from_bits(0x3d74_73de_6af2_78ed);
    // Round to nearest by the 1.5·2⁵² trick: `f64::round` is a library call on
    // baseline x86-64, and this is plain IEEE arithmetic, the same on every machine.
    const SHIFTER: f64 = 6_755_399_441_055_744.0;
    let x = if x.is_nan() {
        x
    } else {
        x.clamp(-700.0, 700.0)
    };
    let kf = (x * (N * std::f64::consts::LOG2_E) + SHIFTER) - SHIFTER;
    let r = (x - kf * HI) - kf * LO;
    let k = kf as i64;
    let (m, j) = (k >> 6, (k & 63) as usize);
    let p = (1.0 + r) + (r * r) * (0.5 + r * (1.0 / 6.0));
    // 2^m by building the exponent; m is within ±1010 after the clamp.
    let scale = f64::from_bits(((m + 1023) as u64) << 52);
    p * EXP2_64[j] * scale
}

/// 2^(j/64), j = 0..64, correctly rounded.
const EXP2_64: [f64; 64] = [
    f64::from_bits(0x3ff0000000000000),
    f64::from_bits(0x3ff02c9a3e778061),
    f64::from_bits(0x3ff059b0d3158574),
    f64::from_bits(0x3ff0874518759bc8),
    f64::from_bits(0x3ff0b5586cf9890f),
    f64::from_bits(0x3ff0e3ec32d3d1a2),
    f64::from_bits(0x3ff11301d0125b51),
    f64::from_bits(0x3ff1429aaea92de0),
    f64::from_bits(0x3ff172b83c7d517b),
    f64::from_bits(0x3ff1a35beb6fcb75),
    f64::from_bits(0x3ff1d4873168b9aa),
    f64::from_bits(0x3ff2063b88628cd6),
    f64::from_bits(0x3ff2387a6e756238),
    f64::from_bits(0x3ff26b4565e27cdd),
    f64::from_bits(0x3ff29e9df51fdee1),
    f64::from_bits(0x3ff2d285a6e4030b),
    f64::from_bits(0x3ff306fe0a31b715),
    f64::from_bits(0x3ff33c08b26416ff),
    f64::from_bits(0x3ff371a7373aa9cb),
    f64::from_bits(0x3ff3a7db34e59ff7),
    f64::from_bits(0x3ff3dea64c123422),
    f64::from_bits(0x3ff4160a21f72e2a),
    f64::from_bits(0x3ff44e086061892d),
    f64::from_bits(0x3ff486a2b5c13cd0),
    f64::from_bits(0x3ff4bfdad5362a27),
    f64::from_bits(0x3ff4f9b2769d2ca7),
    f64::from_bits(0x3ff5342b569d4f82),
    f64::from_bits(0x3ff56f4736b527da),
    f64::from_bits(0x3ff5ab07dd485429),
    f64::from_bits(0x3ff5e76f15ad2148),
    f64::from_bits(0x3ff6247eb03a5585),
    f64::from_bits(0x3ff6623882552225),
    f64::from_bits(0x3ff6a09e667f3bcd),
    f64::from_bits(0x3ff6dfb23c651a2f),
    f64::from_bits(0x3ff71f75e8ec5f74),
    f64::from_bits(0x3ff75feb564267c9),
    f64::from_bits(0x3ff7a11473eb0187),
    f64::from_bits(0x3ff7e2f336cf4e62),
    f64::from_bits(0x3ff82589994cce13),
    f64::from_bits(0x3ff868d99b4492ed),
    f64::from_bits(0x3ff8ace5422aa0db),
    f64::from_bits(0x3ff8f1ae99157736),
    f64::from_bits(0x3ff93737b0cdc5e5),
    f64::from_bits(0x3ff97d829fde4e50),
    f64::from_bits(0x3ff9c49182a3f090),
    f64::from_bits(0x3ffa0c667b5de565),
    f64::from_bits(0x3ffa5503b23e255d),
    f64::from_bits(0x3ffa9e6b5579fdbf),
    f64::from_bits(0x3ffae89f995ad3ad),
    f64::from_bits(0x3ffb33a2b84f15fb),
    f64::from_bits(0x3ffb7f76f2fb5e47),
    f64::from_bits(0x3ffbcc1e904bc1d2),
    f64::from_bits(0x3ffc199bdd85529c),
    f64::from_bits(0x3ffc67f12e57d14b),
    f64::from_bits(0x3ffcb720dcef9069),
    f64::from_bits(0x3ffd072d4a07897c),
    f64::from_bits(0x3ffd5818dcfba487),
    f64::from_bits(0x3ffda9e603db3285),
    f64::from_bits(0x3ffdfc97337b9b5f),
    f64::from_bits(0x3ffe502ee78b3ff6),
    f64::from_bits(0x3ffea4afa2a490da),
    f64::from_bits(0x3ffefa1bee615a27),
    f64::from_bits(0x3fff50765b6e4540),
    f64::from_bits(0x3fffa7c1819e90d8),
];

/// Logistic function estimate, within 1e-10 of [`super::rng::logistic`].
#[inline]
pub fn logistic_estimate(x: f64) -> f64 {
    1.0 / (1.0 + exp_estimate(-x))
}

/// `tanh(y)` estimate for y ≥ 0, within 1e-10.
#[inline]
pub fn tanh_estimate(y: f64) -> f64 {
    let q = exp_estimate(-2.0 * y);
    (1.0 - q) / (1.0 + q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::rng::{Purpose, Stream, logistic};

    #[test]
    fn exp_estimate_is_within_its_bound() {
        let mut worst: f64 = 0.0;
        for i in -139_999..=139_999 {
            let x = i as f64 * 0.005 + 0.000_123;
            let exact = libm::exp(x);
            let rel = ((exp_estimate(x) - exact) / exact).abs();
            worst = worst.max(rel);
        }
        assert!(worst < 1e-10, "worst relative error {worst:e}");
        assert!(exp_estimate(f64::NAN).is_nan());
        assert!(exp_estimate(-1e9) >= 0.0 && exp_estimate(-1e9) < 1e-300);
    }

    #[test]
    fn logistic_and_tanh_estimates_are_within_margin() {
        for i in -40_000..=40_000 {
            let x = i as f64 * 0.001 + 0.000_37;
            assert!((logistic_estimate(x) - logistic(x)).abs() < 1e-10, "{x}");
            if x >= 0.0 {
                assert!((tanh_estimate(x) - libm::tanh(x)).abs() < 1e-10, "{x}");
            }
        }
    }

    #[test]
    fn below_agrees_with_the_exact_comparison() {
        let mut s = Stream::new(3, 0, 0, Purpose::DealStep);
        for i in 0..200_000 {
            let x = (i as f64 - 100_000.0) * 1e-4;
            let p = logistic(x);
            // Uniforms both far from and right at the probability.
            for u in [s.uniform(), p, p - 5e-10, p + 5e-10, f64::NAN] {
                let mut called = false;
                let got = below(u, logistic_estimate(x), || {
                    called = true;
                    p
                });
                assert_eq!(got, u < p, "u {u} p {p}");
                if (u - p).abs() > 1e-6 {
                    assert!(!called, "exact probability computed for a clear case");
                }
            }
        }
    }
}
