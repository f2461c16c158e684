//! The automatic backups of this browser's work: listed, and put back after a confirmation.

use leptos::prelude::*;

use crate::domain::snapshots::{self, Reason};
use crate::i18n::{fill, t};

use super::super::state::{focus_when_mounted, use_app_state};
use super::super::storage::LocalStore;
use super::format_date;

#[component]
pub fn Backups() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    // Re-read after every change of the workspace (a backup may have been made).
    let list = Memo::new(move |_| {
        state.workspace.track();
        snapshots::list(&LocalStore)
    });
    let asking = RwSignal::new(None::<u64>);
    let rows = move || {
        list.get()
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
                                <button
                                    type="button"
                                    class="danger"
                                    on:click=move |_| {
                                        asking.set(None);
                                        if state.restore_snapshot(at) {
                                            state.success(texts.backup_restored.to_string());
                                        }
                                    }
                                >
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
                        <button type="button" class="small" on:click=move |_| asking.set(Some(at))>
                            {texts.backup_restore}
                        </button>
                        {confirm}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card backups" aria-labelledby="reserve-kop">
            <h2 id="reserve-kop">{texts.backups_heading}</h2>
            <p class="hint">{texts.backups_intro}</p>
            <p class="empty" hidden=move || !list.with(Vec::is_empty)>
                {texts.backups_empty}
            </p>
            <ul class="backup-list">{rows}</ul>
        </section>
    }
}
