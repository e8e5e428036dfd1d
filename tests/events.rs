//! Scheduled and injected events name the right people.

mod common;

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
        headlines.extend(run.opening.iter().filter_map(|h| match h {
            Happening::Event { text } => Some(text.clone()),
            _ => None,
        }));
    }
    let rfp = headlines
        .iter()
        .find(|t| t.contains("RFP"))
        .expect("the RFP fired");
    assert!(!rfp.contains("{rep}"), "{rfp}");
    assert!(!rfp.contains(&name), "{name} has left: {rfp}");
    let big = run
        .deals
        .iter()
        .find(|d| d.value == 250_000.0)
        .expect("the RFP deal exists");
    assert_eq!(big.stage, Stage::Qualify);
    assert!(run.rep(big.rep).unwrap().is_person());
    assert!(rfp.contains(&*run.rep(big.rep).unwrap().name), "{rfp}");
}
