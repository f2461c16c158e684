//! The automatic backups of this browser's work: listed with the room storage has left, and put
//! back after a confirmation; and the recovery offer when stored work could not be read. The
//! backups are in IndexedDB (`backup_store`): reading them takes a moment, so the list and a
//! restore show that they are busy, and say so in Dutch when it fails.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::snapshots::{Info, Reason};
use crate::domain::storage::{self, StoreError};
use crate::i18n::{fill, t};

use super::super::backup_store;
use super::super::idb;
use super::super::journal;
use super::super::state::{focus_when_mounted, use_app_state};
use super::format_date;

/// "1,2 MB": a number of bytes the Dutch way (integer arithmetic: no float formatting code in
/// the wasm).
fn size(bytes: f64) -> String {
    let bytes = bytes.max(0.0) as u64;
    let (tenths, unit) = if bytes >= 1_000_000_000 {
        (bytes / 100_000_000, "GB")
    } else if bytes >= 1_000_000 {
        (bytes / 100_000, "MB")
    } else {
        return format!("{} kB", bytes.div_ceil(1000));
    };
    format!(
        "{}{}{} {unit}",
        tenths / 10,
        crate::i18n::decimal_mark(),
        tenths % 10
    )
}

#[component]
pub fn Backups() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    // The list, and the room left (navigator.storage.estimate()), read again whenever a backup
    // was written or the work was replaced.
    let list = RwSignal::new(None::<Result<Vec<Info>, StoreError>>);
    let room = RwSignal::new(None::<Option<(f64, f64)>>);
    let changed = backup_store::changed();
    Effect::new(move |_| {
        changed.track();
        state.epoch.track();
        spawn_local(async move {
            let found = backup_store::list().await;
            list.try_set(Some(found));
            let estimate = idb::estimate().await;
            room.try_set(Some(estimate));
        });
    });
    let asking = RwSignal::new(None::<u64>);
    // The backup being put back (reading it from IndexedDB takes a moment).
    let restoring = RwSignal::new(None::<u64>);
    let restore = move |at: u64| {
        asking.set(None);
        restoring.set(Some(at));
        spawn_local(async move {
            let result = state.restore_snapshot(at).await;
            restoring.try_set(None);
            match result {
                Ok(()) => state.success(t().backup_restored.to_string()),
                Err(message) => state.error(message),
            }
        });
    };
    let rows = move || {
        let Some(Ok(items)) = list.get() else {
            return Vec::new();
        };
        items
            .into_iter()
            .map(|info| {
                let reason = match info.reason {
                    Reason::Import => 0,
                    Reason::Delete => 1,
                    Reason::Restore => 2,
                    Reason::Migration => 3,
                    Reason::Daily => 4,
                };
                let date = format_date(info.at_ms);
                let text = fill(
                    texts.backup_item,
                    &[
                        ("date", &date),
                        ("reason", texts.backup_reasons[reason]),
                        ("names", &info.names.join(", ")),
                    ],
                );
                let at = info.at_ms;
                let confirm = move || {
                    (asking.get() == Some(at)).then(|| {
                        let cancel = NodeRef::<leptos::html::Button>::new();
                        focus_when_mounted(cancel);
                        view! {
                            <div class="confirm" role="group" aria-label=texts.backup_restore>
                                <p>{fill(texts.backup_confirm, &[("date", &date)])}</p>
                                <button type="button" class="danger" on:click=move |_| restore(at)>
                                    {texts.backup_yes}
                                </button>
                                <button
                                    type="button"
                                    node_ref=cancel
                                    on:click=move |_| asking.set(None)
                                >
                                    {texts.cancel}
                                </button>
                            </div>
                        }
                    })
                };
                view! {
                    <li>
                        <span>{text}</span>
                        " "
                        <button
                            type="button"
                            class="small"
                            disabled=move || restoring.get().is_some()
                            on:click=move |_| asking.set(Some(at))
                        >
                            {texts.backup_restore}
                        </button>
                        {move || {
                            (restoring.get() == Some(at))
                                .then(|| {
                                    view! {
                                        <span class="hint busy">{texts.backup_restoring}</span>
                                    }
                                })
                        }}
                        {confirm}
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    let status = move || match list.get() {
        None => Some(texts.backups_loading),
        Some(Err(_)) => Some(texts.backups_list_failed),
        Some(Ok(items)) if items.is_empty() => Some(texts.backups_empty),
        Some(Ok(_)) => None,
    };
    let room_text = move || match room.get() {
        // (A space until the browser answers, so the card does not grow then.)
        None => "\u{a0}".to_string(),
        Some(None) => texts.storage_room_unknown.to_string(),
        Some(Some((used, quota))) => fill(
            texts.storage_room,
            &[
                ("used", &size(used)),
                ("free", &size((quota - used).max(0.0))),
            ],
        ),
    };
    view! {
        <section class="card backups" aria-labelledby="reserve-kop">
            <h2 id="reserve-kop">{texts.backups_heading}</h2>
            <p class="hint">{texts.backups_intro}</p>
            <p class="empty" hidden=move || status().is_none()>
                {move || status().unwrap_or_default()}
            </p>
            <ul class="backup-list" aria-busy=move || restoring.get().is_some().to_string()>
                {rows}
            </ul>
            <p class="hint opslag-ruimte">{room_text}</p>
        </section>
    }
}

/// When stored work could not be read (and was put aside): the good states to go back to, the
/// last saved work (the journal) and the last backup, saying which is newer. Shown in the
/// notice that reports the unreadable data.
#[component]
pub fn Recovery() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let backup = RwSignal::new(None::<Info>);
    // The journal's text (only when it reads as work) and when it was saved.
    let saved = RwSignal::new(None::<(String, Option<u64>)>);
    if state.may_save.get_untracked() {
        spawn_local(async move {
            if let Ok(list) = backup_store::list().await {
                backup.try_set(list.into_iter().next());
            }
        });
        journal::read_saved(move |found| {
            let good = found.filter(|(text, _)| storage::decode(text).is_ok());
            saved.try_set(good);
        });
    }
    let restore_backup = move |at: u64| {
        spawn_local(async move {
            match state.restore_snapshot(at).await {
                Ok(()) => state.success(t().backup_restored.to_string()),
                Err(message) => state.error(message),
            }
        });
    };
    let restore_saved = move || {
        let text = saved.with_untracked(|s| s.as_ref().map(|(text, _)| text.clone()));
        if text.is_some_and(|text| state.restore_saved(&text)) {
            state.success(t().saved_restored.to_string());
        }
    };
    move || {
        let backup_at = backup.with(|b| b.as_ref().map(|b| b.at_ms));
        let saved_at = saved.with(|s| s.as_ref().map(|(_, at)| *at));
        // Which is newer (the journal is written after every save; a record of an older
        // version has no date, and then nothing is claimed).
        let which = match (backup_at, saved_at) {
            (Some(backup), Some(Some(at))) => {
                let template = if at >= backup {
                    texts.saved_is_newer
                } else {
                    texts.backup_is_newer
                };
                let (at, backup) = (format_date(at), format_date(backup));
                Some(fill(template, &[("date", &at), ("backup", &backup)]))
            }
            _ => None,
        };
        let saved_label = saved_at.map(|at| match at {
            Some(at) => fill(texts.saved_restore, &[("date", &format_date(at))]),
            None => texts.saved_restore_undated.to_string(),
        });
        view! {
            {which.map(|which| view! { <p class="recovery-which">{which}</p> })}
            {saved_label
                .map(|label| {
                    view! {
                        <button type="button" id="journaal-terug" on:click=move |_| restore_saved()>
                            {label}
                        </button>
                    }
                })}
            {backup_at
                .map(|at| {
                    view! {
                        <button
                            type="button"
                            id="reservekopie-terug"
                            on:click=move |_| restore_backup(at)
                        >
                            {fill(texts.backup_restore_latest, &[("date", &format_date(at))])}
                        </button>
                    }
                })}
        }
    }
}
