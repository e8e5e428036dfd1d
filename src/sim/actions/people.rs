//! Working with people: coaching, ride-alongs, super-closing, pipeline reviews, recognition.

use super::range;
use crate::sim::scenario::Costs;
use crate::sim::week::WeekLog;
use crate::sim::{DealId, Happening, LossCause, PlanError, Quantity, RepId, Run, Skill};

pub(super) fn coach_cost(hours: f64) -> (f64, f64) {
    (hours, 0.0)
}

pub(super) fn coach_check(run: &Run, rep: RepId, hours: f64) -> Result<(), PlanError> {
    run.person(rep)?;
    range(
        Quantity::CoachingHours,
        hours,
        0.25,
        run.scenario.costs.coach_max_hours,
    )
}

/// Coaching on one skill: rate × quality × response(hours) × focus × receptiveness, on
/// the headroom left. Receptiveness peaks for the middle of the team (CEB); focus grows
/// with consecutive coaching weeks on the same skill (behaviour changes with practice
/// on one thing, not a tour of everything).
pub(super) fn coach(run: &mut Run, rep: RepId, skill: Skill, hours: f64, log: &mut WeekLog) {
    let fx = &run.scenario.effects;
    let quality = run.scenario.manager.coaching_quality;
    let (rate, half, rep_time) = (fx.coach_rate, fx.coach_half_hours, fx.coach_rep_time);
    let width = fx.coach_receptive_width;
    let r = &mut run.team.reps[rep.0 as usize];
    let avg = r.skills.mean();
    // Middle of the team responds most; stars and strugglers least.
    let receptive = libm::exp(-((avg - 0.5) / width).powi(2));
    let response = 1.0 - libm::exp(-hours / half);
    r.streak = match r.streak {
        crate::sim::Streak {
            skill: Some(k),
            weeks,
        } if k == skill => crate::sim::Streak {
            skill: Some(k),
            weeks: weeks + 1,
        },
        _ => crate::sim::Streak {
            skill: Some(skill),
            weeks: 1,
        },
    };
    let focus = 1.0 - libm::exp(-(r.streak.weeks as f64) / fx.coach_focus_weeks.max(0.1));
    let s = r.skills.get_mut(skill);
    let from = *s;
    *s += rate * quality * response * focus * receptive * (1.0 - *s);
    let to = *s;
    // Coaching takes the rep's time too.
    r.selling_hours = (r.selling_hours - rep_time * hours).max(0.0);
    r.coached_hours += hours;
    r.independence += 0.005 * (1.0 - r.independence);
    log.tally[rep.0 as usize].coached = true;
    log.happenings.push(Happening::Coached {
        rep,
        skill,
        from,
        to,
    });
}

pub(super) fn ride_along_cost(c: &Costs) -> (f64, f64) {
    (c.ride_along, 0.0)
}

pub(super) fn super_close_cost(c: &Costs) -> (f64, f64) {
    (c.super_close, 0.0)
}

/// Ride-alongs and super-closes need an open deal of a rep in a filled seat.
pub(super) fn deal_check(run: &Run, deal: DealId) -> Result<(), PlanError> {
    let d = run.pipeline.deal(deal).ok_or(PlanError::NoSuchDeal(deal))?;
    run.person(d.rep).map(|_| ())
}

/// Joining a rep on a deal: some boost this week, some learning on the stage's skills.
pub(super) fn ride_along(run: &mut Run, deal: DealId) {
    let fx = &run.scenario.effects;
    let Some(d) = run.pipeline.open.iter_mut().find(|d| d.id == deal) else {
        return;
    };
    d.ride_along = true;
    d.manager_touched = true;
    let seat = d.rep.0 as usize;
    let stage = d.stage;
    let r = &mut run.team.reps[seat];
    r.independence = (r.independence - fx.ride_along_independence).max(0.0);
    if let Some(w) = run.stages.skills(stage) {
        for (k, wt) in w.iter() {
            let s = r.skills.get_mut(k);
            *s += fx.ride_along_learning * wt * (1.0 - *s);
        }
    }
}

/// Taking over a deal: a big boost, no learning; the rep's independence and morale fall.
pub(super) fn super_close(run: &mut Run, deal: DealId) {
    let fx = &run.scenario.effects;
    let Some(d) = run.pipeline.open.iter_mut().find(|d| d.id == deal) else {
        return;
    };
    d.super_close = true;
    d.manager_touched = true;
    let r = &mut run.team.reps[d.rep.0 as usize];
    r.independence = (r.independence - fx.super_close_independence).max(0.0);
    r.morale = (r.morale - fx.super_close_morale).max(0.0);
}

pub(super) fn review_cost(c: &Costs) -> (f64, f64) {
    (c.pipeline_review, 0.0)
}

/// A review needs a seat that sells (a person, or the manager's own book).
pub(super) fn review_check(run: &Run, rep: RepId) -> Result<(), PlanError> {
    let r = run.team.rep(rep).ok_or(PlanError::NoSuchRep(rep.0))?;
    if r.is_active() {
        Ok(())
    } else {
        Err(PlanError::VacantSeat(rep.0))
    }
}

/// A pipeline review reveals every deal's health for a while, closes out stale deals
/// that do not fit, and unsticks the other stale ones.
pub(super) fn review(run: &mut Run, rep: RepId, log: &mut WeekLog) {
    let tick = run.tick;
    let until = tick + run.scenario.effects.review_weeks;
    let mut closed = 0;
    let mut unstuck = 0;
    let mut k = 0;
    while k < run.pipeline.open.len() {
        if run.pipeline.open[k].rep != rep {
            k += 1;
            continue;
        }
        let stale = run.is_stale(&run.pipeline.open[k]);
        run.pipeline.open[k].revealed_until = Some(until);
        if stale && run.pipeline.open[k].fit < -0.6 {
            // Dead weight: close it out and free the rep's time.
            run.lose_deal(k, LossCause::Reviewed, true);
            closed += 1;
            continue;
        }
        if stale {
            let d = &mut run.pipeline.open[k];
            let mean = run.scenario.pipeline.mean_weeks.get(d.stage);
            d.weeks_in_stage = mean.floor() as u32;
            unstuck += 1;
        }
        k += 1;
    }
    log.happenings.push(Happening::ReviewCleared {
        rep,
        closed,
        unstuck,
    });
}

pub(super) fn recognize_cost(c: &Costs) -> (f64, f64) {
    (c.recognition, 0.0)
}

pub(super) fn recognize(run: &mut Run, rep: RepId) {
    let gain = run.scenario.effects.recognition_morale;
    let r = &mut run.team.reps[rep.0 as usize];
    r.morale = (r.morale + gain * (1.0 - r.morale)).min(1.0);
}
