use super::*;

// ---------------------------------------------------------------- 8. achterban groups

#[test]
fn achterban_groups_are_distinct_organisations_in_partner_order() {
    let mut w = ws();
    for p in [
        partner(
            "p-4",
            "Dina",
            "Gemeente Dorpsstad",
            PartnerKind::Formeel,
            Ring::Kerngroep,
        ),
        partner(
            "p-5",
            "",
            "Zorggroep Oost",
            PartnerKind::Formeel,
            Ring::VrijeRuimte,
        ),
        partner(
            "p-6",
            "Eva",
            "",
            PartnerKind::InwonerOudere,
            Ring::VrijeRuimte,
        ),
    ] {
        w.apply(
            Command::AddPartner {
                samenwerking: SW.into(),
                partner: p,
            },
            2_000,
        )
        .unwrap();
    }
    assert_eq!(
        sw(&w).achterban_groups(),
        strings(&[
            "Gemeente Dorpsstad",
            "Welzijn Noord",
            "Cor",
            "Zorggroep Oost",
            "Eva"
        ])
    );
    w.apply(
        Command::RemovePartner {
            samenwerking: SW.into(),
            partner: "p-1".into(),
        },
        3_000,
    )
    .unwrap();
    // Dina now represents the gemeente, so it moves to her place in the partner order.
    assert_eq!(
        sw(&w).achterban_groups(),
        strings(&[
            "Welzijn Noord",
            "Cor",
            "Gemeente Dorpsstad",
            "Zorggroep Oost",
            "Eva"
        ])
    );
}
