//! The Fluent messages are embedded at build time (`i18n`): a changed `.ftl` file must
//! rebuild the crate, which the loader's macro alone does not tell cargo.
fn main() {
    println!("cargo::rerun-if-changed=assets/locales");
}
