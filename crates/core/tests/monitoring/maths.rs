use super::*;

#[test]
fn numbers_are_read_as_typed_and_written_exactly() {
    for (typed, hundredths, file, dutch) in [
        ("3", 300, "3", "3"),
        ("3,5", 350, "3.5", "3,5"),
        (" 3.50 ", 350, "3.5", "3,5"),
        ("-0,25", -25, "-0.25", "-0,25"),
        ("0.05", 5, "0.05", "0,05"),
        ("1000000000", 100_000_000_000, "1000000000", "1000000000"),
    ] {
        let g = Getal::parse(typed).unwrap_or_else(|| panic!("{typed}"));
        assert_eq!(g, Getal(hundredths), "{typed}");
        assert_eq!(g.file_text(), file);
        assert_eq!(g.shown(), dutch);
        assert_eq!(Getal::parse(&g.file_text()), Some(g));
    }
    for bad in [
        "",
        "-",
        "3,",
        ",5",
        "3,125",
        "1e3",
        "3 5",
        "drie",
        "1000000000,01",
        "+3",
        "3.5.1",
    ] {
        assert_eq!(Getal::parse(bad), None, "{bad:?}");
    }
    // Every value of two decimals round-trips through the file's text.
    for h in -1_000i64..=1_000 {
        let g = Getal(h);
        assert_eq!(Getal::parse(&g.file_text()), Some(g));
        assert_eq!(Getal::parse(&g.shown()), Some(g));
    }
}

fn with(baseline: Option<&str>, target: Option<&str>, values: &[(&str, &str)]) -> Indicator {
    let mut i = indicator("i", Schaal::Vrij, baseline, target);
    for (n, (date, value)) in values.iter().enumerate() {
        i.metingen.push(meting(&format!("m{n}"), date, value));
    }
    i
}

#[test]
fn latest_value_and_change_follow_the_dates_not_the_order_entered() {
    let i = with(
        Some("2"),
        Some("4"),
        &[
            ("2026-09-01", "3,5"),
            ("2026-03-01", "2"),
            ("2026-06-01", "3"),
        ],
    );
    let dates: Vec<&str> = i.sorted().iter().map(|m| m.date.as_str()).collect();
    assert_eq!(dates, ["2026-03-01", "2026-06-01", "2026-09-01"]);
    assert_eq!(i.latest().map(|m| m.value), Some(Getal(350)));
    assert_eq!(i.change(), Some(Getal(150)));
    // Two metingen on one date keep the order they were entered in.
    let i = with(None, None, &[("2026-01-01", "1"), ("2026-01-01", "2")]);
    assert_eq!(i.latest().map(|m| m.id.as_str()), Some("m1"));
    assert_eq!(i.change(), None, "no baseline");
    assert_eq!(with(Some("1"), None, &[]).change(), None, "no metingen");
}

#[test]
fn progress_is_the_share_of_the_way_from_baseline_to_target() {
    let p = |b, t, v| with(b, t, &[("2026-01-01", v)]).voortgang();
    assert_eq!(p(Some("2"), Some("4"), "3"), Voortgang::Procent(50));
    assert_eq!(p(Some("2"), Some("4"), "4"), Voortgang::Procent(100));
    assert_eq!(p(Some("2"), Some("4"), "5"), Voortgang::Procent(150));
    assert_eq!(p(Some("2"), Some("4"), "1"), Voortgang::Procent(-50));
    assert_eq!(p(Some("2,5"), Some("4"), "3,25"), Voortgang::Procent(50));
    // Rounded half away from zero: 1/3 of the way is 33 %, 2/3 is 67 %.
    assert_eq!(p(Some("0"), Some("3"), "1"), Voortgang::Procent(33));
    assert_eq!(p(Some("0"), Some("3"), "2"), Voortgang::Procent(67));
    assert_eq!(p(Some("0"), Some("8"), "-1"), Voortgang::Procent(-13));
    // Lower is better: from 40 waiting to 10, 31 is 30 % of the way.
    let lower = with(Some("40"), Some("10"), &[("2026-01-01", "31")]);
    assert!(lower.lower_is_better());
    assert_eq!(lower.voortgang(), Voortgang::Procent(30));
    assert_eq!(p(Some("40"), Some("10"), "45"), Voortgang::Procent(-17));
    assert!(!with(Some("1"), Some("2"), &[]).lower_is_better());
    // Baseline equal to target: no percentage, only whether it is on target.
    assert_eq!(
        p(Some("3"), Some("3"), "3"),
        Voortgang::GeenAfstand { op_doel: true }
    );
    assert_eq!(
        p(Some("3"), Some("3"), "4"),
        Voortgang::GeenAfstand { op_doel: false }
    );
    // Missing pieces.
    assert_eq!(p(None, Some("3"), "3"), Voortgang::Onbekend);
    assert_eq!(p(Some("3"), None, "3"), Voortgang::Onbekend);
    assert_eq!(
        with(Some("1"), Some("3"), &[]).voortgang(),
        Voortgang::Onbekend
    );
    // Extremes do not overflow.
    assert_eq!(
        p(Some("-1000000000"), Some("1000000000"), "1000000000"),
        Voortgang::Procent(100)
    );
    assert_eq!(
        p(Some("0"), Some("0,01"), "1000000000"),
        Voortgang::Procent(10_000_000_000_000)
    );
}

#[test]
fn chart_coordinates_are_integers_inside_the_plot_with_baseline_and_target() {
    let mut i = with(
        Some("2"),
        Some("4"),
        &[
            ("2026-09-01", "3,5"),
            ("2026-03-01", "2"),
            ("2026-06-01", "3"),
        ],
    );
    i.scale = Schaal::Schaal15;
    let g = grafiek(&i);
    // The whole 1–5 scale is shown.
    assert_eq!((g.bottom, g.top), (Getal(100), Getal(500)));
    let xs: Vec<i64> = g.points.iter().map(|p| p.x).collect();
    assert_eq!(
        xs,
        [CHART_LEFT, (CHART_LEFT + CHART_RIGHT) / 2, CHART_RIGHT]
    );
    let span = CHART_BOTTOM - CHART_TOP; // 190 for 4 units
    let y = |v: i64| CHART_TOP + ((500 - v) * span * 2 + 400) / 800;
    let ys: Vec<i64> = g.points.iter().map(|p| p.y).collect();
    assert_eq!(ys, [y(200), y(300), y(350)]);
    assert_eq!(g.baseline_y, Some(y(200)));
    assert_eq!(g.target_y, Some(y(400)));
    assert_eq!(g.points[0].date, "2026-03-01");
    assert_eq!(g.points[2].value, Getal(350));
    // Higher values are higher up (smaller y).
    assert!(g.points[2].y < g.points[0].y);
    for p in &g.points {
        assert!((CHART_LEFT..=CHART_RIGHT).contains(&p.x));
        assert!((CHART_TOP..=CHART_BOTTOM).contains(&p.y));
    }

    // A free scale spans the values, baseline and target; one value alone is widened by one.
    let g = grafiek(&with(None, None, &[("2026-01-01", "7")]));
    assert_eq!((g.bottom, g.top), (Getal(600), Getal(800)));
    assert_eq!(g.points[0].x, (CHART_LEFT + CHART_RIGHT) / 2);
    assert_eq!(g.points[0].y, (CHART_TOP + CHART_BOTTOM) / 2);
    assert_eq!((g.baseline_y, g.target_y), (None, None));
    let g = grafiek(&with(Some("-10"), Some("30"), &[("2026-01-01", "50")]));
    assert_eq!((g.bottom, g.top), (Getal(-1000), Getal(5000)));
    assert_eq!(g.points[0].y, CHART_TOP);
    assert_eq!(g.baseline_y, Some(CHART_BOTTOM));
    // A percentage shows 0 to 100; nothing measured yet is an empty chart with its lines.
    let mut pct = with(Some("20"), Some("80"), &[]);
    pct.scale = Schaal::Percentage;
    let g = grafiek(&pct);
    assert!(g.points.is_empty());
    assert_eq!((g.bottom, g.top), (Getal(0), Getal(10_000)));
    assert_eq!(g.target_y, Some(CHART_TOP + 38));
    // Extremes stay inside.
    let g = grafiek(&with(
        Some("-1000000000"),
        Some("1000000000"),
        &[("2026-01-01", "0")],
    ));
    assert_eq!(g.points[0].y, (CHART_TOP + CHART_BOTTOM) / 2);
}
