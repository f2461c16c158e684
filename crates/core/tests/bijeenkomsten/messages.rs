use super::*;
use vitaal_core::i18n::t;

// ---------------------------------------------------------------- 9. messages

fn open(
    ingredient: &str,
    vraag: Checkvraag,
    antwoord: Option<CheckAntwoord>,
    names: &[&str],
) -> OpenCheck {
    OpenCheck {
        ingredient: ingredient.into(),
        vraag,
        antwoord,
        niet_aan_boord: strings(names),
    }
}

#[test]
fn the_confirmation_names_the_ingredient_the_question_and_who_is_not_on_board() {
    let one = [open(
        OPENHEID,
        Checkvraag::Gehoord,
        Some(CheckAntwoord::Nee),
        &["Meneer Jansen"],
    )];
    let (heading, lines) = t().decide_confirmation(&one);
    assert_eq!(heading, "Bij 1 ingrediënt is het gesprek nog niet rond:");
    assert_eq!(
        lines,
        ["Bij Openheid en vertrouwen is nog niet iedereen aan boord: Meneer Jansen."]
    );
    let msg = t().domain_error(&DomainError::Fase(FaseError::NeedsConfirmation {
        open: one.to_vec(),
    }));
    assert_eq!(
        msg,
        "Bij 1 ingrediënt is het gesprek nog niet rond: Bij Openheid en vertrouwen is nog niet iedereen aan boord: Meneer Jansen. Besluit pas als alles besproken is en iedereen gehoord en aan boord is. Toch naar Besluitvorming?"
    );
    assert_eq!(
        msg,
        t().phase_error(&FaseError::NeedsConfirmation { open: one.to_vec() })
    );

    // Two ingrediënten, three lines: a plural heading, one line per open checkvraag.
    let several = [
        open(
            OPENHEID,
            Checkvraag::Besproken,
            Some(CheckAntwoord::Nee),
            &[],
        ),
        open(OPENHEID, Checkvraag::Gehoord, None, &[]),
        open(
            TIJD,
            Checkvraag::Gehoord,
            Some(CheckAntwoord::Nee),
            &["Anna", "Bert", "Cor"],
        ),
    ];
    let (heading, lines) = t().decide_confirmation(&several);
    assert_eq!(heading, "Bij 2 ingrediënten is het gesprek nog niet rond:");
    assert_eq!(
        lines,
        [
            "Bij Openheid en vertrouwen is „Hebben we het hier over gehad?” beantwoord met „nee”.",
            "Bij Openheid en vertrouwen is „Is iedereen gehoord en aan boord?” nog niet beantwoord.",
            "Bij Voldoende tijd is nog niet iedereen aan boord: Anna, Bert en Cor.",
        ]
    );
    assert!(!lines.concat().contains("besluiten genomen"));
}

#[test]
fn names_are_listed_the_dutch_way() {
    assert_eq!(t().list(&[]), "");
    assert_eq!(t().list(&strings(&["Anna"])), "Anna");
    assert_eq!(t().list(&strings(&["Anna", "Bert"])), "Anna en Bert");
    assert_eq!(
        t().list(&strings(&["Anna", "Bert", "Cor"])),
        "Anna, Bert en Cor"
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
            open: vec![open(OPENHEID, Checkvraag::Besproken, None, &[])],
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
