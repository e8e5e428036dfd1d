//! The debrief: causes that follow from the decisions, bots on the same seed and
//! events, and the self-contained HTML and CSV exports.

use crate::common;

use pitcrew::report::{Debrief, html};
use pitcrew::scenario::EventKind;

#[test]
fn the_debrief_names_super_closing_when_the_manager_sold_more_than_coached() {
    let s = common::scenario("first-90-days");
    let closer = common::play(&s, &common::bot("super_closer"), 4);
    let d = Debrief::build(&closer, "");
    let time = &d.causes[0];
    assert!(!time.helped, "{time:?}");
    assert!(
        time.detail.contains("closed") && time.detail.contains("yourself"),
        "{}",
        time.detail
    );

    let coach = common::play(&s, &common::bot("coach"), 4);
    let d = Debrief::build(&coach, "");
    assert!(d.causes[0].helped, "{:?}", d.causes[0]);
    assert!(d.causes[1].title.starts_with("Team capability"));
    assert!(
        d.causes[1].helped,
        "coaching raised capability: {:?}",
        d.causes[1]
    );
}

#[test]
fn bots_replay_the_same_seed_and_facilitator_events() {
    let s = common::scenario("first-90-days");
    let mut run = pitcrew::sim::Run::new(s.clone(), 9);
    run.inject(
        3,
        EventKind::EconomicSlowdown {
            lead_factor: 0.3,
            weeks: 8,
        },
        None,
    );
    pitcrew::policy::play(&mut run, &common::bot("typical"));
    let d = Debrief::build(&run, "team a");
    let typical = d.bots.iter().find(|b| b.name == "typical").unwrap();
    // The typical bot on the same seed and events is the same run as the player's here.
    assert_eq!(typical.scores, run.scores());
    assert_eq!(d.bots.len(), pitcrew::policy::STANDARD.len());
    // Without the event, the bot's run differs: the event was replayed, not ignored.
    let plain = common::play(&s, &common::bot("typical"), 9);
    assert_ne!(plain.scores(), typical.scores);
    // The typical bot ties with you here, and a tie does not rank above you.
    assert_eq!(
        d.rank(),
        1 + d
            .bots
            .iter()
            .filter(|b| b.scores.overall > d.scores.overall)
            .count()
    );
}

#[test]
fn the_html_export_is_self_contained_with_charts_and_tables() {
    let s = common::scenario("first-90-days");
    let run = common::play(&s, &common::bot("balanced"), 2);
    let d = Debrief::build(&run, "Team <Blue> & co");
    let page = html::debrief_html(&d);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert_eq!(
        page.matches("<svg").count(),
        5,
        "five charts: the projection first"
    );
    assert!(page.contains("The next two quarters"));
    assert!(
        page.matches("<polyline").count() >= 2 + 7,
        "player, quota and seven bots"
    );
    assert!(
        page.contains("Team &lt;Blue&gt; &amp; co"),
        "names are escaped"
    );
    assert!(!page.contains("<script"), "no scripts");
    assert!(
        !page
            .replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
            .contains("http"),
        "no links out but the SVG namespace"
    );
    assert!(!page.contains("src="), "no external resources");
    for part in [
        "Why it went as it did",
        "Scores beside the bots",
        "The team",
        "Week by week",
    ] {
        assert!(page.contains(part), "{part}");
    }
    assert!(!page.contains("NaN"));
    let csv = d.weeks_csv();
    assert_eq!(csv.lines().count(), 14);
    assert!(csv.lines().all(|l| l.split(',').count() == 17));
}

/// Every sentence true of the run it describes: passive, coach and super-closer on the
/// onboarding quarter, seed 1.
#[test]
fn causes_name_what_happened_and_signs_follow_outcomes() {
    let s = common::scenario("first-90-days");
    let all = |d: &Debrief| {
        d.causes
            .iter()
            .map(|c| {
                format!(
                    "{} {} {}",
                    if c.helped { "+" } else { "-" },
                    c.title,
                    c.detail
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let passive = common::play(&s, &common::bot("passive"), 1);
    let d = Debrief::build(&passive, "nobody");
    let text = all(&d);
    assert!(text.contains("You did not coach"), "{text}");
    assert!(text.contains("no coaching moved it"), "{text}");
    assert!(
        !text.contains("-0 hours") && !text.contains("-0 h"),
        "{text}"
    );
    let time = &d.causes[0];
    assert!(
        time.title.contains("0 % developing people"),
        "{}",
        time.title
    );
    assert!(!time.helped, "no canned credit for doing nothing: {text}");
    assert!(!text.contains("coached what the funnel showed"), "{text}");

    let coach = common::play(&s, &common::bot("coach"), 1);
    let d = Debrief::build(&coach, "coach");
    let text = all(&d);
    assert!(text.contains("You coached for"), "{text}");
    assert!(text.contains("coaching added +"), "{text}");
    assert!(text.contains("closed no deals yourself"), "{text}");
    // The coach follows the funnel, so at least one rep's coaching matched it.
    assert!(
        text.contains("you coached what the funnel showed"),
        "{text}"
    );

    let closer = common::play(&s, &common::bot("super_closer"), 1);
    let d = Debrief::build(&closer, "closer");
    let text = all(&d);
    let closes = closer
        .ledger()
        .plans
        .iter()
        .flat_map(|p| &p.actions)
        .filter(|a| matches!(a, pitcrew::sim::Action::SuperClose { .. }))
        .count();
    assert!(
        text.contains(&format!("closed {closes} deals yourself")),
        "{closes}: {text}"
    );
    assert!(!d.causes[0].helped, "{text}");
    // The headline projection: the closer's team sells less than the coach's next.
    assert!(d.projection.vs_quota < Debrief::build(&coach, "c").projection.vs_quota);
}
