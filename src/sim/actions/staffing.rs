//! Hiring into a vacant seat and letting a rep go.

use crate::sim::rng::{Purpose, Stream};
use crate::sim::scenario::Costs;
use crate::sim::week::WeekLog;
use crate::sim::{Happening, PlanError, RepId, Run, Seat};

pub(super) fn hire_cost(c: &Costs) -> (f64, f64) {
    (c.hire, 0.0)
}

/// Hiring needs a vacant seat nobody is hiring into yet (in this plan or before).
pub(super) fn hire_check(run: &Run, seat: RepId, hiring: &mut Vec<RepId>) -> Result<(), PlanError> {
    let r = run.team.rep(seat).ok_or(PlanError::NoSuchRep(seat.0))?;
    match r.seat {
        Seat::Vacant { hire_ready: None } if !hiring.contains(&seat) => {
            hiring.push(seat);
            Ok(())
        }
        Seat::ManagerBook => Err(PlanError::BookSeat(seat.0)),
        _ => Err(PlanError::SeatFilled(seat.0)),
    }
}

/// The seat stays empty for a drawn vacancy, then a new hire joins (`Run::open_week`).
pub(super) fn hire(run: &mut Run, seat: RepId, log: &mut WeekLog) {
    let tick = run.tick;
    let h = &run.scenario.hiring;
    let weeks = Stream::new(run.seed, seat.0 as u64, tick, Purpose::Hiring)
        .range_inclusive(h.vacancy_weeks_min, h.vacancy_weeks_max);
    run.team.reps[seat.0 as usize].seat = Seat::Vacant {
        hire_ready: Some(tick + weeks.max(1)),
    };
    log.happenings.push(Happening::HireStarted {
        seat,
        starts_week: tick + weeks.max(1) + 1,
    });
}

pub(super) fn fire_cost(c: &Costs) -> (f64, f64) {
    (c.fire, 0.0)
}

/// The rep leaves with their open deals; the rest of the team feels it a little.
pub(super) fn fire(run: &mut Run, rep: RepId, log: &mut WeekLog) {
    let name = run.team.reps[rep.0 as usize].name.to_string();
    let deals_lost = run.depart(rep.0 as usize, true);
    for r in run.team.reps.iter_mut().filter(|r| r.is_person()) {
        r.morale = (r.morale - 0.02).max(0.0);
    }
    log.happenings.push(Happening::Fired { name, deals_lost });
}
