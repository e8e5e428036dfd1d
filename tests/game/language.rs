//! The game's language: the player's choice is kept in the settings file, and
//! `--lang` on the command line wins over it. Headless: the tests read the language
//! the game chose ([`GameLang`]) rather than setting the process's, so tests running
//! beside them keep speaking English.

use std::path::Path;

use bevy::prelude::*;
use pitcrew::game::logic::settings::{GameLang, Settings};
use pitcrew::game::logic::storage::GameDirs;
use pitcrew::i18n::Lang;

/// The logic plugins headless on the game folder `home`, with `--lang` if given.
fn app(home: &Path, lang: Option<Lang>) -> App {
    let launch = pitcrew::game::Launch {
        args: pitcrew::options::GameArgs {
            lang,
            ..Default::default()
        },
        started: None,
    };
    pitcrew::game::logic::headless(home, Some(launch))
}

fn game_lang(app: &App) -> Lang {
    app.world().resource::<GameLang>().0
}

#[test]
fn the_language_setting_is_saved_and_loaded_and_lang_wins_over_it() {
    let home = tempfile::tempdir().unwrap();
    let dirs = GameDirs {
        home: home.path().to_path_buf(),
    };
    // The player picks German: the setting is saved with the others.
    {
        let mut app = app(home.path(), None);
        assert_eq!(app.world().resource::<Settings>().lang, None);
        let mut settings = app.world_mut().resource_mut::<Settings>();
        settings.lang = Some(Lang::De);
        settings.save(&dirs).unwrap();
    }
    let text = std::fs::read_to_string(dirs.settings()).unwrap();
    assert!(text.contains("De"), "{text}");
    // The next game starts in German without --lang...
    let app_de = app(home.path(), None);
    assert_eq!(app_de.world().resource::<Settings>().lang, Some(Lang::De));
    assert_eq!(game_lang(&app_de), Lang::De);
    // ...and in English with --lang en, which leaves the setting as it was.
    let app_en = app(home.path(), Some(Lang::En));
    assert_eq!(game_lang(&app_en), Lang::En);
    assert_eq!(app_en.world().resource::<Settings>().lang, Some(Lang::De));
}

#[test]
fn an_old_settings_file_without_a_language_still_loads() {
    let home = tempfile::tempdir().unwrap();
    let dirs = GameDirs {
        home: home.path().to_path_buf(),
    };
    dirs.create();
    std::fs::write(
        dirs.settings(),
        "(ui_scale: 1.5, week_animation: 1.2, hints: false, lrs: None)",
    )
    .unwrap();
    let (settings, problem) = Settings::load(&dirs);
    assert_eq!(problem, None);
    assert_eq!(settings.ui_scale, 1.5);
    assert_eq!(settings.lang, None);
    // No setting and no --lang: the language the process already speaks.
    assert_eq!(GameLang::resolve(None, None, Lang::De), GameLang(Lang::De));
    assert_eq!(
        GameLang::resolve(Some(Lang::En), Some(Lang::De), Lang::De),
        GameLang(Lang::En)
    );
}
