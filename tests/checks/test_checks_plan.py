"""Plan rules: coverage (R01, R02), vague lines (R08), actions (R09), measures (R10),
causes (R11, R25), length (R17, R18), placeholders (R24) and key points (R27)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.core.diagnostics import Severity
from support.checks_support import BASE, position, run

CAUSE = "causes/unvetted-supplier.md"
ACTION = "actions/removed-stock.md"
MEASURE = "measures/vetting.md"


def edit(rel: str, old: str, new: str) -> dict[str, str | None]:
    text = BASE[rel]
    assert old in text, old
    return {rel: text.replace(old, new)}


# R01 -------------------------------------------------------------------------------------


def test_plan_without_measures(tmp_path: Path) -> None:
    checked = run(tmp_path, {MEASURE: None})
    assert checked.of("coverage.plan-incomplete") == [("case.md", 2, 1)]
    assert "no preventive measures" in checked.messages("coverage.plan-incomplete")[0]


def test_dispute_needs_facts_and_evidence_not_measures(tmp_path: Path) -> None:
    dispute = edit("case.md", "kind: case\n", "kind: case\nmode: dispute\n")
    checked = run(tmp_path, {**dispute, MEASURE: None})
    assert checked.of("coverage.plan-incomplete") == []
    assert checked.of("coverage.cause-unanswered") == []
    cause = BASE[CAUSE].replace("evidence: [invoice]\n", "").replace(" ({exhibit}`invoice`)", "")
    no_evidence = {**dispute, MEASURE: None, "exhibits/invoice.md": None, CAUSE: cause}
    checked = run(tmp_path, no_evidence)
    assert checked.of("coverage.plan-incomplete") == [("case.md", 2, 1)]
    assert "evidence" in checked.messages("coverage.plan-incomplete")[0]


# R02 -------------------------------------------------------------------------------------


def test_cause_without_action_or_measure(tmp_path: Path) -> None:
    other = (
        "---\nkind: cause\ntitle: Our 2 listings were not checked before 2025-02-01\n---\n"
        "Nobody compared the listing with the brand's catalogue.\n"
    )
    checked = run(tmp_path, {"causes/unchecked.md": other})
    assert checked.of("coverage.cause-unanswered") == [
        ("causes/unchecked.md", 3, 1),
        ("causes/unchecked.md", 3, 1),
    ]
    assert "Root Cause 1 has no corrective action" in checked.messages("coverage.cause-unanswered")


# R08 -------------------------------------------------------------------------------------


def test_vague_line(tmp_path: Path) -> None:
    files = edit(MEASURE, "keep the invoice.", "keep the invoice. We will do better.")
    checked = run(tmp_path, files)
    assert checked.of("detail.vague") == [position(checked.root, MEASURE, "do better")]


def test_specific_training_is_not_vague(tmp_path: Path) -> None:
    files = edit(
        MEASURE, "keep the invoice.", "keep the invoice. Robin trains each new buyer on day 1."
    )
    assert run(tmp_path, files).problems() == []


# R09 -------------------------------------------------------------------------------------


def test_action_in_the_future_tense(tmp_path: Path) -> None:
    files = edit(ACTION, "Closed the listing", "We will close the listing")
    checked = run(tmp_path, files)
    assert checked.of("action.not-done") == [(ACTION, 8, 4)]
    assert checked.severities("action.not-done") == [Severity.WARNING]


def test_action_title_in_progress(tmp_path: Path) -> None:
    files = edit(ACTION, "title: Removed the 12", "title: In progress, removing the 12")
    checked = run(tmp_path, files)
    assert checked.of("action.not-done") == [(ACTION, 3, 8)]


def test_will_in_a_measure_is_not_an_action_problem(tmp_path: Path) -> None:
    files = edit(MEASURE, "We check", "Before each order we will check")
    assert run(tmp_path, files).of("action.not-done") == []


def test_action_dated_in_the_future_is_a_load_error(tmp_path: Path) -> None:
    checked = run(tmp_path, edit(ACTION, "date: 2025-02-11", "date: 2025-04-01"))
    assert checked.of("date.future") == [(ACTION, 5, 7)]


# R10 -------------------------------------------------------------------------------------


def test_measure_with_vague_owner_and_cadence(tmp_path: Path) -> None:
    files = edit(
        MEASURE,
        "owner: Robin Park, Owner\ncadence: before each first order",
        "owner: the team\ncadence: ongoing",
    )
    checked = run(tmp_path, files)
    assert checked.of("measure.incomplete") == [(MEASURE, 6, 8), (MEASURE, 7, 10)]


def test_measure_starting_after_today(tmp_path: Path) -> None:
    checked = run(tmp_path, edit(MEASURE, "starts: 2025-02-12", "starts: 2025-04-01"))
    assert checked.of("measure.incomplete") == [(MEASURE, 5, 9)]


def test_wish_list_of_measures(tmp_path: Path) -> None:
    files: dict[str, str | None] = {}
    for n in range(7):
        files[f"measures/extra-{n}.md"] = BASE[MEASURE].replace(
            "title: New suppliers", f"title: Measure {n}, new suppliers"
        )
    checked = run(tmp_path, files)
    assert checked.of("measure.incomplete") == [(CAUSE, 3, 8)]
    assert "8 preventive measures" in checked.messages("measure.incomplete")[0]
    limit = "checks:\n  max_measures_per_cause: 8\n"
    assert run(tmp_path, files, config=limit).of("measure.incomplete") == []


# R11 -------------------------------------------------------------------------------------


def test_cause_without_data(tmp_path: Path) -> None:
    cause = (
        "---\nkind: cause\ntitle: We bought from a supplier we had not vetted\n"
        "key: true\nevidence: [invoice]\n---\n"
        "We did not check that the brand authorises the supplier ({exhibit}`invoice`).\n"
    )
    checked = run(tmp_path, {CAUSE: cause})
    assert checked.of("cause.no-data") == [(CAUSE, 3, 8)]


@pytest.mark.parametrize(
    ("lang", "counted", "uncounted"),
    [
        ("es", "Tres pedidos llegaron tarde", "Los pedidos llegaron tarde"),
        ("fr", "Douze commandes sont arrivées en retard", "Une commande est arrivée en retard"),
        ("de", "Zwölf Bestellungen kamen zu spät", "Eine Bestellung kam zu spät"),
        ("it", "Tre ordini sono arrivati in ritardo", "Un ordine è arrivato in ritardo"),
        ("ja", "三件の注文が遅れて届きました", "注文が遅れて届きました"),
    ],
)
def test_counts_written_as_words_in_the_case_s_language(
    tmp_path: Path, lang: str, counted: str, uncounted: str
) -> None:
    case = BASE["case.md"].replace("kind: case\n", f"kind: case\nlanguage: {lang}\n", 1)
    for body, expected in ((counted, []), (uncounted, [(CAUSE, 3, 8)])):
        cause = (
            "---\nkind: cause\ntitle: Supplier\nkey: true\nevidence: [invoice]\n---\n"
            f"{body} ({{exhibit}}`invoice`).\n"
        )
        found = run(tmp_path / body[:4], {"case.md": case, CAUSE: cause}).of("cause.no-data")
        assert found == expected, body


def test_reference_labels_are_not_data(tmp_path: Path) -> None:
    cause = (
        "---\nkind: cause\ntitle: We bought from a supplier we had not vetted\n"
        "key: true\nevidence: [invoice]\n---\n"
        "We did not check the supplier (see {ref}`removed-stock`).\n"
    )
    assert run(tmp_path, {CAUSE: cause}).of("cause.no-data") == [(CAUSE, 3, 8)]


def test_performance_cause_cites_the_metric(tmp_path: Path) -> None:
    metrics = '  metrics:\n    - {name: Order Defect Rate, value: 1.6%, target: "< 1%"}\n---'
    case = BASE["case.md"].replace(
        "  asins: [B01ACME001]\n---", "  asins: [B01ACME001]\n" + metrics
    )
    checked = run(tmp_path, {"case.md": case})
    assert checked.of("cause.no-data") == [(CAUSE, 3, 8)]
    assert (
        "Order Defect Rate (1.6% against the target < 1%)" in checked.messages("cause.no-data")[0]
    )
    cited = edit(CAUSE, "On 2025-01-05", "Our ODR reached 1.6 % after")
    assert run(tmp_path, {"case.md": case, **cited}).of("cause.no-data") == []


def test_metric_given_in_the_opening_or_meeting_its_target_is_not_asked_for(
    tmp_path: Path,
) -> None:
    metrics = (
        "  metrics:\n"
        '    - {name: Order Defect Rate, value: 1.6%, target: "< 1%", window: 60 days}\n'
        '    - {name: Late Shipment Rate, value: 2.1%, target: "< 4%", window: 30 days}\n'
        '    - {name: Valid Tracking Rate, value: 97%, target: "> 95%"}\n---'
    )
    case = BASE["case.md"].replace(
        "  asins: [B01ACME001]\n---", "  asins: [B01ACME001]\n" + metrics
    )
    messages = run(tmp_path, {"case.md": case}).messages("cause.no-data")
    assert len(messages) == 1  # the two that meet their targets need no cause
    assert "Order Defect Rate" in messages[0]
    opening = case.replace("We sold a kettle", "Our ODR was 1.6% over 60 days. We sold a kettle")
    assert run(tmp_path, {"case.md": opening}).of("cause.no-data") == []


def test_a_metric_quoted_by_its_number_is_cited(tmp_path: Path) -> None:
    metrics = (
        "  metrics:\n"
        '    - {name: Order Defect Rate, value: "1.60% (35 of 2,184 orders)", target: "< 1%"}\n'
        '    - {name: A-to-z claim rate, value: "0.64% (14 orders)"}\n---'
    )
    case = BASE["case.md"].replace(
        "  asins: [B01ACME001]\n---", "  asins: [B01ACME001]\n" + metrics
    )
    opening = case.replace("We sold a kettle", "Our ODR reached 1.6%. We sold a kettle")
    # the value by its number; a component without a target needs no cause of its own
    assert run(tmp_path, {"case.md": opening}).of("cause.no-data") == []


# R25 -------------------------------------------------------------------------------------


def test_cause_that_only_says_what_happened(tmp_path: Path) -> None:
    cause = (
        "---\nkind: cause\ntitle: Customers complained about 2 kettles\nkey: true\n"
        "evidence: [invoice]\n---\nOn 2025-02-01 two buyers complained ({exhibit}`invoice`).\n"
    )
    checked = run(tmp_path, {CAUSE: cause})
    assert checked.of("cause.restates-notice") == [(CAUSE, 3, 8)]
    assert "not why" in checked.messages("cause.restates-notice")[0]


def test_cause_copied_from_the_notice(tmp_path: Path) -> None:
    copied = "We received complaints that the kettle below is inauthentic, because we had not"
    checked = run(
        tmp_path, edit(CAUSE, "On 2025-01-05 we bought", copied + " on 2025-01-05 bought")
    )
    assert checked.of("cause.restates-notice") == [(CAUSE, 7, 1)]
    assert "repeats" in checked.messages("cause.restates-notice")[0]


def test_dispute_causes_are_facts(tmp_path: Path) -> None:
    cause = (
        "---\nkind: cause\ntitle: Customers complained about 2 kettles\nkey: true\n"
        "evidence: [invoice]\n---\nOn 2025-02-01 two buyers complained ({exhibit}`invoice`).\n"
    )
    dispute = edit("case.md", "kind: case\n", "kind: case\nmode: dispute\n")
    assert run(tmp_path, {CAUSE: cause, **dispute}).of("cause.restates-notice") == []


# R17 -------------------------------------------------------------------------------------


def test_plan_too_long(tmp_path: Path) -> None:
    long = " ".join(["We checked the supplier list again."] * 40)
    files = edit(MEASURE, "keep the invoice.", "keep the invoice. " + long)
    flat = "checks:\n  poa_max_words: 150\n  poa_words_per_item: 0\n"
    checked = run(tmp_path, files, config=flat)
    assert checked.of("length.words") == [("case.md", 2, 1)]
    assert "words; keep it under 150 so" in checked.messages("length.words")[0]
    assert run(tmp_path, files).of("length.words") == []


def test_the_plan_limit_grows_with_its_items(tmp_path: Path) -> None:
    long = " ".join(["We checked the supplier list again."] * 40)  # about 300 words in all
    files = edit(MEASURE, "keep the invoice.", "keep the invoice. " + long)
    config = "checks:\n  poa_max_words: 150\n  poa_words_per_item: {}\n"
    checked = run(tmp_path, files, config=config.format(60))  # 3 items: 180
    assert "keep it under 180 (3 items)" in checked.messages("length.words")[0]
    assert run(tmp_path, files, config=config.format(120)).of("length.words") == []


def test_japanese_text_counts_two_characters_a_word(tmp_path: Path) -> None:
    # 40 sentences of 20 characters: 800 characters, 400 words as a translation would have.
    long = "仕入先の一覧を再度確認し、記録しました。" * 40
    files = edit(MEASURE, "keep the invoice.", "keep the invoice. " + long)
    flat = "checks:\n  poa_max_words: 350\n  poa_words_per_item: 0\n"
    message = run(tmp_path, files, config=flat).messages("length.words")
    assert len(message) == 1
    assert "2 characters of Japanese, Chinese or Korean count as a word" in message[0]
    words = int(message[0].split("has ", 1)[1].split(" words", 1)[0])
    assert 400 <= words < 500  # the Japanese plus the English words of the small case
    roomy = "checks:\n  poa_max_words: 500\n  poa_words_per_item: 0\n"
    assert run(tmp_path, files, config=roomy).of("length.words") == []


def test_letter_too_long(tmp_path: Path) -> None:
    words = " ".join(["The reviewer did not open the invoice."] * 50)
    letter = f"---\nkind: letter\nto: Executive Seller Relations\ndate: 2025-03-01\n---\n{words}\n"
    checked = run(tmp_path, {"letter.md": letter})
    assert checked.of("length.words") == [("letter.md", 2, 1)]
    assert "350 words of your own text" in checked.messages("length.words")[0]


def test_generated_letter_blocks_do_not_count(tmp_path: Path) -> None:
    letter = (
        "---\nkind: letter\nto: Executive Seller Relations\ndate: 2025-03-01\n---\n"
        "Please review the revised plan.\n\n:::{key-points}\n:::\n\n:::{enclosures}\n:::\n"
    )
    assert run(tmp_path, {"letter.md": letter}).problems() == []


# R18 -------------------------------------------------------------------------------------


def test_paragraph_with_too_many_sentences(tmp_path: Path) -> None:
    text = "We listed it. We sold it. We shipped it. We were told. We checked it. We removed it."
    checked = run(
        tmp_path, edit(MEASURE, "We check the brand's", text + "\n\nWe check the brand's")
    )
    assert checked.of("length.paragraph") == [(MEASURE, 9, 1)]
    assert "6 sentences" in checked.messages("length.paragraph")[0]


def test_abbreviations_and_lists_are_not_sentences(tmp_path: Path) -> None:
    text = (
        "We use e.g. the brand list, i.e. the official one, from Brightline Inc. on No. 4 St. "
        "Clair Ave. and check it. We keep it.\n\n"
        "- One. Two. Three.\n- Four. Five. Six. Seven.\n"
    )
    checked = run(tmp_path, edit(MEASURE, "We check the brand's", text + "\nWe check the brand's"))
    assert checked.of("length.paragraph") == []


def test_french_spanish_and_german_examples_are_not_sentence_ends(tmp_path: Path) -> None:
    text = (
        "Nous vérifions p. ex. la liste de la marque. Revisamos p. ej. la lista de la marca. "
        "Wir prüfen z. B. die Liste. Nous écrivons à Lumière S.A. et à Sol S.L. chaque mois. "
        "We keep it."
    )
    checked = run(
        tmp_path, edit(MEASURE, "We check the brand's", text + "\n\nWe check the brand's")
    )
    assert checked.of("length.paragraph") == []


def test_sentence_ends_inside_a_quote_belong_to_the_quote(tmp_path: Path) -> None:
    text = (
        'The card said "Happy? Leave us 5 stars! Not happy? Contact us first." '
        "We printed 900 cards. We sent them with every order."
    )
    checked = run(
        tmp_path, edit(MEASURE, "We check the brand's", text + "\n\nWe check the brand's")
    )
    assert checked.of("length.paragraph") == []


# R24 -------------------------------------------------------------------------------------


def test_placeholders_in_bodies_and_front_matter(tmp_path: Path) -> None:
    files = {
        **edit(MEASURE, "owner: Robin Park, Owner", "owner: <name>"),
        **edit(ACTION, "Closed the listing", "Closed listing B0XXXXXXXX on [insert date] (TBD)"),
    }
    checked = run(tmp_path, files)
    assert checked.of("placeholder.unfilled") == [
        (ACTION, 8, 16),
        (ACTION, 8, 30),
        (ACTION, 8, 45),
        (MEASURE, 6, 8),
    ]
    assert set(checked.severities("placeholder.unfilled")) == {Severity.ERROR}


def test_todo_markers_are_warnings_with_their_text(tmp_path: Path) -> None:
    files = {
        **edit(
            CAUSE,
            "title: We bought 30 kettles from a supplier we had not vetted",
            'title: "[TODO: one line: what went wrong]"',
        ),
        **edit(
            MEASURE, "We check the brand's", "[TODO: the steps, with who does them]\n\nWe check"
        ),
    }
    checked = run(tmp_path, files)
    assert checked.of("placeholder.unfilled") == [(CAUSE, 3, 9), (MEASURE, 9, 1)]
    assert checked.messages("placeholder.unfilled") == [
        "to do: one line: what went wrong",
        "to do: the steps, with who does them",
    ]
    assert set(checked.severities("placeholder.unfilled")) == {Severity.WARNING}
    assert checked.of("cause.no-data") == []


def test_todo_in_the_notice_is_found_but_other_patterns_are_not(tmp_path: Path) -> None:
    files = edit(
        "case.md",
        "We received complaints that the kettle below is inauthentic.",
        "[TODO: paste Amazon's notice] ASIN: B0XXXXXXXX (as Amazon wrote it)",
    )
    checked = run(tmp_path, files)
    assert checked.of("placeholder.unfilled") == [("case.md", 14, 5)]
    assert checked.messages("placeholder.unfilled") == ["to do: paste Amazon's notice"]


def test_a_block_value_with_a_comment_is_located_at_its_text(tmp_path: Path) -> None:
    """`notice: |   # comment` (as `reinstate new` writes it): the marker is found on the
    next line, where the text is, not at the '|'."""
    files = edit(
        "case.md",
        "notice: |\n    We received complaints that the kettle below is inauthentic.",
        "notice: |              # Amazon's notice, word for word\n"
        "    [TODO: paste Amazon's notice]",
    )
    checked = run(tmp_path, files)
    assert checked.of("placeholder.unfilled") == [("case.md", 14, 5)]


def test_words_that_look_like_placeholders_are_fine(tmp_path: Path) -> None:
    files = edit(ACTION, "Closed the listing", "Closed the XXL-size listing (the <b>only</b> one)")
    assert run(tmp_path, files).of("placeholder.unfilled") == []


# R27 -------------------------------------------------------------------------------------

LETTER = "---\nkind: letter\nto: Executive Seller Relations\ndate: 2025-03-01\n---\n"


def test_letter_without_key_points(tmp_path: Path) -> None:
    files = {
        "letter.md": LETTER,
        **edit(CAUSE, "key: true\n", ""),
        **edit(ACTION, "key: true\n", ""),
    }
    checked = run(tmp_path, files)
    assert checked.of("letter.no-points") == [("letter.md", 2, 1)]
    assert checked.of("letter.key-points") == []
    with_missed = LETTER.replace(
        "date: 2025-03-01\n", "date: 2025-03-01\nmissed:\n  - {ref: removed-stock, note: Missed.}\n"
    )
    checked = run(tmp_path, {**files, "letter.md": with_missed})
    assert checked.of("letter.key-points") == [("letter.md", 2, 1)]
    assert checked.of("letter.no-points") == []


def test_a_letter_that_stands_on_its_missed_points(tmp_path: Path) -> None:
    """A body that does not place the key-points block, or a dispute, needs no key points."""
    no_keys = {**edit(CAUSE, "key: true\n", ""), **edit(ACTION, "key: true\n", "")}
    missed = LETTER.replace(
        "date: 2025-03-01\n", "date: 2025-03-01\nmissed:\n  - {ref: removed-stock, note: Missed.}\n"
    )
    body = missed + "The reply did not look at the invoice.\n\n:::{missed-points}\n:::\n"
    assert run(tmp_path, {**no_keys, "letter.md": body}).of("letter.key-points") == []
    placed = body + "\n:::{key-points}\n:::\n"
    assert run(tmp_path, {**no_keys, "letter.md": placed}).of("letter.key-points") == [
        ("letter.md", 2, 1)
    ]
    dispute = BASE["case.md"].replace("kind: case\n", "kind: case\nmode: dispute\n")
    files = {**no_keys, "letter.md": placed, "case.md": dispute}
    assert run(tmp_path, files).of("letter.key-points") == []


def test_letter_with_too_many_key_points(tmp_path: Path) -> None:
    files: dict[str, str | None] = {"letter.md": LETTER}
    for n in range(3):
        files[f"actions/extra-{n}.md"] = BASE[ACTION].replace(
            "title: Removed", f"title: Step {n}, removed"
        )
    checked = run(tmp_path, files)
    # key points in label order: the cause, then actions extra-0, extra-1, extra-2, removed-stock
    assert checked.of("letter.key-points") == [
        ("actions/extra-2.md", 6, 1),
        ("actions/removed-stock.md", 6, 1),
    ]
    assert "key point 4" in checked.messages("letter.key-points")[0]


def test_two_key_points_are_right(tmp_path: Path) -> None:
    assert run(tmp_path, {"letter.md": LETTER}).of("letter.key-points") == []


def test_placeholders_with_raw_html_allowed(tmp_path: Path) -> None:
    files = edit(ACTION, "Closed the listing", "Closed <b>the</b> listing for <name>")
    checked = run(tmp_path, files, config="allow_html: true\n")
    assert checked.of("placeholder.unfilled") == [(ACTION, 8, 31)]
