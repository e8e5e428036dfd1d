//! The pipeline board, drawn with Bevy 2D in the space the egui panels leave: each rep
//! is a lane, each stage a column, each deal a token sized by value and coloured by
//! health. When a week resolves, tokens glide to their new stage, into Won or Lost.

use std::collections::{HashMap, HashSet};

use bevy::prelude::*;
use bevy::sprite::Anchor;
use bevy::window::RequestRedraw;

use super::logic::screen::Screen;
use super::logic::session::Session;
use super::logic::settings::Settings;
use crate::sim::{Deal, DealId, Health, Run, Stage};

/// Where the board may draw, in logical pixels from the window's top-left corner.
/// The screen that shows the board offers it each frame from its panels' layout
/// (with `set_if_neq`, so the board is laid out again only when it moves).
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct BoardArea {
    pub rect: Option<Rect>,
}

impl BoardArea {
    /// From an egui rect (points) and the egui zoom factor.
    pub fn from_egui(r: bevy_egui::egui::Rect, zoom: f32) -> BoardArea {
        BoardArea {
            rect: Some(Rect::new(
                r.min.x * zoom,
                r.min.y * zoom,
                r.max.x * zoom,
                r.max.y * zoom,
            )),
        }
    }
}

/// A deal on the board.
#[derive(Component, Debug)]
pub struct Token {
    pub deal: DealId,
    pub target: Vec2,
}

/// Lane backgrounds, labels and column headers: rebuilt when the layout changes.
#[derive(Component, Debug)]
pub struct Scenery;

/// Columns: the five open stages, then Won and Lost (this week's closes); the
/// message ids of their names.
const COLUMNS: [&str; 7] = [
    "game-board-prospect",
    "game-board-qualify",
    "game-board-discover",
    "game-board-propose",
    "game-board-negotiate",
    "game-board-won",
    "game-board-lost",
];
/// Column names when the columns are narrow.
const SHORT: [&str; 7] = [
    "game-board-prospect-short",
    "game-board-qualify-short",
    "game-board-discover-short",
    "game-board-propose-short",
    "game-board-negotiate-short",
    "game-board-won-short",
    "game-board-lost-short",
];
const LABEL_W: f32 = 92.0;
const HEADER_H: f32 = 24.0;

fn column(stage: Stage) -> usize {
    match stage {
        Stage::Won => 5,
        Stage::Lost => 6,
        s => s.index().unwrap_or(0),
    }
}

/// A deal's health colour, the same as in the deal table.
fn health_color(h: Health) -> Color {
    let c = super::ui::widgets::health_color(h);
    Color::srgba_u8(c.r(), c.g(), c.b(), c.a())
}

/// A theme colour for the board.
fn theme(c: crate::theme::Rgb) -> Color {
    Color::srgb_u8(c.0, c.1, c.2)
}

/// One laid-out deal.
struct Place {
    target: Vec2,
    size: f32,
    color: Color,
    mark: Mark,
}

/// A token's shape, so a deal's health reads without its colour: a square on track,
/// a diamond when slow, a flat bar when stale, a thin upright bar when doomed. Deals
/// that closed last week are squares in Won and Lost, where the column says it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Mark {
    /// Width and height against the token's size.
    aspect: Vec2,
    /// Rotation in radians.
    turn: f32,
}

impl Mark {
    const SQUARE: Mark = Mark {
        aspect: Vec2::ONE,
        turn: 0.0,
    };

    fn of(health: Health) -> Mark {
        match health {
            Health::Healthy => Mark::SQUARE,
            Health::Slow => Mark {
                aspect: Vec2::splat(0.8),
                turn: std::f32::consts::FRAC_PI_4,
            },
            Health::Stale => Mark {
                aspect: Vec2::new(1.3, 0.45),
                turn: 0.0,
            },
            Health::Doomed => Mark {
                aspect: Vec2::new(0.35, 1.2),
                turn: 0.0,
            },
        }
    }
}

/// The board's geometry for the current state of the run.
struct Layout {
    lanes: Vec<(String, f32)>,
    col_x: [f32; 7],
    lane_h: f32,
    col_w: f32,
    places: HashMap<DealId, Place>,
}

/// World position of a window point (logical px, y down) for the default 2D camera.
fn world(window: Vec2, p: Vec2) -> Vec2 {
    Vec2::new(p.x - window.x / 2.0, window.y / 2.0 - p.y)
}

fn layout(run: &Run, area: Rect, window: Vec2) -> Layout {
    // The manager's book has a lane only while it holds deals.
    let seats: Vec<&crate::sim::Rep> = run
        .team()
        .reps
        .iter()
        .filter(|r| !r.is_book() || run.pipeline().open.iter().any(|d| d.rep == r.id))
        .collect();
    let n = seats.len().max(1) as f32;
    let lane_h = ((area.height() - HEADER_H) / n).max(8.0);
    let col_w = ((area.width() - LABEL_W) / 7.0).max(8.0);
    let col_x = std::array::from_fn(|c| area.min.x + LABEL_W + col_w * (c as f32 + 0.5));
    let lane_of: HashMap<u16, usize> = seats.iter().enumerate().map(|(i, r)| (r.id.0, i)).collect();
    let lanes = seats
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let y = area.min.y + HEADER_H + lane_h * (i as f32 + 0.5);
            (lane_label(r), y)
        })
        .collect();
    let mean_value = run.scenario().market.deal_median.max(1.0);
    let mut places = HashMap::new();
    for ((lane, col), deals) in cells(run, &lane_of) {
        let cell = Cell {
            x: col_x[col],
            top: area.min.y + HEADER_H + lane_h * lane as f32,
            w: col_w,
            h: lane_h,
        };
        places.extend(pack(deals, &cell, mean_value, window));
    }
    Layout {
        lanes,
        col_x,
        lane_h,
        col_w,
        places,
    }
}

/// A lane's label: the rep, the manager's own book, or a vacant seat.
fn lane_label(r: &crate::sim::Rep) -> String {
    if r.is_book() {
        crate::t!("game-board-your-book")
    } else if r.is_person() {
        r.name.to_string()
    } else {
        crate::t!("game-board-seat-vacant", n = r.id.0 + 1)
    }
}

/// Each (lane, column) cell's deals with their colour and shape.
type Cells<'a> = HashMap<(usize, usize), Vec<(&'a Deal, Color, Mark)>>;

/// The deals in each (lane, column) cell with their colours: open deals by health,
/// and the deals that closed last week in Won and Lost.
fn cells<'a>(run: &'a Run, lane_of: &HashMap<u16, usize>) -> Cells<'a> {
    let last = run.tick().checked_sub(1);
    let closed = run
        .pipeline()
        .closed
        .iter()
        .filter(|d| last.is_some() && d.closed == last);
    let mut cells: Cells = HashMap::new();
    for d in run.pipeline().open.iter() {
        if let Some(&lane) = lane_of.get(&d.rep.0) {
            cells.entry((lane, column(d.stage))).or_default().push((
                d,
                health_color(run.health(d)),
                Mark::of(run.health(d)),
            ));
        }
    }
    for d in closed {
        if let Some(&lane) = lane_of.get(&d.rep.0) {
            let c = if d.stage == Stage::Won {
                theme(crate::theme::ACCENT)
            } else {
                theme(crate::theme::MUTED)
            };
            cells
                .entry((lane, column(d.stage)))
                .or_default()
                .push((d, c, Mark::SQUARE));
        }
    }
    cells
}

/// One cell of the board, in window points: its column's centre, its lane's top, its
/// size.
struct Cell {
    x: f32,
    top: f32,
    w: f32,
    h: f32,
}

/// Places a cell's deals, biggest first, in a grid that keeps tokens round and
/// inside the cell; a token's size follows its value against the median deal.
fn pack(
    mut deals: Vec<(&Deal, Color, Mark)>,
    cell: &Cell,
    mean_value: f64,
    window: Vec2,
) -> Vec<(DealId, Place)> {
    deals.sort_by(|a, b| b.0.value.total_cmp(&a.0.value).then(a.0.id.cmp(&b.0.id)));
    let k = deals.len() as f32;
    let (w, h) = (cell.w - 6.0, cell.h - 6.0);
    let cols = ((k * w / h).sqrt().ceil()).max(1.0);
    let rows = (k / cols).ceil().max(1.0);
    let pitch = (w / cols).min(h / rows);
    let origin = Vec2::new(
        cell.x - cols * pitch / 2.0,
        cell.top + (cell.h - rows * pitch) / 2.0,
    );
    deals
        .into_iter()
        .enumerate()
        .map(|(i, (d, color, mark))| {
            let (cx, cy) = ((i as f32 % cols), (i as f32 / cols).floor());
            let p = origin + Vec2::new((cx + 0.5) * pitch, (cy + 0.5) * pitch);
            let scale = ((d.value / mean_value).sqrt() as f32).clamp(0.5, 1.6);
            let size = (pitch * 0.55 * scale).clamp(3.0, pitch * 0.95).min(28.0);
            let place = Place {
                target: world(window, p),
                size,
                color,
                mark,
            };
            (d.id, place)
        })
        .collect()
}

/// One 2D camera draws the board and, on top, the egui screens. Multisampling is off:
/// flat shapes and text gain nothing from it, and software renderers pay dearly for it.
fn spawn_camera(mut commands: Commands) {
    commands.spawn((Camera2d, Msaa::Off));
}

/// What the board's labels were drawn for: week, seats, area and language.
type LabelKey = (u32, usize, [i32; 4], crate::i18n::Lang);

fn sync(
    mut commands: Commands,
    session: Res<Session>,
    area: Res<BoardArea>,
    windows: Query<&Window>,
    mut tokens: Query<(Entity, &mut Token, &mut Sprite, &mut Transform)>,
    scenery: Query<Entity, With<Scenery>>,
    mut last_key: Local<Option<LabelKey>>,
) {
    let (Some(game), Some(area)) = (&session.game, area.rect) else {
        return;
    };
    let Ok(window) = windows.single() else { return };
    let win = Vec2::new(window.width(), window.height());
    let run = &game.run;
    let lay = layout(run, area, win);

    // Scenery changes only with the layout, the team or the language.
    let key = (
        run.tick(),
        lay.lanes.len(),
        [
            area.min.x as i32,
            area.min.y as i32,
            area.max.x as i32,
            area.max.y as i32,
        ],
        crate::i18n::lang(),
    );
    if *last_key != Some(key) {
        *last_key = Some(key);
        for e in &scenery {
            commands.entity(e).despawn();
        }
        spawn_lanes(&mut commands, &lay, area, win);
        spawn_columns(&mut commands, &lay, area, win);
    }

    // Tokens: update the ones we have, despawn the gone, spawn the new.
    let seen = update_tokens(&mut commands, &mut tokens, &lay);
    let label_x = world(win, Vec2::new(area.min.x + LABEL_W, 0.0)).x;
    let new = lay.places.iter().filter(|(id, _)| !seen.contains(*id));
    spawn_tokens(&mut commands, run, new, label_x);
}

/// A token for each deal new to the board. New leads slide in from the lane's label
/// (at `label_x`); deals already there appear in place.
fn spawn_tokens<'a>(
    commands: &mut Commands,
    run: &Run,
    new: impl Iterator<Item = (&'a DealId, &'a Place)>,
    label_x: f32,
) {
    for (id, p) in new {
        let start = if run.tick() > 0
            && run
                .pipeline()
                .deal(*id)
                .is_some_and(|d| d.stage == Stage::Prospect && d.opened + 1 >= run.tick())
        {
            Vec2::new(label_x, p.target.y)
        } else {
            p.target
        };
        commands.spawn((
            Token {
                deal: *id,
                target: p.target,
            },
            Sprite::from_color(p.color, p.mark.aspect * p.size),
            Transform::from_xyz(start.x, start.y, 2.0)
                .with_rotation(Quat::from_rotation_z(p.mark.turn)),
        ));
    }
}

/// Text colour of the board's labels.
const LABEL_TEXT: Color = Color::srgb(0.15, 0.15, 0.18);

/// Each lane's label, every other lane shaded (the others show the clear colour).
fn spawn_lanes(commands: &mut Commands, lay: &Layout, area: Rect, win: Vec2) {
    for (i, (name, y)) in lay.lanes.iter().enumerate() {
        if i % 2 == 0 {
            let centre = world(win, Vec2::new(area.center().x, *y));
            commands.spawn((
                Scenery,
                Sprite::from_color(
                    Color::srgba(0.0, 0.0, 0.0, 0.05),
                    Vec2::new(area.width(), lay.lane_h),
                ),
                Transform::from_xyz(centre.x, centre.y, 0.0),
            ));
        }
        let at = world(win, Vec2::new(area.min.x + 6.0, *y));
        commands.spawn((
            Scenery,
            Text2d::new(name.clone()),
            TextFont::from_font_size(13.0),
            TextColor(LABEL_TEXT),
            Anchor::CENTER_LEFT,
            Transform::from_xyz(at.x, at.y, 1.0),
        ));
    }
}

/// Each column's header (short names when the columns are narrow) and its left edge.
fn spawn_columns(commands: &mut Commands, lay: &Layout, area: Rect, win: Vec2) {
    let names = if lay.col_w < 78.0 { SHORT } else { COLUMNS };
    for (c, name) in names.iter().enumerate() {
        let at = world(win, Vec2::new(lay.col_x[c], area.min.y + HEADER_H / 2.0));
        commands.spawn((
            Scenery,
            Text2d::new(crate::t!(*name)),
            TextFont::from_font_size(13.0),
            TextColor(LABEL_TEXT),
            Transform::from_xyz(at.x, at.y, 1.0),
        ));
        let line = world(
            win,
            Vec2::new(lay.col_x[c] - lay.col_w / 2.0, area.center().y),
        );
        commands.spawn((
            Scenery,
            Sprite::from_color(
                Color::srgba(0.0, 0.0, 0.0, 0.12),
                Vec2::new(1.0, area.height()),
            ),
            Transform::from_xyz(line.x, line.y, 0.5),
        ));
    }
}

/// Moves the tokens still on the board to their new places and despawns the rest;
/// the deals that already have a token.
fn update_tokens(
    commands: &mut Commands,
    tokens: &mut Query<(Entity, &mut Token, &mut Sprite, &mut Transform)>,
    lay: &Layout,
) -> HashSet<DealId> {
    let mut seen = HashSet::new();
    for (e, mut t, mut sprite, mut transform) in tokens {
        match lay.places.get(&t.deal) {
            Some(p) => {
                // Write only what changed: an unchanged sprite is not re-prepared.
                if t.target != p.target {
                    t.target = p.target;
                }
                if sprite.color != p.color {
                    sprite.color = p.color;
                }
                let size = p.mark.aspect * p.size;
                if sprite.custom_size != Some(size) {
                    sprite.custom_size = Some(size);
                }
                let turn = Quat::from_rotation_z(p.mark.turn);
                if transform.rotation != turn {
                    transform.rotation = turn;
                }
                seen.insert(t.deal);
            }
            None => commands.entity(e).despawn(),
        }
    }
    seen
}

/// Glides tokens toward their targets; the whole move takes about the set animation time.
/// While a token moves it asks for the next frame: the game draws only on demand.
fn animate(
    time: Res<Time>,
    settings: Res<Settings>,
    mut tokens: Query<(&Token, &mut Transform)>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let secs = settings.week_animation;
    // The first frame after an idle spell has a long delta; a glide starts gently.
    let dt = time.delta_secs().min(1.0 / 30.0);
    let k = if secs <= 0.01 {
        1.0
    } else {
        1.0 - (-dt * 5.0 / secs).exp()
    };
    let mut moving = false;
    for (t, mut tf) in &mut tokens {
        let p = tf.translation.truncate();
        let gap = t.target - p;
        // Tokens at rest are not touched, so their transforms are not recomputed.
        if gap.length_squared() < 0.01 {
            continue;
        }
        let next = if gap.length_squared() < 0.25 {
            t.target
        } else {
            p + gap * k
        };
        tf.translation.x = next.x;
        tf.translation.y = next.y;
        moving = true;
    }
    if moving {
        redraw.write(RequestRedraw);
    }
}

/// Everything the board drew.
type Drawn = Or<(With<Token>, With<Scenery>)>;

/// Off the planning and report screens there is no board.
fn clear(mut commands: Commands, q: Query<Entity, Drawn>, mut area: ResMut<BoardArea>) {
    for e in &q {
        commands.entity(e).despawn();
    }
    area.rect = None;
}

fn on_board(screen: Res<State<Screen>>) -> bool {
    matches!(screen.get(), Screen::Planning | Screen::Report)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<BoardArea>()
        .add_systems(Startup, spawn_camera)
        .add_systems(
            Update,
            (
                // The layout depends only on the run and the board's area.
                sync.run_if(resource_changed::<Session>.or_eager(resource_changed::<BoardArea>)),
                animate,
            )
                .chain()
                .run_if(on_board),
        )
        .add_systems(OnEnter(Screen::Title), clear)
        .add_systems(OnEnter(Screen::Briefing), clear)
        .add_systems(OnEnter(Screen::Debrief), clear);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Health reads by shape as well as by colour: each health has its own.
    #[test]
    fn every_health_has_a_shape_of_its_own() {
        let all = [Health::Healthy, Health::Slow, Health::Stale, Health::Doomed];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(Mark::of(*a), Mark::of(*b), "{a:?} and {b:?} look alike");
            }
        }
    }
}
