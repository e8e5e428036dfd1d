//! Scheduled and injected events name the right people.

use crate::common;

use pitcrew::scenario::EventKind;
use pitcrew::sim::{Happening, Plan, Run, Stage};

#[test]
fn an_rfp_for_a_rep_who_left_goes_to_the_top_seller_and_names_them() {
    let s = common::scenario("l1-coach-dont-close");
    let name = s.team[1].name.clone();
    let mut run = Run::new(s.clone(), 5);
    run.inject(
        2,
        EventKind::RepResigns {
            rep: Some(name.clone()),
        },
        None,
    );
    run.inject(
        3,
        EventKind::BigRfp {
            value: 250_000.0,
            rep: Some(name.clone()),
        },
        None,
    );
    let mut headlines = Vec::new();
    for _ in 0..3 {
        run.step(&Plan::default()).unwrap();
        headlines.extend(run.ledger().opening.iter().filter_map(|h| match h {
            Happening::Event {
                kind,
                text,
                rep,
                turned_away,
            } => Some(pitcrew::narrate::event_headline(
                kind,
                text.as_deref(),
                rep.as_deref(),
                *turned_away,
            )),
            _ => None,
        }));
    }
    let rfp = headlines
        .iter()
        .find(|t| t.contains("RFP"))
        .expect("the RFP fired");
    assert!(!rfp.contains("{rep}"), "{rfp}");
    assert!(!rfp.contains(&name), "{name} has left: {rfp}");
    // The week it arrived it may already have moved on, or been lost.
    let big = run
        .pipeline()
        .open
        .iter()
        .chain(&run.pipeline().closed)
        .find(|d| d.value == 250_000.0)
        .expect("the RFP deal exists");
    assert!(big.stage >= Stage::Qualify, "{:?}", big.stage);
    assert!(run.team().rep(big.rep).unwrap().is_person());
    assert!(
        rfp.contains(&*run.team().rep(big.rep).unwrap().name),
        "{rfp}"
    );
}

#[test]
fn a_pipeline_review_reads_as_what_it_found() {
    use pitcrew::narrate::describe;
    use pitcrew::sim::{Action, RepId};
    let s = common::scenario("baseline");
    let accounts = s.market.accounts.clone();
    let mut lines = Vec::new();
    for seed in 0..40 {
        let mut run = Run::new(s.clone(), seed);
        for _ in 0..6 {
            let plan = Plan::new().with(Action::PipelineReview { rep: RepId(7) });
            // Harper may resign; a review of an empty seat is refused, so stop there.
            let Ok(week) = run.step(&plan).cloned() else {
                break;
            };
            for h in &week.happenings {
                if let Happening::ReviewCleared {
                    closed, unstuck, ..
                } = h
                {
                    lines.push((*closed, *unstuck, describe(h, &week, &accounts)));
                }
            }
        }
    }
    assert!(lines.iter().any(|l| l.0 == 0 && l.1 == 0), "{lines:?}");
    assert!(lines.iter().any(|l| l.0 + l.1 > 0), "{lines:?}");
    for (closed, unstuck, text) in &lines {
        assert!(text.starts_with("Pipeline review with Harper: "), "{text}");
        assert!(
            !text.contains(" 0 "),
            "a zero count is said in words: {text}"
        );
        assert!(
            !text.contains(" 1 dead deals") && !text.contains(" 1 stuck deals"),
            "{text}"
        );
        if *closed + *unstuck == 0 {
            assert!(text.ends_with("no dead or stuck deals"), "{text}");
        }
        if *closed > 0 {
            assert!(text.contains(&format!("{closed} dead deal")), "{text}");
        }
        if *unstuck > 0 {
            assert!(text.contains(&format!("{unstuck} stuck deal")), "{text}");
        }
    }
}
