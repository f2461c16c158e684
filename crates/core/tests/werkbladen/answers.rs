use super::*;
use vitaal_core::domain::validate;
use vitaal_core::domain::werkblad::{
    actie_nodig, check_answer, eisenhower, product, product_max, progress, AnswerError, BlockKind,
    Flag, Key, Kwadrant, NIVEAUS, SCALE_MAX,
};

// ---- answer keys ----

/// A werkblad of `template` with these answers and no rows.
fn sheet(template: &str, answers: &[(&str, &str)]) -> Werkblad {
    let mut w = Werkblad::new("wb-1".into(), template.into(), "Blad".into(), 1);
    w.answers = answers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    w
}

#[test]
fn keys_are_written_and_read_back() {
    let cases = [
        (Key::new("vierluik", "waartoe", None), "vierluik.waartoe"),
        (
            Key::note("ambitie", "doen", None),
            "ambitie.doen.toelichting",
        ),
        (
            Key::new("checklist", "prioriteit", Some("p-1")),
            "checklist.prioriteit@p-1",
        ),
        (
            Key::note("checklist", "prioriteit", Some("p-1")),
            "checklist.prioriteit.toelichting@p-1",
        ),
        (Key::niveau("kaart", "p-1"), "kaart.niveau@p-1"),
    ];
    for (key, text) in cases {
        assert_eq!(key.text(), text);
        assert_eq!(Key::parse(text), Some(key));
    }
    let key = Key::parse("checklist.prioriteit.toelichting@p-1").unwrap();
    assert_eq!(
        (
            key.block.as_str(),
            key.item.as_str(),
            key.note,
            key.partner.as_deref()
        ),
        ("checklist", "prioriteit", true, Some("p-1"))
    );
    // An item may be called "toelichting" itself; its note then has the word twice.
    let odd = Key::note("b", "toelichting", None);
    assert_eq!(odd.text(), "b.toelichting.toelichting");
    assert_eq!(Key::parse(&odd.text()), Some(odd));
}

#[test]
fn bad_keys_are_refused() {
    let long = "x".repeat(validate::MAX_ID_CHARS + 1);
    for text in [
        "",
        "a",
        "a.",
        ".b",
        "a.b.c",
        "a.b@",
        "A.b",
        "a.B",
        "a.b@P-1",
        "a.b.toelichting.x",
        "a.b.toelichting.toelichting.toelichting",
        "a.b.Toelichting",
        "a.b@p@q",
        "a.b@p.q",
        "a b.c",
        "a.b.toelichting@",
        "@p",
        &format!("a.{long}"),
        &format!("a.b@{long}"),
    ] {
        assert_eq!(Key::parse(text), None, "{text:?}");
    }
}

// ---- what an answer may be ----

#[test]
fn checklist_answers_are_ja_or_nee_per_partner() {
    let t = template("willen-kunnen");
    let key = Key::new("checklist", "prioriteit", Some("p-1"));
    for ok in ["ja", "nee", ""] {
        assert_eq!(check_answer(t, &key, ok), Ok(()), "{ok:?}");
    }
    for bad in ["Ja", "NEE", "misschien", "1", " ja"] {
        assert_eq!(
            check_answer(t, &key, bad),
            Err(AnswerError::BadValue),
            "{bad:?}"
        );
    }
    // A per-partner question needs a partner, even to clear it.
    let nobody = Key::new("checklist", "prioriteit", None);
    assert_eq!(check_answer(t, &nobody, "ja"), Err(AnswerError::Partner));
    assert_eq!(check_answer(t, &nobody, ""), Err(AnswerError::Partner));
    // Notes take any text.
    let note = Key::note("checklist", "prioriteit", Some("p-1"));
    assert_eq!(check_answer(t, &note, "Na de zomer."), Ok(()));
    let unknown = Key::new("checklist", "bestaat-niet", Some("p-1"));
    assert_eq!(
        check_answer(t, &unknown, "ja"),
        Err(AnswerError::UnknownKey)
    );
    let unknown = Key::new("bestaat-niet", "prioriteit", Some("p-1"));
    assert_eq!(
        check_answer(t, &unknown, "ja"),
        Err(AnswerError::UnknownKey)
    );
}

#[test]
fn scale_answers_are_one_to_five() {
    let t = template("visievierluik");
    let key = Key::new("ambitie", "belofte", None);
    for n in 1..=SCALE_MAX {
        assert_eq!(check_answer(t, &key, &n.to_string()), Ok(()), "{n}");
    }
    assert_eq!(check_answer(t, &key, ""), Ok(()));
    for bad in [
        "0", "6", "10", " 3", "3 ", "03", "+3", "-1", "3.0", "drie", "٣",
    ] {
        assert_eq!(
            check_answer(t, &key, bad),
            Err(AnswerError::BadValue),
            "{bad:?}"
        );
    }
    assert_eq!(
        check_answer(t, &Key::new("ambitie", "belofte", Some("p-1")), "3"),
        Err(AnswerError::Partner)
    );
    assert_eq!(
        check_answer(t, &Key::note("ambitie", "doen", None), "Nog weinig tijd."),
        Ok(())
    );
    // Paradoxen: a scale without a product.
    let t = template("paradoxen");
    let key = Key::new("dilemmas", "proces-of-inhoud", None);
    assert_eq!(check_answer(t, &key, "5"), Ok(()));
    assert_eq!(check_answer(t, &key, "6"), Err(AnswerError::BadValue));
}

#[test]
fn open_questions_take_any_text_and_have_no_notes() {
    let t = template("visievierluik");
    let key = Key::new("vierluik", "waartoe", None);
    for text in [
        "Zodat ouderen thuis kunnen wonen.",
        "ja",
        "7",
        "leeftijd < 65",
    ] {
        assert_eq!(check_answer(t, &key, text), Ok(()), "{text}");
    }
    assert_eq!(
        check_answer(t, &Key::note("vierluik", "waartoe", None), "x"),
        Err(AnswerError::UnknownKey)
    );
    // Per partner in the startvragen.
    let t = template("startvragen");
    assert_eq!(
        check_answer(
            t,
            &Key::new("startvragen", "core-business", Some("p-1")),
            "Zorg"
        ),
        Ok(())
    );
    assert_eq!(
        check_answer(t, &Key::new("startvragen", "core-business", None), "Zorg"),
        Err(AnswerError::Partner)
    );
    assert_eq!(
        check_answer(
            t,
            &Key::new("eerste-bijeenkomst", "ongemakkelijk", Some("p-1")),
            "x"
        ),
        Err(AnswerError::Partner)
    );
}

#[test]
fn choices_and_rules_are_only_ticked() {
    let t = template("waarom");
    let key = Key::new("vijf-s", "slagkracht", Some("p-1"));
    assert_eq!(check_answer(t, &key, "ja"), Ok(()));
    assert_eq!(check_answer(t, &key, ""), Ok(()));
    for bad in ["nee", "Ja", "1"] {
        assert_eq!(
            check_answer(t, &key, bad),
            Err(AnswerError::BadValue),
            "{bad}"
        );
    }
    assert_eq!(
        check_answer(
            t,
            &Key::note("vijf-s", "slagkracht", Some("p-1")),
            "Samen sterker."
        ),
        Ok(())
    );
    let t = template("spelregels");
    let key = Key::new("spelregels", "macht", None);
    assert_eq!(check_answer(t, &key, "ja"), Ok(()));
    assert_eq!(check_answer(t, &key, "nee"), Err(AnswerError::BadValue));
    assert_eq!(
        check_answer(t, &Key::note("spelregels", "macht", None), "x"),
        Err(AnswerError::UnknownKey)
    );
    assert_eq!(
        check_answer(t, &Key::new("spelregels", "macht", Some("p-1")), "ja"),
        Err(AnswerError::Partner)
    );
}

#[test]
fn notes_exist_only_beside_choices_checklists_and_scales() {
    for t in werkblad::templates() {
        for b in &t.blocks {
            let expected = matches!(
                b.kind,
                BlockKind::Keuzes | BlockKind::Checklist | BlockKind::Schaal
            );
            assert_eq!(b.has_notes(), expected, "{}/{}", t.id, b.id);
            let partner = b.per_partner.then_some("p-1");
            for i in &b.items {
                let note = Key::note(&b.id, &i.id, partner);
                let result = check_answer(t, &note, "Een toelichting.");
                if expected {
                    assert_eq!(result, Ok(()), "{}", note.text());
                } else {
                    assert_eq!(result, Err(AnswerError::UnknownKey), "{}", note.text());
                }
            }
        }
    }
}

#[test]
fn the_route_block_and_topics_store_no_answers() {
    let t = template("routes");
    for route in Route::ALL {
        let key = Key::new("route", route.id(), None);
        assert_eq!(check_answer(t, &key, "ja"), Err(AnswerError::BadValue));
        assert_eq!(check_answer(t, &key, ""), Ok(()));
    }
    let t = template("eisenhower");
    assert_eq!(
        check_answer(t, &Key::new("onderwerpen", "r-1", None), "ja"),
        Err(AnswerError::UnknownKey)
    );
}

#[test]
fn the_partnerkaart_takes_a_level_per_partner() {
    let t = template("partnerkaart");
    let key = Key::niveau("kaart", "p-1");
    for ok in NIVEAUS.iter().chain([&""]) {
        assert_eq!(check_answer(t, &key, ok), Ok(()), "{ok}");
    }
    assert_eq!(NIVEAUS, ["strategisch", "tactisch", "operationeel"]);
    for bad in ["Strategisch", "kerngroep", "ja", "1"] {
        assert_eq!(
            check_answer(t, &key, bad),
            Err(AnswerError::BadValue),
            "{bad}"
        );
    }
    assert_eq!(
        check_answer(t, &Key::new("kaart", "niveau", None), "tactisch"),
        Err(AnswerError::Partner)
    );
    for other in [
        Key::new("kaart", "ring", Some("p-1")),
        Key::note("kaart", "niveau", Some("p-1")),
    ] {
        assert_eq!(
            check_answer(t, &other, "tactisch"),
            Err(AnswerError::UnknownKey)
        );
    }
    // The rest of the worksheet is ordinary questions.
    assert_eq!(
        check_answer(
            t,
            &Key::new("aanvullen", "wie-ontbreekt", None),
            "De huisarts."
        ),
        Ok(())
    );
}

// ---- what the answers say ----

#[test]
fn actie_nodig_flags_every_question_not_answered_ja_per_partner_in_order() {
    let t = template("willen-kunnen");
    let partners = [partner("p-a", "Anna"), partner("p-b", "Bert")];
    let mut answers: Vec<(String, String)> = Vec::new();
    for b in &t.blocks {
        for i in &b.items {
            answers.push((format!("{}.{}@p-a", b.id, i.id), "ja".into()));
        }
    }
    let mut w = sheet("willen-kunnen", &[]);
    w.answers = answers.into_iter().collect();
    w.answers
        .insert("checklist.noodzaak@p-a".into(), "nee".into());
    for i in ["prioriteit", "vaardigheden"] {
        w.answers.insert(format!("checklist.{i}@p-b"), "ja".into());
    }
    w.answers
        .insert("ruime-blik.rollen-ander@p-b".into(), "nee".into());
    // A note alone is no answer, and answers about others are not asked.
    w.answers.insert(
        "ruime-blik.waarde-lange-termijn.toelichting@p-b".into(),
        "Weet ik nog niet.".into(),
    );
    w.answers
        .insert("checklist.noodzaak@p-weg".into(), "nee".into());

    let flags = actie_nodig(t, &w, &partners);
    let flag = |block: &str, item: &str, partner: &str, nee: bool| Flag {
        block: block.into(),
        item: item.into(),
        partner: Some(partner.into()),
        nee,
    };
    let mut expected = vec![
        flag("ruime-blik", "rollen-ander", "p-b", true),
        flag("ruime-blik", "waarde-lange-termijn", "p-b", false),
        flag("ruime-blik", "spelregels-groep", "p-b", false),
        flag("checklist", "noodzaak", "p-a", true),
    ];
    // Bert answered two of the nine in the checklist.
    for i in &t.block("checklist").unwrap().items {
        if !["prioriteit", "vaardigheden"].contains(&i.id.as_str()) {
            expected.push(flag("checklist", &i.id, "p-b", false));
        }
    }
    assert_eq!(flags, expected);
    assert_eq!(flags.len(), 4 + 7);

    // Nobody to ask, nothing flagged; no checklist, nothing flagged.
    assert_eq!(actie_nodig(t, &w, &[]), []);
    assert_eq!(
        actie_nodig(
            template("visievierluik"),
            &sheet("visievierluik", &[]),
            &partners
        ),
        []
    );
    // With nothing answered, everything is flagged as unanswered.
    let empty = actie_nodig(t, &sheet("willen-kunnen", &[]), &partners[..1]);
    assert_eq!(empty.len(), 12);
    assert!(empty.iter().all(|f| !f.nee));
}

#[test]
fn quadrants_follow_urgent_and_belangrijk() {
    let cases = [
        (true, true, Kwadrant::Doen, true),
        (false, true, Kwadrant::Plannen, true),
        (true, false, Kwadrant::Delegeren, false),
        (false, false, Kwadrant::Laten, false),
    ];
    for (urgent, belangrijk, kwadrant, on_agenda) in cases {
        assert_eq!(Kwadrant::of(&rij("r", "x", urgent, belangrijk)), kwadrant);
        assert_eq!(kwadrant.on_agenda(), on_agenda);
    }
    assert_eq!(
        Kwadrant::ALL,
        [
            Kwadrant::Doen,
            Kwadrant::Plannen,
            Kwadrant::Delegeren,
            Kwadrant::Laten
        ]
    );
    assert!(Kwadrant::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn eisenhower_orders_by_quadrant_and_keeps_the_order_within_one() {
    let mut w = sheet("eisenhower", &[]);
    w.rows = vec![
        rij("r-1", "Logo", false, false),
        rij("r-2", "Vrijwilligers werven", true, true),
        rij("r-3", "Spelregels", false, true),
        rij("r-4", "Nieuwsbrief", true, false),
        rij("r-5", "Huisartsen", true, true),
        rij("r-6", "", false, true),
        rij("r-7", "  \n ", true, true),
        rij("r-8", "Website", false, false),
        rij("r-9", "Vervoer", false, true),
        Rij {
            block: "ander-blok".into(),
            ..rij("r-10", "Elders", true, true)
        },
    ];
    let list: Vec<(Kwadrant, &str)> = eisenhower(&w, "onderwerpen")
        .into_iter()
        .map(|(k, r)| (k, r.id.as_str()))
        .collect();
    assert_eq!(
        list,
        [
            (Kwadrant::Doen, "r-2"),
            (Kwadrant::Doen, "r-5"),
            (Kwadrant::Plannen, "r-3"),
            (Kwadrant::Plannen, "r-9"),
            (Kwadrant::Delegeren, "r-4"),
            (Kwadrant::Laten, "r-1"),
            (Kwadrant::Laten, "r-8"),
        ]
    );
    assert_eq!(eisenhower(&w, "bestaat-niet"), []);
    assert_eq!(eisenhower(&sheet("eisenhower", &[]), "onderwerpen"), []);
}

#[test]
fn ambitie_is_the_product_of_the_scores() {
    let t = template("visievierluik");
    let block = t.block("ambitie").unwrap();
    assert_eq!(product_max(block), 125);
    let full = sheet(
        "visievierluik",
        &[
            ("ambitie.belofte", "4"),
            ("ambitie.commitment", "3"),
            ("ambitie.doen", "2"),
            ("ambitie.doen.toelichting", "Nog weinig tijd."),
        ],
    );
    assert_eq!(product(block, &full, None), Some(24));
    // Scores are for the group, not per partner.
    assert_eq!(product(block, &full, Some("p-1")), None);
    let missing = sheet(
        "visievierluik",
        &[("ambitie.belofte", "4"), ("ambitie.doen", "2")],
    );
    assert_eq!(product(block, &missing, None), None);
    let top = sheet(
        "visievierluik",
        &[
            ("ambitie.belofte", "5"),
            ("ambitie.commitment", "5"),
            ("ambitie.doen", "5"),
        ],
    );
    assert_eq!(product(block, &top, None), Some(product_max(block)));
    // A value that is no score (only a damaged werkblad has one) counts as missing.
    let bad = sheet(
        "visievierluik",
        &[
            ("ambitie.belofte", "6"),
            ("ambitie.commitment", "1"),
            ("ambitie.doen", "1"),
        ],
    );
    assert_eq!(product(block, &bad, None), None);

    let dilemmas = template("paradoxen").block("dilemmas").unwrap();
    assert_eq!(product_max(dilemmas), 390_625);
    let topics = template("eisenhower").block("onderwerpen").unwrap();
    assert_eq!(product(topics, &full, None), None);
    assert_eq!(product_max(topics), 1);
}

#[test]
fn progress_counts_questions_per_partner_and_lists_as_one() {
    let mut s = Samenwerking::new("sw-1".into(), "Dorpsstad".into(), 1);
    s.partners = vec![partner("p-a", "Anna"), partner("p-b", "Bert")];

    // Willen-kunnen: (3 + 9) checklist questions for each of the 2 partners.
    let t = template("willen-kunnen");
    assert_eq!(progress(t, &sheet("willen-kunnen", &[]), &s), (0, 24));
    let w = sheet(
        "willen-kunnen",
        &[
            ("ruime-blik.rollen-ander@p-a", "ja"),
            ("ruime-blik.rollen-ander@p-b", "nee"),
            ("checklist.prioriteit@p-a", "ja"),
            ("checklist.prioriteit.toelichting@p-b", "Na de zomer."),
            ("checklist.prioriteit@p-weg", "ja"),
        ],
    );
    assert_eq!(progress(t, &w, &s), (3, 24));

    // Waarom: each list of choices is one question per partner, plus two open questions.
    let t = template("waarom");
    assert_eq!(progress(t, &sheet("waarom", &[]), &s), (0, 6));
    let w = sheet(
        "waarom",
        &[
            ("vijf-s.slagkracht@p-a", "ja"),
            ("vijf-s.steun@p-a", "ja"),
            ("motieven.moreel.toelichting@p-b", "Het hoort zo."),
            ("doel.welk-doel", "Niemand alleen."),
        ],
    );
    assert_eq!(progress(t, &w, &s), (2, 6));

    // Spelregels: the rules are one question, answered by a tick or an own rule.
    let t = template("spelregels");
    let mut w = sheet("spelregels", &[]);
    assert_eq!(progress(t, &w, &s), (0, 4));
    w.rows.push(Rij {
        block: "spelregels".into(),
        ..rij("r-1", "We bellen elkaar eerst.", false, false)
    });
    assert_eq!(progress(t, &w, &s), (1, 4));

    // Eisenhower: answered once there is a topic.
    let t = template("eisenhower");
    let mut w = sheet("eisenhower", &[]);
    assert_eq!(progress(t, &w, &s), (0, 1));
    w.rows.push(rij("r-1", "Vervoer", false, false));
    assert_eq!(progress(t, &w, &s), (1, 1));

    // Partnerkaart: a level per partner, plus three questions.
    let t = template("partnerkaart");
    let w = sheet(
        "partnerkaart",
        &[
            ("kaart.niveau@p-b", "tactisch"),
            ("kaart.niveau@p-weg", "strategisch"),
        ],
    );
    assert_eq!(progress(t, &w, &s), (1, 5));

    // Routes: the samenwerking's route, plus the eleven werkzame elementen.
    let t = template("routes");
    let w = sheet(
        "routes",
        &[("werkzame-elementen.delen-en-vieren", "Samen eten.")],
    );
    assert_eq!(progress(t, &w, &s), (1, 12));
    s.route = Some(Route::SamenOptrekken);
    assert_eq!(progress(t, &w, &s), (2, 12));

    // Visievierluik: notes do not count.
    let t = template("visievierluik");
    let w = sheet(
        "visievierluik",
        &[("ambitie.doen.toelichting", "x"), ("ambitie.doen", "2")],
    );
    assert_eq!(progress(t, &w, &s), (1, 7));

    // Without partners, per-partner questions are not asked at all.
    s.partners.clear();
    assert_eq!(
        progress(template("willen-kunnen"), &sheet("willen-kunnen", &[]), &s),
        (0, 0)
    );
    assert_eq!(
        progress(template("waarom"), &sheet("waarom", &[]), &s),
        (0, 2)
    );
}
