//! Keeping the participant's answers on the phone, as they are typed: in local storage under a
//! key of their own per scan (`vitaal-samenwerken:deelname:<samenwerking>/<scan>`), through the
//! same adapter as the workspace, but never under the workspace's keys. A failed write is said
//! in the page's notice area; the answers stay on screen.

use crate::domain::meedoen::{read_participation, Invitation, Participation};
use crate::domain::storage::{KeyValueStore, StoreError};

use super::super::state::{new_id, now_ms};
use super::super::storage::LocalStore;

/// Every key of a participation starts with this.
pub const KEY_PREFIX: &str = "vitaal-samenwerken:deelname:";
/// Where the participant was (the step), apart from the answers.
pub const STEP_PREFIX: &str = "vitaal-samenwerken:deelname-stap:";

pub fn key(invitation: &Invitation) -> String {
    format!("{KEY_PREFIX}{}", invitation.key())
}

fn step_key(invitation: &Invitation) -> String {
    format!("{STEP_PREFIX}{}", invitation.key())
}

/// The kept participation for this invitation (with the invitation as it is now: the
/// facilitator may have renamed the scan), or a new one with a fresh, stable response id.
/// `Err` when storage could not be read (then the page works from memory).
pub fn load(invitation: &Invitation) -> (Participation, usize, Result<(), StoreError>) {
    let fresh = || Participation::new(invitation.clone(), new_id("dn"), now_ms());
    let step = LocalStore
        .get(&step_key(invitation))
        .ok()
        .flatten()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    match LocalStore.get(&key(invitation)) {
        Ok(Some(text)) => match read_participation(&text) {
            Some(p) if p.invitation.key() == invitation.key() => (
                Participation {
                    invitation: invitation.clone(),
                    ..p
                },
                step,
                Ok(()),
            ),
            _ => (fresh(), 0, Ok(())),
        },
        Ok(None) => (fresh(), 0, Ok(())),
        Err(e) => (fresh(), 0, Err(e)),
    }
}

/// Writes the participation; `Err` when the browser refused.
pub fn save(p: &Participation) -> Result<(), StoreError> {
    let text = serde_json::to_string(p).map_err(|e| StoreError::Other(e.to_string()))?;
    LocalStore.set(&key(&p.invitation), &text)
}

pub fn save_step(invitation: &Invitation, step: usize) {
    let _ = LocalStore.set(&step_key(invitation), &step.to_string());
}
