//! Player settings: UI scale, speed of the week animation, hints, language. Kept in
//! `settings.ron`; a damaged settings file falls back to defaults with a notice.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::storage::GameDirs;
use crate::format::{FileError, write_atomic};
use crate::i18n::Lang;
use crate::t;

/// What the player can set in the pause menu.
#[derive(Resource, Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Multiplies the size of every panel and text (0.75..=2.0).
    pub ui_scale: f32,
    /// Seconds the pipeline board takes to move deals after a week resolves.
    pub week_animation: f32,
    /// Show contextual hints in guided scenarios.
    pub hints: bool,
    /// The learning record store finished runs are sent to (a programme's LRS);
    /// `--lrs` on the command line takes precedence.
    pub lrs: Option<LrsSetting>,
    /// The language the game speaks; none until the player picks one (the OS
    /// locale's then). `--lang` on the command line takes precedence.
    pub lang: Option<Lang>,
}

/// The language the game started in: `--lang`, else the setting, else the one the
/// process already speaks (the OS locale's).
#[derive(Resource, Clone, Copy, Debug, PartialEq, Eq)]
pub struct GameLang(pub Lang);

impl GameLang {
    /// `--lang` wins over the setting, the setting over the OS locale (`fallback`).
    pub fn resolve(args: Option<Lang>, setting: Option<Lang>, fallback: Lang) -> GameLang {
        GameLang(args.or(setting).unwrap_or(fallback))
    }
}

/// The settings and the folder their file is kept in, for systems that change them.
#[derive(bevy::ecs::system::SystemParam)]
pub struct SettingsFile<'w> {
    pub settings: ResMut<'w, Settings>,
    pub dirs: Res<'w, GameDirs>,
}

/// A learning record store as the settings file names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LrsSetting {
    /// Its xAPI endpoint, e.g. `http://lrs.example.com/xAPI`.
    pub endpoint: String,
    /// `KEY:SECRET` for HTTP basic auth.
    #[serde(default)]
    pub auth: Option<String>,
    /// The account home page players are recorded under (your LMS's address).
    #[serde(default)]
    pub home_page: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ui_scale: 1.0,
            week_animation: 1.2,
            hints: true,
            lrs: None,
            lang: None,
        }
    }
}

impl Settings {
    /// Keeps values in their ranges, whatever the file said.
    pub fn clamped(mut self) -> Settings {
        self.ui_scale = if self.ui_scale.is_finite() {
            self.ui_scale.clamp(0.75, 2.0)
        } else {
            1.0
        };
        self.week_animation = if self.week_animation.is_finite() {
            self.week_animation.clamp(0.0, 5.0)
        } else {
            1.2
        };
        self
    }

    pub fn load(dirs: &GameDirs) -> (Settings, Option<String>) {
        let path = dirs.settings();
        let Ok(bytes) = crate::scenario::read_limited(&path, 64 * 1024) else {
            return (Settings::default(), None);
        };
        let text = String::from_utf8_lossy(&bytes);
        let name = crate::scenario::shown(&path);
        match crate::scenario::parse_ron::<Settings>(&name, &text) {
            Ok(s) => (s.clamped(), None),
            Err(e) => (
                Settings::default(),
                Some(t!("game-settings-damaged", error = e.to_string())),
            ),
        }
    }

    pub fn save(&self, dirs: &GameDirs) -> Result<(), FileError> {
        let path = dirs.settings();
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
            .map_err(|e| FileError::io(&path, e))?;
        write_atomic(&path, text.as_bytes()).map_err(|e| FileError::io(&path, e))
    }
}

/// The UI zoom one key press moves.
const ZOOM_STEP: f32 = 0.1;

/// Ctrl + / Ctrl − / Ctrl 0 zoom the whole UI in, out, back to 100 %, and the zoom is
/// saved like the pause menu's slider.
fn zoom_keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    mut settings: ResMut<Settings>,
    dirs: Option<Res<GameDirs>>,
    mut notices: ResMut<super::session::Notices>,
) {
    let Some(keys) = keys else { return };
    if !keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]) {
        return;
    }
    let zoom = if keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]) {
        settings.ui_scale + ZOOM_STEP
    } else if keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]) {
        settings.ui_scale - ZOOM_STEP
    } else if keys.any_just_pressed([KeyCode::Digit0, KeyCode::Numpad0]) {
        1.0
    } else {
        return;
    };
    let zoom = ((zoom * 10.0).round() / 10.0).clamp(0.75, 2.0);
    if zoom == settings.ui_scale {
        return;
    }
    settings.ui_scale = zoom;
    if let Some(dirs) = dirs
        && let Err(e) = settings.save(&dirs)
    {
        notices.warn(t!("game-settings-zoom-failed", error = e.to_string()));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<super::session::Notices>()
        .add_systems(Update, zoom_keys);
    let args = app
        .world()
        .get_resource::<crate::game::Launch>()
        .and_then(|l| l.args.lang);
    let Some(dirs) = app.world().get_resource::<GameDirs>().cloned() else {
        app.init_resource::<Settings>()
            .insert_resource(GameLang::resolve(args, None, crate::i18n::lang()));
        return;
    };
    let (settings, problem) = Settings::load(&dirs);
    app.insert_resource(GameLang::resolve(args, settings.lang, crate::i18n::lang()));
    app.insert_resource(settings);
    if let Some(p) = problem {
        app.world_mut()
            .resource_mut::<super::session::Notices>()
            .warn(p);
    }
}
