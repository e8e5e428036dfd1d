//! Before opening a window: is there a display? A headless machine gets a clear
//! message pointing to the CLI instead of a panic deep inside the windowing code.

use std::path::Path;

/// What works without a window, and how to get one on a headless machine.
fn headless_help() -> String {
    crate::t!("game-display-headless-help")
}

/// Checks that a window can be opened: an X11 display whose socket exists, or a
/// Wayland display.
pub fn check() -> Result<(), String> {
    let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty());
    let x11 = std::env::var("DISPLAY").ok().filter(|v| !v.is_empty());
    if cfg!(not(target_os = "linux")) || wayland {
        return Ok(());
    }
    match x11 {
        None => Err(format!(
            "{}\n{}",
            crate::t!("game-display-none"),
            headless_help()
        )),
        Some(d) => match local_socket(&d) {
            Some(sock) if !Path::new(&sock).exists() => Err(format!(
                "{}\n{}",
                crate::t!("game-display-no-server", display = d, socket = sock),
                headless_help()
            )),
            _ => Ok(()),
        },
    }
}

/// The Unix socket of a local X display such as `:99` or `:0.0`; `None` for remote
/// displays (`host:0`), which we cannot check cheaply.
fn local_socket(display: &str) -> Option<String> {
    let rest = display.strip_prefix(':')?;
    let number: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    (!number.is_empty()).then(|| format!("/tmp/.X11-unix/X{number}"))
}

/// Renderer failures (no GPU, no Vulkan driver) panic inside Bevy; add a sentence a
/// user can act on before the panic message.
pub fn explain_renderer_failures() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info.to_string();
        if text.contains("adapter") || text.contains("wgpu") || text.contains("Vulkan") {
            eprintln!(
                "{}\n{}",
                crate::t!("game-display-no-renderer"),
                headless_help()
            );
        }
        default(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::local_socket;

    #[test]
    fn local_displays_map_to_their_socket() {
        assert_eq!(local_socket(":99").as_deref(), Some("/tmp/.X11-unix/X99"));
        assert_eq!(local_socket(":0.0").as_deref(), Some("/tmp/.X11-unix/X0"));
        assert_eq!(local_socket("host:0"), None);
    }
}
