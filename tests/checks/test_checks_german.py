"""The German writing rules: the verb bracket of a German clause ("wird ... zuordnen"),
inflected forms, and German text that must be left alone. Each finding quotes its words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reinstate.checks.grammar import Classes, parse_line
from support.checks_support import BASE, run

PLAIN = Classes(())


def matches(pattern: str, text: str) -> str | None:
    found = re.search(parse_line(pattern, PLAIN).regex, text, re.IGNORECASE)
    return found.group(0) if found else None


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        # the infinitive closes the clause: a full stop, a comma or "und" after it
        (
            "wird ... <inf> <end>",
            "Unser Team wird die Rechnungen zuordnen.",
            "wird die Rechnungen zuordnen",
        ),
        ("wird ... <inf> <end>", "Er wird es ändern, sobald", "wird es ändern"),
        ("wird ... <inf> <end>", "Sie wird alles prüfen und melden.", "wird alles prüfen"),
        # a noun (capitalised) is no infinitive, nor is a word in the middle of the clause
        ("wird ... <inf> <end>", "Die Ware wird in den Tagen.", None),
        ("wird ... <inf> <end>", "Es wird prüfen lassen müssen den Rest", None),
        # participles are passives, not plans: ge-, or ge- after a separable prefix
        ("wird ... <inf> <end>", "Die Ware wird vom Lager gelesen.", None),
        ("wird ... <inf> <end>", "Die Ware wird an den Hersteller zurückgegeben.", None),
        ("wird ... <inf> <end>", "Die Ware wird vom Lager geprüft.", None),
        # a leading `*`: the head of a compound, and the bare word, but not a longer word
        (
            "*fehler der kunden",
            "auf Bedienfehler der Kunden zurückzuführen",
            "Bedienfehler der Kunden",
        ),
        ("*fehler der kunden", "Fehler der Kunden", "Fehler der Kunden"),
        ("*fehler der kunden", "Fehlerquote der Kunden", None),
    ],
)
def test_the_verb_bracket(pattern: str, text: str, expected: str | None) -> None:
    assert matches(pattern, text) == expected


GERMAN = BASE["case.md"].replace("kind: case\n", "kind: case\nlanguage: de\n", 1)
CAUSE = "causes/unvetted-supplier.md"
ACTION = "actions/removed-stock.md"
MEASURE = "measures/vetting.md"


def german(tmp_path: Path, rel: str, body: str) -> dict[str, list[str]]:
    """The text rules' messages on a German case whose item `rel` has `body`."""
    head = BASE[rel].split("---\n")[1]
    checked = run(tmp_path, {"case.md": GERMAN, rel: f"---\n{head}---\n{body}\n"})
    rules = (
        "tone.blame",
        "tone.guarantee",
        "detail.vague",
        "action.not-done",
        "tone.threat",
        "tone.emotive",
        "tone.hardship",
        "tone.marketing",
    )
    return {rule: checked.messages(rule) for rule in rules if checked.messages(rule)}


@pytest.mark.parametrize(
    ("rel", "body", "rule", "quoted"),
    [
        (
            CAUSE,
            "Der Kunde hat das Gerät am 3. März 2025 falsch angeschlossen.",
            "tone.blame",
            "Kunde hat das Gerät am 3. März 2025 falsch",
        ),
        (
            CAUSE,
            "Im Januar hat DHL 23 Sendungen verspätet zugestellt.",
            "tone.blame",
            "hat DHL 23 Sendungen verspätet",
        ),
        (
            CAUSE,
            "Die Verspätungen waren die Schuld des Spediteurs.",
            "tone.blame",
            "Schuld des Spediteurs",
        ),
        (
            ACTION,
            "Wir planen, die betroffenen sieben Angebote bis Freitag zu schließen",
            "action.not-done",
            "planen",
        ),
        (
            ACTION,
            "Die restlichen Einheiten sollen entfernt werden",
            "action.not-done",
            "sollen entfernt werden",
        ),
        (
            MEASURE,
            "Wir werden sicherstellen, dass jede Rechnung geprüft ist.",
            "tone.guarantee",
            "werden sicherstellen",
        ),
        (
            MEASURE,
            "Wir haben verschiedene Maßnahmen ergriffen.",
            "detail.vague",
            "verschiedene Maßnahmen",
        ),
        # Classes of German wording, not sentences: responsibility in any word order, a
        # passive with its agent, an idiom of attribution, a return of something else,
        # Amazon addressed as "Ihr"
        (
            CAUSE,
            "Schuld an den Verspätungen ist allein der Paketdienst.",
            "tone.blame",
            "Schuld an den Verspätungen ist allein der Paketdienst",
        ),
        (
            CAUSE,
            "Die Etiketten wurden vom Logistikpartner systematisch vertauscht.",
            "tone.blame",
            "wurden vom Logistikpartner systematisch",
        ),
        (
            CAUSE,
            "Die Rücksendungen gehen auf das Konto eines Konkurrenten.",
            "tone.blame",
            "auf das Konto eines Konkurrenten",
        ),
        (
            CAUSE,
            "Ein Käufer hat uns ein gebrauchtes Gerät zurückgeschickt.",
            "tone.blame",
            "Käufer hat uns ein gebrauchtes Gerät zurückgeschickt",
        ),
        (
            CAUSE,
            "Ihr System hat unser Angebot ohne Grund gesperrt.",
            "tone.blame",
            "Ihr System hat unser Angebot ohne Grund",
        ),
        # feelings as idioms and as "für uns" judgements
        (
            MEASURE,
            "Diese Entscheidung ist für uns völlig unerklärlich.",
            "tone.emotive",
            "ist für uns völlig unerklärlich",
        ),
        (MEASURE, "Wir fühlen uns im Stich gelassen.", "tone.emotive", "im Stich gelassen"),
        # what the suspension costs, staff that cannot be paid
        (
            MEASURE,
            "Seit der Deaktivierung sind unsere Einnahmen komplett weggebrochen.",
            "tone.hardship",
            "Deaktivierung sind unsere Einnahmen",
        ),
        (
            MEASURE,
            "Ohne Amazon können wir unsere Angestellten nicht länger bezahlen.",
            "tone.hardship",
            "nicht länger bezahlen",
        ),
        # customers who love the seller, superlatives about oneself
        (
            MEASURE,
            "Unsere Stammkunden schätzen unsere Beratung.",
            "tone.marketing",
            "Stammkunden schätzen unsere",
        ),
        (
            MEASURE,
            "Wir gehören zu den erfolgreichsten Händlern der Kategorie.",
            "tone.marketing",
            "zu den erfolgreichsten",
        ),
        # ultimatums and claims of illegality
        (
            MEASURE,
            "Anderenfalls werden wir weitere Schritte prüfen.",
            "tone.threat",
            "Anderenfalls werden wir weitere Schritte",
        ),
        (
            MEASURE,
            "Die Deaktivierung ist aus unserer Sicht rechtswidrig.",
            "tone.threat",
            "Deaktivierung ist aus unserer Sicht rechtswidrig",
        ),
        # a separable verb of assurance, an absolute with the verb first, a future that
        # never repeats
        (
            MEASURE,
            "Wir sichern Ihnen zu, dass jede Sendung geprüft wird.",
            "tone.guarantee",
            "sichern Ihnen zu, dass",
        ),
        (
            MEASURE,
            "Damit ist ein erneuter Fehler ausgeschlossen.",
            "tone.guarantee",
            "ist ein erneuter Fehler ausgeschlossen",
        ),
        (
            MEASURE,
            "Ein solcher Fehler wird sich nicht wiederholen.",
            "tone.guarantee",
            "wird sich nicht wiederholen",
        ),
        # a plan as a state, a present tense with a time still to come
        (
            ACTION,
            "Die Umstellung der Etiketten ist für KW 14 vorgesehen.",
            "action.not-done",
            "ist für KW 14 vorgesehen",
        ),
        (
            ACTION,
            "Im Laufe des Monats tauschen wir die Kartons aus.",
            "action.not-done",
            "Im Laufe des Monats tauschen wir",
        ),
        # indefinite objects, improvement without a what
        (
            ACTION,
            "Wir haben viel verändert und aus dem Vorfall gelernt.",
            "detail.vague",
            "viel verändert",
        ),
        (
            ACTION,
            "Die Lagerprozesse wurden grundlegend optimiert.",
            "detail.vague",
            "grundlegend optimiert",
        ),
        # a compound fault of a party; a lawyer tied to the suspension
        (
            CAUSE,
            "Die Rücksendungen gehen auf Anwendungsfehler der Kundinnen zurück.",
            "tone.blame",
            "Anwendungsfehler der Kundinnen",
        ),
        (
            MEASURE,
            "Unsere Kanzlei prüft bereits die Deaktivierung.",
            "tone.threat",
            "Unsere Kanzlei prüft bereits die Deaktivierung",
        ),
    ],
)
def test_german_wording_is_found_and_quoted(
    tmp_path: Path, rel: str, body: str, rule: str, quoted: str
) -> None:
    found = german(tmp_path, rel, body)
    assert rule in found, found
    assert found[rule][0].startswith(f"'{quoted}'"), found[rule]


@pytest.mark.parametrize(
    ("rel", "body"),
    [
        # a party that received the wrong thing is not blamed; a sentence owning the gap
        (CAUSE, "Die Kundin erhielt am 3. März 2025 die falsche Farbe."),
        (
            CAUSE,
            "Der Spediteur verlor 11 Pakete, weil wir keine Sendungsverfolgung gebucht hatten.",
        ),
        # a customer quoted, Amazon named as a plain fact
        (
            CAUSE,
            'Ein Kunde schrieb am 12. Februar 2025: "Der Händler hat mir eine Fälschung geschickt, nie wieder!"',
        ),
        (CAUSE, "Amazon hat am 3. März 2025 die Verkaufsberechtigung für 14 ASINs entfernt."),
        # done actions in German word order, passives of participles
        (ACTION, "Am 5. März 2025 haben wir die Angebote geschlossen und den Restbestand entfernt"),
        (ACTION, "Seit dem 5. März 2025 werden alle Retouren an den Hersteller zurückgegeben"),
        # what a party reports is not what it did; a German date inside the sentence
        (
            CAUSE,
            "Amazon meldete 9 Beschwerden über gefälschte Ware von einem Händler ohne Autorisierung.",
        ),
        (
            CAUSE,
            "DHL hat am 3. März 2025 14 Pakete verspätet zugestellt, weil wir sie zu spät übergeben hatten.",
        ),
        (MEASURE, "Ab dem 10. März 2025 werden alle Sendungen nach dem Verpacken gewogen."),
        # a comparison, insured parcels, a plain complaint
        (
            MEASURE,
            "Jeden Montag prüft Dana Weber, dass nie mehr Einheiten verkauft werden als in Rechnung gestellt.",
        ),
        (MEASURE, "Seit dem 8. März 2025 versichern wir jede Sendung über 100 Euro bei DHL."),
        (
            CAUSE,
            "Zwei Kunden klagen über beschädigte Verpackungen, die wir nicht gepolstert hatten.",
        ),
        # an owner named with "Verantwortlich ... ist"; buyers who received, in the Perfekt
        # of a subordinate clause; a customer quoted with German marks; a supplier's invoice
        (MEASURE, "Verantwortlich für den Versand ist seit dem 3. März 2025 Jana Keller."),
        (
            CAUSE,
            "Wir bedauern, dass drei Käufer beschädigte Ware erhalten haben, die wir nicht gepolstert hatten.",
        ),
        (
            CAUSE,
            "Eine Käuferin schrieb: „Eine Frechheit, das Paket war leer.“ Wir hatten es nicht gewogen.",
        ),
        (CAUSE, "Der Lieferant hat uns am 5. März 2025 die Rechnung über 120 Einheiten geschickt."),
        # costs borne, a party announcing legal steps, a past deadline, revenue as a cause
        (
            ACTION,
            "Die Kosten der 42 Rücksendungen von 1.240 Euro haben wir am 4. März 2025 übernommen.",
        ),
        (
            CAUSE,
            "Ein Kunde kündigte am 2. März 2025 rechtliche Schritte an, nachdem seine Erstattung ausblieb.",
        ),
        (ACTION, "Bis Ende Februar 2025 hatten wir alle 230 Einheiten geprüft."),
        (CAUSE, "Unser Rechtsanwalt hat am 3. März 2025 die Lizenz des Herstellers geprüft."),
        # a purpose, an admission, costs cut, goods lost with their value, physical shock,
        # a 100 % inspection, the first line of a checklist
        (
            MEASURE,
            "Um zu gewährleisten, dass jede Sendung gewogen wird, prüft Jana Keller das Gewicht.",
        ),
        (CAUSE, "Wir haben Produktbilder des Herstellers unrechtmäßig verwendet."),
        (CAUSE, "Um die laufenden Kosten zu senken, hatten wir den günstigsten Spediteur gewählt."),
        (
            CAUSE,
            "DHL hat 14 Pakete im Wert von 1.120 Euro verloren, weil wir sie nicht versichert hatten.",
        ),
        (
            CAUSE,
            "Die Gläser gingen durch Erschütterungen beim Transport zu Bruch, weil unsere Kartons zu dünn waren.",
        ),
        (
            MEASURE,
            "Seit dem 3. März 2025 prüfen wir hundert Prozent der Sendungen vor dem Versand.",
        ),
        (MEASURE, "An erster Stelle der Prüfliste steht die Seriennummer."),
        (
            CAUSE,
            "Die Verspätungsrate stieg im Dezember 2024 auf 9 %, weil das Weihnachtsgeschäft unser Lager überlastete.",
        ),
        (
            MEASURE,
            "Wir stellen sicher, dass jede Lieferung gewogen wird: Jana Keller prüft das Gewicht täglich um 15 Uhr.",
        ),
    ],
)
def test_good_german_is_left_alone(tmp_path: Path, rel: str, body: str) -> None:
    assert german(tmp_path, rel, body) == {}


@pytest.mark.parametrize(
    ("owner", "cadence", "reported"),
    [
        # owners that name nobody, with article or possessive; cadences with no interval
        ("Unser Team", "wöchentlich, jeden Montag", ["owner"]),
        ("alle Mitarbeiter", "bei Bedarf", ["owner", "cadence"]),
        ("Geschäftsführung", "in regelmäßigen Abständen", ["owner", "cadence"]),
        ("Dana Weber, Geschäftsführerin", "ab und zu", ["cadence"]),
        # a named person with a role, a real interval
        ("Marco Ruiz, Leiter Logistik", "vor jeder Bestellung bei einem neuen Lieferanten", []),
        ("Jana Keller, Mitarbeiterin im Versand", "täglich um 15 Uhr", []),
    ],
)
def test_german_owner_and_cadence(
    tmp_path: Path, owner: str, cadence: str, reported: list[str]
) -> None:
    head = BASE[MEASURE].replace("owner: Robin Park, Owner", f"owner: {owner}")
    head = head.replace("cadence: before each first order", f"cadence: {cadence}")
    checked = run(tmp_path, {"case.md": GERMAN, MEASURE: head})
    messages = checked.messages("measure.incomplete")
    found = [
        field for field in ("owner", "cadence") if any(f"the {field} of" in m for m in messages)
    ]
    assert found == reported, messages
    for field in found:
        value = owner if field == "owner" else cadence
        assert any(f"'{value}'" in m for m in messages), messages
