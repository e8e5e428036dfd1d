//! The documents a newcomer reads name files; a move that forgets them fails here.

use std::path::Path;

/// Every `src/…`, `tests/…`, `benches/…` or `assets/…` path named in backticks or
/// bold in the project's documents exists.
#[test]
fn every_path_the_documents_name_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing = Vec::new();
    let mut named = 0;
    for doc in ["ARCHITECTURE.md", "README.md", "scenarios/README.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        for (i, piece) in text.split('`').enumerate() {
            // Odd pieces sit between backticks.
            if i % 2 == 0 {
                continue;
            }
            let path = piece.trim_end_matches('/');
            let is_path = ["src/", "tests/", "benches/", "assets/", "scripts/"]
                .iter()
                .any(|p| path.starts_with(p))
                && !path.contains(' ')
                && !path.contains('*')
                && !path.contains('<');
            if is_path {
                named += 1;
                if !root.join(path).exists() {
                    missing.push(format!("{doc}: {path}"));
                }
            }
        }
    }
    assert!(named > 30, "only {named} paths found: is the parser right?");
    assert!(
        missing.is_empty(),
        "named but missing:\n{}",
        missing.join("\n")
    );
}
