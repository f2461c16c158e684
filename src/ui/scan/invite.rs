//! "Deelnemers uitnodigen": the invitation to a scan as a large QR code for the beamer (the app's
//! own address with the invitation in the fragment, see [`crate::domain::meedoen`]), the address
//! it holds as text, a printable A4 handout, and the participant edition as one file for rooms
//! where phones cannot reach the app's address. A modal dialog: Esc or Sluiten closes it and
//! focus goes back to the button that opened it.

use leptos::prelude::*;

use crate::domain::meedoen::{invitation_payload, invitation_url, Invitation};
use crate::domain::onefile::{self, Unavailable};
use crate::i18n::{fill, t};

use super::super::files;
use super::super::meedoen::embedded_json;
use super::super::qr::{app_address, Address, QrImage};
use super::super::samenwerking::onefile::{edition_html, message};
use super::super::state::{focus_id, use_app_state};
use super::{with_scan, ScanRef};

const OPEN_ID: &str = "deelnemers-uitnodigen";

#[component]
pub fn InviteCard(r: ScanRef) -> impl IntoView {
    let state = use_app_state();
    let dt = t().deelnemer;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = RwSignal::new(false);
    let r = StoredValue::new(r);
    // Made when the dialog opens, from the scan as it is then.
    let invitation = Memo::new(move |_| {
        open.get().then(|| {
            state
                .workspace
                .with_untracked(|ws| with_scan(&r.get_value(), ws, Invitation::for_scan))
        })
    });
    Effect::new(move |_| {
        if open.get() {
            if let Some(d) = dialog.get() {
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
        }
    });
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let on_close = move |_| {
        open.set(false);
        focus_id(OPEN_ID);
    };
    let on_edition = move |_| {
        let Some(Some(inv)) = invitation.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let json = embedded_json(&invitation_payload(&inv));
            let html = edition_html()
                .await
                .and_then(|html| onefile::embed(&html, &json).map_err(|_| Unavailable::NotEdition));
            let name = edition_name(&inv);
            match html.map(|html| files::download(&name, "text/html", &html)) {
                Ok(Ok(())) => state.success(fill(dt.edition_saved, &[("file", &name)])),
                Ok(Err(_)) => state.error(t().onefile.download_failed.to_string()),
                Err(reason) => state.error(message(reason)),
            }
        });
    };
    let on_print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let content = move || {
        let inv = invitation.get()??;
        let address = app_address();
        let url = match &address {
            Address::Web { base, .. } => Some(invitation_url(base, &inv)),
            Address::File => None,
        };
        let alt = fill(dt.invite_qr_alt, &[("scan", &inv.scan_title)]);
        let qr = url.clone().map(|url| {
            view! {
                <div class="invite-code">
                    <QrImage text=url alt=alt.clone() class="invite-qr" id="uitnodiging-qr" />
                </div>
            }
        });
        let local = matches!(address, Address::Web { local: true, .. });
        let is_file = address == Address::File;
        let steps = dt
            .handout_steps
            .iter()
            .map(|s| view! { <li>{*s}</li> })
            .collect_view();
        let handout = url.clone().map(|url| {
            view! {
                <div class="invite-handout" aria-hidden="true">
                    <h2>{dt.invite_title}</h2>
                    <p class="invite-handout-scan">
                        {format!("{} – {}", inv.samenwerking_name, inv.scan_title)}
                    </p>
                    <QrImage text=url.clone() alt=alt class="invite-handout-qr" />
                    <ol>{steps}</ol>
                    <p>{dt.handout_address}</p>
                    <p class="invite-address">{url}</p>
                </div>
            }
        });
        Some(view! {
            <div class="invite-screen">
                {qr} <div class="invite-text">
                    <p class="invite-scan">
                        {format!("{} – {}", inv.samenwerking_name, inv.scan_title)}
                    </p>
                    {url
                        .clone()
                        .map(|url| {
                            view! {
                                <p class="invite-hint">{dt.invite_scan_hint}</p>
                                <p>{dt.invite_address}</p>
                                <p class="invite-address" id="uitnodiging-adres">
                                    {url}
                                </p>
                            }
                        })}
                    {local
                        .then(|| {
                            view! {
                                <p class="notice notice-error" id="uitnodiging-localhost">
                                    {dt.invite_localhost}
                                </p>
                            }
                        })}
                    {is_file
                        .then(|| {
                            view! {
                                <p class="notice notice-error" id="uitnodiging-bestand">
                                    {dt.invite_file}
                                </p>
                            }
                        })}
                    <p class="hint">{dt.invite_private}</p>
                    <div class="invite-actions">
                        {(!is_file)
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        id="uitnodiging-printen"
                                        on:click=on_print
                                    >
                                        {dt.invite_print}
                                    </button>
                                }
                            })}
                    </div>
                    <h3>{dt.edition_heading}</h3>
                    <p class="hint" id="deelnemersversie-uitleg">
                        {dt.edition_intro}
                    </p>
                    <button
                        type="button"
                        id="deelnemersversie"
                        aria-describedby="deelnemersversie-uitleg"
                        on:click=on_edition
                    >
                        {dt.edition_button}
                    </button>
                </div>
            </div>
            {handout}
        })
    };
    view! {
        <section class="card" aria-labelledby="scan-uitnodigen-kop">
            <h2 id="scan-uitnodigen-kop">{dt.invite_heading}</h2>
            <p class="hint">{dt.invite_intro}</p>
            <button
                type="button"
                id=OPEN_ID
                class="primary"
                aria-haspopup="dialog"
                on:click=move |_| open.set(true)
            >
                {dt.invite_button}
            </button>
        </section>
        <dialog
            class="invite-dialog"
            node_ref=dialog
            aria-labelledby="uitnodiging-kop"
            on:close=on_close
        >
            <div class="invite-bar">
                <h2 id="uitnodiging-kop">{dt.invite_title}</h2>
                <button type="button" id="uitnodiging-sluiten" autofocus on:click=move |_| close()>
                    {dt.invite_close}
                </button>
            </div>
            {content}
        </dialog>
    }
}

/// `<scan>-deelnemers.html`, lowercase, dashes only.
fn edition_name(inv: &Invitation) -> String {
    let mut slug = String::new();
    for c in inv.scan_title.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "scan-deelnemers.html".into()
    } else {
        format!("{slug}-deelnemers.html")
    }
}
