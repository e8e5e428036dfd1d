//! Common random numbers: every draw comes from a stream keyed by
//! (run seed, entity, tick, purpose).
//!
//! Two runs of the same scenario and seed therefore see the same luck for the same
//! deal in the same week whatever else differs between them, which is what makes a
//! counterfactual ("what if I had coached Dana?") a fair comparison.
//!
//! The generator is PCG (`Pcg64Mcg`), whose output is fixed by its specification, and
//! the samplers below use inversion with `libm`, a pure-Rust maths library, so a run
//! is bit-identical on every platform. (`rand_distr`'s samplers call the platform's
//! `exp`/`ln`, whose last bits may differ between operating systems.)

use rand::Rng;
use rand_pcg::Pcg64Mcg;

/// Why a stream is drawn. Part of the key, so two purposes never share numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Purpose {
    /// A rep's lead arrivals in a week.
    Leads = 1,
    /// A new deal's value, account and hidden health.
    DealTraits = 2,
    /// A deal's weekly exit and conversion draws.
    DealStep = 3,
    /// A rep's weekly quit draw.
    Quit = 4,
    /// Organisational demands of a week.
    OrgDemand = 5,
    /// Random scenario events of a week.
    Events = 6,
    /// How long a vacancy stays open and who is hired.
    Hiring = 7,
    /// The pipeline a rep starts the scenario with.
    InitialPipeline = 8,
    /// Discount a buyer asks for at Negotiate.
    Discount = 9,
}

/// Entity ids used in stream keys for things that are not reps or deals.
pub mod entity {
    /// The organisation (demands, events).
    pub const ORG: u64 = u64::MAX - 1;
}

/// SplitMix64 finaliser: a cheap, well-mixed 64-bit hash step.
#[inline]
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The (seed, entity) half of a stream key, the same every week: a deal keeps its
/// own, so its weekly draw hashes once instead of three times.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EntityKey(u64);

impl EntityKey {
    #[inline]
    pub fn new(seed: u64, entity: u64) -> Self {
        EntityKey(mix(seed ^ mix(entity)))
    }
}

/// A deterministic random stream for one (seed, entity, tick, purpose) key.
pub struct Stream(Pcg64Mcg);

impl Stream {
    /// Opens the stream for a key. Cheap: a few multiplies, no allocation.
    #[inline]
    pub fn new(seed: u64, entity: u64, tick: u32, purpose: Purpose) -> Self {
        Stream::keyed(EntityKey::new(seed, entity), tick, purpose)
    }

    /// Opens the stream for an entity whose key half is already known.
    #[inline]
    pub fn keyed(key: EntityKey, tick: u32, purpose: Purpose) -> Self {
        let a = key.0;
        let b = mix(a ^ ((tick as u64) << 8) ^ purpose as u64);
        let state = ((a as u128) << 64) | b as u128;
        Stream(Pcg64Mcg::new(state | 1))
    }

    /// Uniform in [0, 1).
    #[inline]
    pub fn uniform(&mut self) -> f64 {
        self.0.random::<f64>()
    }

    /// Uniform in (0, 1): safe to invert through a quantile function.
    #[inline]
    pub fn open01(&mut self) -> f64 {
        (((self.0.random::<u64>() >> 11) as f64) + 0.5) * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal by inversion (one uniform per draw, monotone in the uniform).
    #[inline]
    pub fn normal(&mut self) -> f64 {
        normal_quantile(self.open01())
    }

    /// Poisson(lambda) by inversion: a higher rate never gives fewer arrivals for the
    /// same uniform, so decisions that change a rate change counts minimally.
    pub fn poisson(&mut self, lambda: f64) -> u32 {
        poisson_quantile(self.uniform(), lambda)
    }

    /// Integer uniform in `[lo, hi]`.
    pub fn range_inclusive(&mut self, lo: u32, hi: u32) -> u32 {
        if hi <= lo {
            return lo;
        }
        self.0.random_range(lo..=hi)
    }
}

/// Inverse of the Poisson CDF; capped at a generous upper bound so it always ends.
pub fn poisson_quantile(u: f64, lambda: f64) -> u32 {
    if lambda.is_nan() || lambda <= 0.0 {
        return 0;
    }
    if lambda > 60.0 {
        // Normal approximation keeps large rates cheap; scenario limits keep rates small.
        let z = normal_quantile(u.clamp(1e-12, 1.0 - 1e-12));
        return (lambda + z * lambda.sqrt()).round().max(0.0) as u32;
    }
    // The walk with the cheap `exp` gives the exact walk's answer unless the uniform
    // lands within the margin of a cumulative probability it was compared with (the
    // estimate's relative error, 1e-10, scales every term alike); then, and for the
    // far tail, the walk is redone with `libm`, so runs stay bit-identical.
    match poisson_walk(u, lambda, super::draw::exp_estimate(-lambda), true) {
        Some(k) => k,
        None => poisson_walk(u, lambda, libm::exp(-lambda), false).unwrap_or(0),
    }
}

/// Inverts the Poisson CDF from `p0` = e^(−λ). With `estimated`, gives up (`None`)
/// when a comparison is too close to call or the far tail is reached.
#[inline]
fn poisson_walk(u: f64, lambda: f64, p0: f64, estimated: bool) -> Option<u32> {
    let close = |cdf: f64| estimated && (u - cdf).abs() < super::draw::MARGIN;
    let mut k = 0u32;
    let mut p = p0;
    let mut cdf = p;
    if close(cdf) {
        return None;
    }
    while u > cdf && k < 1000 {
        k += 1;
        p *= lambda / k as f64;
        cdf += p;
        if close(cdf) {
            return None;
        }
        if p < 1e-300 && cdf < u {
            if estimated {
                return None;
            }
            break;
        }
    }
    if estimated && k >= 1000 {
        return None;
    }
    Some(k)
}

/// Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9).
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p = p.clamp(1e-300, 1.0 - 1e-16);
    let plow = 0.02425;
    if p < plow {
        let q = libm::sqrt(-2.0 * libm::log(p));
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - plow {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        let q = libm::sqrt(-2.0 * libm::log(1.0 - p));
        -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    }
}

/// Logistic function through `libm` (portable).
#[inline]
pub fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-x))
}

/// Log-odds of a probability in (0, 1).
#[inline]
pub fn logit(p: f64) -> f64 {
    let p = p.clamp(1e-9, 1.0 - 1e-9);
    libm::log(p / (1.0 - p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_key_same_numbers_other_key_other_numbers() {
        let a: Vec<f64> = {
            let mut s = Stream::new(7, 3, 10, Purpose::Leads);
            (0..4).map(|_| s.uniform()).collect()
        };
        let b: Vec<f64> = {
            let mut s = Stream::new(7, 3, 10, Purpose::Leads);
            (0..4).map(|_| s.uniform()).collect()
        };
        let c: Vec<f64> = {
            let mut s = Stream::new(7, 3, 11, Purpose::Leads);
            (0..4).map(|_| s.uniform()).collect()
        };
        assert_eq!(a, b);
        assert_ne!(a, c);
        let mut k = Stream::keyed(EntityKey::new(7, 3), 10, Purpose::Leads);
        assert_eq!(a, (0..4).map(|_| k.uniform()).collect::<Vec<_>>());
    }

    #[test]
    fn poisson_mean_is_lambda() {
        let n = 20_000;
        let total: u64 = (0..n)
            .map(|i| Stream::new(1, i, 0, Purpose::Leads).poisson(3.0) as u64)
            .sum();
        let mean = total as f64 / n as f64;
        assert!((mean - 3.0).abs() < 0.06, "mean {mean}");
    }

    #[test]
    fn poisson_is_monotone_in_rate() {
        for i in 0..500 {
            let u = Stream::new(2, i, 0, Purpose::Leads).uniform();
            assert!(poisson_quantile(u, 2.0) <= poisson_quantile(u, 2.5));
        }
    }

    #[test]
    fn poisson_with_the_cheap_exp_matches_the_exact_walk() {
        // The exact walk, as it was before the estimate: the reference.
        fn exact(u: f64, lambda: f64) -> u32 {
            poisson_walk(u, lambda, libm::exp(-lambda), false).unwrap_or(0)
        }
        let mut s = Stream::new(5, 0, 0, Purpose::Leads);
        for i in 0..4_000 {
            let lambda = 0.01 + i as f64 * 0.015;
            // Random uniforms, and uniforms right at (and a hair off) each cumulative
            // probability, where the estimate must hand over to `libm`.
            let (mut p, mut cdf) = (libm::exp(-lambda), 0.0);
            let mut us = vec![s.uniform(), s.uniform(), 0.0, 0.999_999_999_9];
            for k in 0..12 {
                if k > 0 {
                    p *= lambda / k as f64;
                }
                cdf += p;
                us.extend([cdf, cdf - 1e-12, cdf + 1e-12, cdf - 2e-9, cdf + 2e-9]);
            }
            for u in us.into_iter().filter(|u| (0.0..1.0).contains(u)) {
                assert_eq!(
                    poisson_quantile(u, lambda),
                    exact(u, lambda),
                    "u {u} λ {lambda}"
                );
            }
        }
    }

    #[test]
    fn normal_quantile_is_accurate() {
        assert!(normal_quantile(0.5).abs() < 1e-9);
        assert!((normal_quantile(0.975) - 1.959_964).abs() < 1e-5);
        assert!((normal_quantile(0.001) + 3.090_232).abs() < 1e-5);
    }
}
