//! "Doe mee met je telefoon": the invitation in the URL fragment and the answer codes that come
//! back by camera (`domain::meedoen`): the basics, property tests over any valid answer and
//! invitation, a hostile set of damaged and forged codes, and the size of a typical code.

#![cfg(not(target_arch = "wasm32"))]

mod basics;
mod forge;
mod hostile;
mod invitations;
mod properties;
mod size;

use vitaal_core::domain::meedoen::{
    answer_codes, invitation_url, read_invitation, CodeError, Invitation, Participation, Received,
    Receiver, INVITE_ROUTE,
};
use vitaal_core::domain::scan::{Response, Scan, Source};
use vitaal_core::domain::{Partner, PartnerKind, Ring, Samenwerking};

const OV: &str = "openheid-en-vertrouwen";

fn samenwerking() -> Samenwerking {
    let mut s = Samenwerking::new("sw-ommen".into(), "Ommen".into(), 1);
    for (i, (name, org)) in [
        ("Anna", "Welzijn Ommen"),
        ("Bert", "Zorggroep"),
        ("Cor", "welzijn ommen"),
        ("Dirk", ""),
    ]
    .iter()
    .enumerate()
    {
        s.partners.push(Partner {
            id: format!("p{i}"),
            name: name.to_string(),
            organisation: org.to_string(),
            kind: PartnerKind::Formeel,
            ring: Ring::Kerngroep,
            joined: String::new(),
            left: String::new(),
        });
    }
    s
}

fn invitation() -> Invitation {
    let sw = samenwerking();
    let scan = Scan::new("scan-1".into(), sw.id.clone(), "Voorjaarsscan".into(), 2);
    Invitation::for_scan(&sw, &scan)
}

fn response(remark: &str) -> Response {
    let mut r = Response::new("r-telefoon-1".into(), Source::File, 5_000);
    r.name = "Meneer Jansen".into();
    r.organisation = "Zorggroep".into();
    r.set(OV, Some(4), remark);
    r.set("gezamenlijk-belang", None, "");
    r
}
