//! The phone pages' own small app: the participant's page (`#/doe-mee/…`) and the achterban's
//! page (`#/achterban/…`). The served `index.html` loads this wasm instead of the facilitator's
//! on those addresses (`scripts/post-build.mjs`), so a phone on mobile data downloads only what
//! its page needs: the same library, with everything the facilitator's screens need left out
//! by the linker.
fn main() {
    vitaal_samenwerken::ui::start_phone();
}
