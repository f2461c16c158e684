use super::*;
use vitaal_core::i18n::t;

// ---------------------------------------------------------------- 9. messages

#[test]
fn the_confirmation_message_names_nee_besluitvorming_and_the_count() {
    let msg = t().domain_error(&DomainError::Fase(FaseError::NeedsConfirmation {
        open: strings(&[OPENHEID, TIJD]),
    }));
    assert!(msg.contains("„nee”"), "{msg}");
    assert!(msg.contains("Besluitvorming"), "{msg}");
    assert!(msg.contains('2'), "{msg}");
    assert!(msg.ends_with('?'), "{msg}");
    assert_eq!(
        msg,
        t().phase_error(&FaseError::NeedsConfirmation {
            open: strings(&[OPENHEID, TIJD]),
        })
    );
}

#[test]
fn every_meeting_error_has_a_dutch_sentence() {
    let errors = [
        DomainError::BadDate,
        DomainError::Minutes { max: 480 },
        DomainError::UnknownIngredient,
        DomainError::Fase(FaseError::NotStarted),
        DomainError::Fase(FaseError::AlreadyFinished),
        DomainError::Fase(FaseError::AtLastFase),
        DomainError::Fase(FaseError::AtFirstFase),
        DomainError::Fase(FaseError::NeedsConfirmation {
            open: strings(&[OPENHEID]),
        }),
        DomainError::MeetingStarted,
        DomainError::TooManyBijeenkomsten { max: 500 },
        DomainError::TooManyActies { max: 2_000 },
        DomainError::ActieWithoutWat,
        DomainError::Empty(Field::Besluit),
        DomainError::Markup(Field::Note),
        DomainError::TooLong {
            field: Field::AchterbanVragen,
            max: 2_000,
        },
        DomainError::ControlCharacters(Field::ActieWanneer),
    ];
    let mut seen = Vec::new();
    for e in &errors {
        let msg = t().domain_error(e);
        assert!(!msg.trim().is_empty(), "{e:?}");
        assert!(msg.ends_with('.') || msg.ends_with('?'), "{e:?}: {msg}");
        assert!(!msg.contains('{'), "unfilled placeholder in {e:?}: {msg}");
        assert!(!seen.contains(&msg), "{e:?} repeats another message: {msg}");
        seen.push(msg);
    }
    assert!(t()
        .domain_error(&DomainError::Minutes { max: 480 })
        .contains("480"));
    assert!(t()
        .domain_error(&DomainError::Markup(Field::Note))
        .starts_with("De aantekening"));
    assert!(t()
        .domain_error(&DomainError::Empty(Field::Besluit))
        .contains("het besluit"));
}
