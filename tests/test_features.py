"""The text the model reads: quoted history, signatures, footers and HTML handled as a reader would."""

from __future__ import annotations

from pipeline.features import MAX_MODEL_CHARS, READ_CHARS, message_content, model_text
from pipeline.htmltext import html_to_text
from pipeline.records import ParsedMessage


def _msg(body: str = "", subject: str = "Update", html: str = "") -> ParsedMessage:
    return ParsedMessage(subject=subject, text_plain=body, text_html=html)


def _cues_of(body: str, subject: str) -> list[str]:
    """The phrase-cue tokens that open the model text ("cuereject cueinvite . ...")."""
    head = model_text(_msg(body, subject)).split(" . ")[0].split()
    return head if all(t.startswith("cue") for t in head) else []


def test_gmail_style_reply_history_is_cut() -> None:
    body = (
        "Hi Sam,\n\nThanks for asking. Your system design round was thin on trade-offs.\n\n"
        "On Tue, 4 Mar 2025 at 10:12, Sam Ortiz <sam@example.org> wrote:\n"
        "> Could you share any feedback on my interviews?\n> Thanks, Sam\n"
    )
    text = model_text(_msg(body, "Re: Feedback"))
    assert "trade-offs" in text
    assert "could you share" not in text
    assert text.startswith("rex feedback")


def test_wrapped_on_wrote_header_is_cut() -> None:
    body = (
        "Happy to help.\n\nOn Tue, 4 Mar 2025 at 10:12, Sam Ortiz <sam@example.org>\nwrote:\n"
        "please send feedback\n"
    )
    assert "please send feedback" not in model_text(_msg(body))


def test_foreign_reply_headers_are_cut() -> None:
    for header in (
        "Am 04.03.2025 um 10:12 schrieb Sam Ortiz <sam@example.org>:",
        "Le mar. 4 mars 2025 à 10:12, Sam Ortiz <sam@example.org> a écrit :",
        "El mar, 4 mar 2025 a las 10:12, Sam Ortiz (<sam@example.org>) escribió:",
    ):
        text = model_text(_msg(f"Neue Nachricht oben.\n\n{header}\nALTE NACHRICHT\n"))
        assert "neue nachricht oben" in text
        assert "alte nachricht" not in text, header


def test_outlook_header_block_and_original_message_are_cut() -> None:
    outlook = (
        "We would like to invite you to a final round.\n\n"
        "From: Dana Fox <dana@example.net>\nSent: Monday, March 3, 2025 9:00 AM\n"
        "To: Recruiting <jobs@example.net>\nSubject: my application\n\nOld text here\n"
    )
    assert "old text" not in model_text(_msg(outlook))
    original = "New text.\n-----Original Message-----\nFrom: x\nOld text here\n"
    text = model_text(_msg(original))
    assert "new text" in text and "old text" not in text


def test_signature_and_sign_off_blocks_are_dropped_but_content_kept() -> None:
    body = (
        "Hi Alex,\n\nWe will not be moving forward with your application.\n"
        "Best of luck in your search.\n\nKind regards,\nMorgan Lee\nSenior Recruiter\n"
        "+1 555 0100\n"
    )
    content = message_content(_msg(body))
    assert "Best of luck" in content.body
    assert "Senior Recruiter" not in content.body
    assert "Morgan Lee" in content.signature
    dashed = "Short note: thanks for applying.\n-- \nPat Kim | Talent Partner\n"
    assert "talent partner" not in model_text(_msg(dashed))


def test_footer_lines_are_dropped() -> None:
    body = (
        "Your application has been received.\n\n"
        "To unsubscribe from these emails click here.\n"
        "Privacy Policy | Terms\nThis email was sent to someone@example.com\n"
    )
    text = model_text(_msg(body))
    assert "application has been received" in text
    assert "unsubscribe" not in text and "privacy" not in text and "was sent to" not in text


def test_forwarded_message_content_is_the_content() -> None:
    body = (
        "FYI, see below!\n\n---------- Forwarded message ---------\n"
        "From: Hiring Team <hiring@example.com>\nDate: Mon, 3 Mar 2025\nSubject: Offer\n"
        "To: me@example.org\n\nWe are delighted to offer you the position of Analyst.\n"
    )
    text = model_text(_msg(body, "Fwd: Offer"))
    assert text.startswith("cueoffer . fwdx offer")  # the phrase cue, then the subject
    assert "delighted to offer you" in text
    assert "hiring@example.com" not in text


def _mail(body: str, subject: str, sender: str, to: str) -> ParsedMessage:
    return ParsedMessage(subject=subject, text_plain=body, from_addr=sender, to_addrs=(to,))


_DECISION = "Dear Sam,\n\nUnfortunately we have decided not to proceed with your application.\n"


def test_outlook_forward_keeps_the_message_passed_on() -> None:
    # Outlook forwards under the separators its replies use: the subject tells them apart
    for separator in ("________________________________", "-----Original Message-----", ""):
        body = (
            f"See below, sorry.\n\n{separator}\nFrom: Jane Roe <jane@acme.example>\n"
            "Sent: Tuesday, June 4, 2024 10:00 AM\nTo: Recruiter <rec@agency.example>\n"
            f"Subject: Your application\n\n{_DECISION}"
        )
        forward = model_text(_mail(body, "FW: Your application", "rec@agency.example", "sam@mail.example"))
        assert "decided not to proceed" in forward, separator
        assert "jane@acme.example" not in forward and "sent:" not in forward
        reply = model_text(_mail(body, "RE: Your application", "rec@agency.example", "sam@mail.example"))
        assert "decided not to proceed" not in reply, separator


def test_reply_under_a_forward_subject_still_cuts_the_quoted_mail() -> None:
    # "RV:" kept on a reply to HR, quoting HR's own mail (same domain as the recipient), and a
    # sender quoting their own earlier mail: history, not a forwarded message
    body = (
        "Thanks for letting me know. Could you share any feedback?\n\n-----Mensaje original-----\n"
        f"De: Ana Ruiz <ana.ruiz@acme.example>\nEnviado el: 10.07.2026 13:45\n\n{_DECISION}"
    )
    to_hr = model_text(_mail(body, "RV: Your application", "sam@mail.example", "rrhh@acme.example"))
    assert "could you share any feedback" in to_hr and "decided not to proceed" not in to_hr
    own = model_text(_mail(body, "Fwd: Your application", "ana.ruiz@acme.example", "sam@mail.example"))
    assert "decided not to proceed" not in own


def test_html_only_message_becomes_text_without_scripts_or_quotes() -> None:
    html = (
        "<html><head><style>p{color:red}</style><title>x</title></head><body>"
        "<p>Dear Jo,</p><p>Thank you for applying &amp; for your patience.</p>"
        "<script>var tracking = 1;</script><blockquote>earlier quoted mail</blockquote>"
        "<div>Please pick a slot<br>for your interview</div></body></html>"
    )
    text = model_text(_msg("", html=html))
    assert "thank you for applying & for your patience" in text
    assert "tracking" not in text and "color" not in text
    assert "earlier quoted mail" not in text
    assert (
        "please pick a slot\nfor your interview" in text
        or "please pick a slot for your interview" in text
    )
    assert "Dear Jo," in html_to_text(html)


def test_hidden_html_and_invisible_padding_are_not_text() -> None:
    pad = "&nbsp;&zwnj;&#847;" * 40
    html = (
        f'<div style="display:none;max-height:0">Your update is inside{pad}</div>'
        '<span class="email-preheader">a preview line</span><p hidden>hidden paragraph</p>'
        '<table><tr><td><p>We will not be moving forward.</p>'
        '<div style="mso-hide:all"><p>Shown everywhere but Outlook</p></div></td></tr></table>'
    )
    text = html_to_text(html)
    assert text.splitlines()[0] == "We will not be moving forward."
    assert "inside" not in text and "preview" not in text and "hidden paragraph" not in text
    assert "Shown everywhere but Outlook" in text
    assert not any(ch in text for ch in "\u200c\u034f")
    # a hidden element never closed hides nothing: broken HTML keeps its body
    assert "Thank you for applying" in html_to_text('<div style="display: none"><p>Thank you for applying')
    # zero-width characters in plain text and subjects split no words
    content = message_content(_msg("Inter\u200bview\u00ad invitation"))
    assert "Interview invitation" in content.body


def test_stub_plain_part_falls_back_to_html() -> None:
    text = model_text(_msg("View in browser", html="<p>We received your application.</p>"))
    assert "we received your application" in text


def test_normalisation_and_cap() -> None:
    text = model_text(
        _msg("Call 555-0100 or visit https://x.example/a?b=1 or mail a.b@example.com")
    )
    assert "urlx" in text and "emailx" in text and "call 0-0 or" in text
    assert "https" not in text
    assert len(model_text(_msg("word " * 5000))) <= MAX_MODEL_CHARS
    # concept markers come from the capped text only, and are added after it
    text = model_text(_msg("word " * 5000 + "Unfortunately your interview"))
    assert len(text) <= MAX_MODEL_CHARS and "concept" not in text


def test_empty_message_is_just_the_subject_marker() -> None:
    assert model_text(ParsedMessage()) == "."


def test_model_text_folds_names_dates_and_times_but_not_words() -> None:
    from pipeline.features import normalise

    text = normalise("Hi Priya,\nCould you do Tuesday 14 October at 10:30 am? We may reschedule.")
    assert "priya" not in text and "namex" in text
    assert "tuesday" not in text and "october" not in text and "datex" in text
    assert "10:30" not in text and "timex" in text
    assert "we may reschedule" in text  # "may" the verb is not a month here


def test_reading_window_stops_at_a_line_end_and_ignores_what_follows() -> None:
    top = "Hi Sam,\n\nUnfortunately we will not be moving forward with your application.\n"
    filler = "".join(f"Newsletter paragraph {i} about unrelated things.\n" for i in range(400))
    long_body = top + filler + "SECRET-TAIL We are delighted to offer you the role!\n"
    content = message_content(_msg(long_body))
    assert "not be moving forward" in content.body
    assert "SECRET-TAIL" not in content.body
    assert len(content.body) <= READ_CHARS + 100  # whole lines up to the window, nothing after
    assert content.body.endswith("things.")
    # the same for an HTML-only message much longer than the HTML window
    html = "<p>" + top + "</p>" + "<p>filler text here</p>" * 5000 + "<p>SECRET-TAIL</p>"
    assert "SECRET-TAIL" not in message_content(_msg(html=html)).body


def test_model_text_of_long_mail_equals_that_of_its_first_screen() -> None:
    top = "Thanks for applying to Harbour Lane.\nWe received your application for the analyst role.\n"
    filler = "".join(f"Line {i}: terms and conditions that nobody reads.\n" for i in range(300))
    assert model_text(_msg(top + filler, "Application received")) == model_text(
        _msg(top + filler[:READ_CHARS], "Application received")
    )


def test_italian_dutch_portuguese_reply_headers_and_sign_offs_are_cut() -> None:
    for header in (
        "Il giorno lun 3 mar 2025 alle ore 10:12 Sam Ortiz <sam@example.org> ha scritto:",
        "Op di 4 mrt 2025 om 10:12 schreef Sam Ortiz <sam@example.org>:",
        "Em ter., 4 de mar. de 2025 às 10:12, Sam Ortiz <sam@example.org> escreveu:",
    ):
        text = model_text(_msg(f"Nuovo testo qui.\n\nCordiali saluti\nGiulia\n\n{header}\nVECCHIO TESTO\n"))
        assert "nuovo testo qui" in text
        assert "vecchio" not in text
        assert "giulia" not in text
    outlook = (
        "Bedankt!\n\nVan: Sam Ortiz\nVerzonden: dinsdag 4 maart 2025 10:12\nAan: Eva\nOnderwerp: x\n\nOUD"
    )
    assert "oud" not in model_text(_msg(outlook))


def test_phrase_cues_in_the_smaller_languages() -> None:
    # the same marker token in each language, so what English mail teaches carries over
    cases = {
        "cuereject": [
            ("Esito", "Purtroppo abbiamo scelto altri candidati."),
            ("Sollicitatie", "Helaas hebben we gekozen voor een andere kandidaat."),
            ("Candidatura", "Infelizmente optámos por outro perfil."),
            ("Rekrutacja", "Niestety wybraliśmy innego kandydata."),
            ("Ansökan", "Tyvärr har vi valt en annan kandidat."),
        ],
        "cueinvite": [
            ("Colloquio", "Ti invitiamo a un colloquio martedì."),
            ("Gesprek", "Graag nodigen we je uit voor een sollicitatiegesprek."),
            ("Rozmowa", "Zapraszamy na rozmowę kwalifikacyjną."),
        ],
        "cueack": [
            ("Bevestiging", "Wij hebben uw sollicitatie goed ontvangen."),
            ("Søknad", "Takk for søknaden din, vi har mottatt din søknad."),
        ],
        "cueoffer": [
            ("Tilbud", "Vi vil gerne tilbyde dig stillingen."),
            ("Oferta", "Oferta pracy w załączniku."),
        ],
    }
    for cue, examples in cases.items():
        for subject, body in examples:
            assert cue in _cues_of(body, subject), (cue, body)
    closed = model_text(_msg("Unfortunately the bakery is closed today.", "Opening hours"))
    assert not closed.startswith("cue")


def test_phrase_cues_cover_everyday_paraphrases() -> None:
    # the stock phrases are not the only way to say it; curly apostrophes count as straight ones
    cases = {
        "cuereject": [
            ("Your application", "You have not been shortlisted for the analyst vacancy."),
            ("Update", "Honestly it isn’t going to work out this time, sorry."),
            ("Outcome", "The hiring team went with someone else for this one."),
            ("Ihre Bewerbung", "Wir haben uns für andere Bewerber entschieden."),
            ("Candidature", "Votre profil n'a pas été sélectionné."),
        ],
        "cueinvite": [
            ("Next step", "Would Thursday at 3 work for you?"),
            ("Quick one", "Are you free for a short call this week?"),
            ("Interview", "We need to reschedule your interview, sorry for the hassle."),
            ("Gespräch", "Wir würden Sie gerne kennenlernen."),
        ],
        "cueack": [
            ("Thanks", "Your CV has safely arrived and is with the team."),
            ("Candidatura", "Gracias por tu candidatura al puesto de analista."),
        ],
        "cueoffer": [
            ("Good news", "The job’s yours if you still want it."),
            ("Offer", "Please find your offer of employment attached."),
        ],
        "cuefeedback": [
            ("Notes", "The panel expected more on trade-offs in your design."),
            ("Debrief", "You struggled with the second coding task."),
        ],
    }
    for cue, examples in cases.items():
        for subject, body in examples:
            assert cue in _cues_of(body, subject), (cue, body)
    for subject, body in [
        ("Webinar", "Join our free webinar on writing a better CV."),
        ("Newsletter", "Five habits of people who get hired fast."),
    ]:
        assert not _cues_of(body, subject), body


def test_concept_markers_join_the_languages() -> None:
    english = model_text(_msg("Unfortunately we will not invite you to an interview.", "Your application"))
    italian = model_text(_msg("Purtroppo non la inviteremo al colloquio.", "La sua candidatura"))
    indonesian = model_text(_msg("Sayangnya kami tidak dapat mengundang Anda ke wawancara.", "Lamaran Anda"))
    for marker in ("conceptregret", "conceptinvite", "conceptinterview", "conceptapplication"):
        assert marker in english and marker in italian and marker in indonesian, marker
    assert "concept" not in model_text(_msg("Lunch on Friday?", "Hi"))


def test_formal_closings_are_rejection_cues() -> None:
    for body in [
        "After careful review we will not continue with your application.",
        "Your application will not be considered further.",
        "Your candidature could not be considered as you were below the cut-off.",
        "You do not meet the minimum qualifications stated in the announcement.",
        "We have not been able to progress your application this time.",
    ]:
        assert "cuereject" in _cues_of(body, "Your application"), body
    assert "cuereject" not in _cues_of("We will continue with your application next week.", "Update")


def test_what_is_not_a_job_shares_one_marker_across_languages() -> None:
    not_jobs = [
        ("Your tenancy application", "Unfortunately the landlord chose another applicant."),
        ("Scholarship decision", "We regret that your application was not successful."),
        ("Wohnungsbewerbung", "Leider haben wir die Wohnung an andere Interessenten vergeben."),
        ("Candidature logement", "Malheureusement le logement a été attribué."),
        ("Solicitud de beca", "Lamentablemente su solicitud de vivienda no ha sido aceptada."),
        ("Adoption", "We won't be proceeding with your adoption application for Bella."),
    ]
    for subject, body in not_jobs:
        assert "conceptnonjob" in model_text(_msg(body, subject)), body
    job = model_text(_msg("Unfortunately we will not progress your application.", "Data analyst"))
    assert "conceptnonjob" not in job


def test_dates_and_clock_times_fold_in_the_smaller_languages() -> None:
    text = model_text(_msg("Colloquio giovedì 12 marzo alle 14.30, poi venerdì.", "Invito"))
    assert "giovedì" not in text and "venerdì" not in text and "14.30" not in text
    assert text.count("datex") == 3 and "timex" in text
    assert "0.0.0" in model_text(_msg("Start am 01.09.2026", "Vertrag"))  # a date, not a clock time


def test_prefix_factored_alternations_match_like_the_plain_ones() -> None:
    import random
    import re

    from pipeline.features import _CUES, _CUES_ANY, _matching, _trie

    rng = random.Random(7)
    words = sorted({"".join(rng.choice("abcde") for _ in range(rng.randint(1, 5))) for _ in range(60)})
    plain = re.compile(rf"\b(?:{'|'.join(words)})\b")
    factored = re.compile(rf"\b(?:{_trie('|'.join(words))})\b")
    for _ in range(300):
        text = " ".join("".join(rng.choice("abcdef") for _ in range(rng.randint(1, 6))) for _ in range(8))
        assert plain.sub("#", text) == factored.sub("#", text), text
    # one scan for all cues finds what searching each cue finds
    text = "we regret to inform you that other candidates were chosen; please pick a time to talk"
    assert _matching(_CUES, _CUES_ANY, text) == [name for name, p in _CUES if p.search(text)]
    assert _matching(_CUES, _CUES_ANY, text) == ["cuereject", "cueinvite"]


def test_first_letter_grouping_matches_like_the_plain_alternation() -> None:
    import random
    import re

    from pipeline.features import by_first_letter

    rng = random.Random(11)
    words = sorted({"".join(rng.choice("abcde ") for _ in range(rng.randint(2, 6))).strip()
                    for _ in range(60)})
    branches = [w for w in words if w] + ["(?:ab|cd) e", "(?:b|c)+d", "d?a", "[ab]c", "e"]
    source = rf"\b(?:{'|'.join(branches)})"
    grouped = by_first_letter(source)
    assert grouped.startswith(r"\b(?:a(?:")  # grouped by first letter
    assert by_first_letter(r"\b(?:ab)(?:cd)") == r"\b(?:ab)(?:cd)"  # not one group: left alone
    plain, factored = re.compile(source), re.compile(grouped)
    for _ in range(500):
        text = "".join(rng.choice("abcde ") for _ in range(30))
        for start in range(len(text)):
            assert bool(plain.match(text, start)) == bool(factored.match(text, start)), (text, start)


def test_clock_time_fold_is_the_word_bounded_pattern() -> None:
    """``_TIME`` opens with a digit (speed); it must fold exactly what "\\b\\d{1,2}..." folds."""
    import random
    import re

    from pipeline.features import _TIME

    plain = re.compile(
        r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h\d{0,2})\b|\b\d{1,2}:\d{2}\b"
        r"|\b\d{1,2}\.\d{2}\b(?!\.\d)"
    )
    rng = random.Random(5)
    pieces = ["1", "10", "230", ":", "30", ".", "15", " ", "am", "pm", "h", "uhr", "x", "_", "\n", "é"]
    texts = ["10:30 am", "a10:30", "x1.30", "12.03.2026", "14h30", "at 9 pm", "_9:15", "é10:00"]
    texts += ["".join(rng.choice(pieces) for _ in range(12)) for _ in range(3000)]
    for text in texts:
        assert _TIME.sub(" timex ", text) == plain.sub(" timex ", text), text
    assert _TIME.sub("T", "a10:30 and 10:30") == "a10:30 and T"  # not inside a word


def test_cue_scan_pools_every_cue_in_one_first_letter_pattern() -> None:
    """``_CUES_ANY`` is the cues' branches regrouped: where it matches, some cue matches."""
    import re

    from pipeline.features import _CUES, _CUES_ANY, _matching

    # pooled, not one group per cue, behind the cheap word-start test of ``word_start``
    assert _CUES_ANY.pattern.startswith(r"(?<!\w)(?=[") and r"])(?:a(?:" in _CUES_ANY.pattern
    plain = re.compile("|".join(f"(?:{p.pattern})" for _, p in _CUES))
    texts = [
        "we regret to inform you that other candidates were chosen",
        "leider müssen wir ihnen mitteilen, dass wir uns für andere bewerber entschieden haben",
        "thank you for applying! please pick a time for a quick call. the offer letter is attached",
        "malheureusement votre candidature n'a pas été retenue; nous aimerions vous inviter",
        "nothing here but a newsletter about careers",
    ]
    for text in texts:
        assert _matching(_CUES, _CUES_ANY, text) == _matching(_CUES, plain, text), text
        for start in range(len(text)):
            assert bool(_CUES_ANY.match(text, start)) == bool(plain.match(text, start)), (text, start)


def test_word_start_lookahead_matches_where_the_word_boundary_does() -> None:
    """``word_start`` replaces "\\b" before an alternation by a look-behind and a look-ahead over
    the alternation's first characters: it must match exactly where "\\b" does, and fall back to
    "\\b" when the first characters cannot be told."""
    import random
    import re

    from pipeline.features import first_chars, group_by_first_letter, word_start

    assert first_chars("(?:uit te )?nodigen|abc|(?:x|y)z") == frozenset("uanxy")
    assert first_chars("(?:a|b)+c|é") == frozenset("abé")
    assert first_chars("[ab]c") is None and first_chars("\\w+x") is None and first_chars("a?b") is None
    assert word_start("[ab]c|d") == "\\b" and word_start("-x|y") == "\\b"  # unknown / not a word char
    rng = random.Random(3)
    for _ in range(40):
        words = sorted(
            {"".join(rng.choice("abcé ") for _ in range(rng.randint(1, 5))).strip() for _ in range(12)}
        )
        alternatives = "|".join([w for w in words if w] + ["(?:cé )?ab", "(?:b|é)+a"])
        plain = re.compile(rf"\b(?:{alternatives})")
        fast = re.compile(word_start(alternatives) + group_by_first_letter(alternatives))
        assert fast.pattern.startswith("(?<!\\w)(?=[")
        for _ in range(20):
            text = "".join(rng.choice("abcdé _-\n") for _ in range(25))
            for start in range(len(text)):
                expected = bool(plain.match(text, start))
                assert bool(fast.match(text, start)) == expected, (alternatives, text, start)


def test_footer_lines_found_through_anchors_are_those_the_pattern_finds() -> None:
    """``_footer_lines`` searches only lines holding one of ``_FOOTER_ANCHORS``: every phrase the
    footer pattern knows must hold one, in any case, or its lines would be kept."""
    import random

    from pipeline.features import _FOOTER_LINE, _footer_lines

    phrases = [
        "Unsubscribe", "Abmelden", "se désabonner", "Se desabonner", "darse de baja",
        "cancelar la suscripción", "Cancelar suscripcion", "Email preferences",
        "Manage your notification settings", "manage subscription",
        "Privacy Policy", "privacy statement", "Datenschutz", "Confidentialité", "Privacidad",
        "intended recipient", "This e-mail and any attachments is confidential",
        "this message may be confidential",
        "All Rights Reserved", "© Acme", "(c) 2026", "Powered by Hirely", "Sent from my iPhone",
        "Do not reply", "no-reply", "NOREPLY", "please dont reply", "Please don't reply",
        "Bitte nicht auf diese E-Mail antworten", "Merci de ne pas répondre", "Por favor no responda",
        "View this email in your browser", "view in browser",
        "You are receiving this message because", "you received this email because",
        "This email was sent to you", "This message was sent by Acme", "An Equal Opportunity Employer",
    ]
    others = ["Thanks for applying.", "Kind regards,", "See you on Monday", "İstanbul ofisi", "", "Straße 5"]
    rng = random.Random(13)
    for _ in range(400):
        lines = [rng.choice(phrases + others * 2) + rng.choice(["", " today", " | Terms"]) for _ in range(6)]
        expected = {i for i, line in enumerate(lines) if _FOOTER_LINE.search(line)}
        assert _footer_lines(lines) == expected, lines
    assert all(_footer_lines([p]) == {0} for p in phrases)


def test_reply_cut_skips_only_lines_that_cannot_open_quoted_history() -> None:
    """``_cut_reply`` tries the reply-header patterns only on lines opening like one (speed): it
    must cut where trying them on every line cuts."""
    import random

    from pipeline.features import (
        _REPLY_HEADER,
        _REPLY_HEADER_END,
        _REPLY_HEADER_START,
        _cut_reply,
        _header_block_at,
    )

    def every_line(lines: list[str]) -> list[str]:
        out: list[str] = []
        for i, line in enumerate(lines):
            if line.strip().startswith(">"):
                continue
            if _REPLY_HEADER.match(line) or (
                _REPLY_HEADER_START.match(line) and i + 1 < len(lines)
                and _REPLY_HEADER_END.match(lines[i + 1]) and not _REPLY_HEADER_END.match(line)
            ):
                break
            if out and _header_block_at(lines, i):
                break
            out.append(line)
        return out

    pool = [
        "On Mon, 3 Jun 2024, Jane <j@x.org> wrote:", "  ON TUESDAY JANE WROTE:",
        "On Mon, 3 Jun 2024 at 10:00,", "Jane Doe <jane@example.com> wrote:",
        "Am 03.06.2024 um 10:00 schrieb Jane:", "Le lun. 3 juin, Jo a écrit :",
        "El lun, 3 jun, Ana escribió:",
        "ıl giorno lun 3 giu, Jo ha scritto:", "İl giorno lun, Jo ha scritto:",
        "Op ma 3 jun. schreef Jan:", "Em seg., 3 de jun., Ana escreveu:", "-----Original Message-----",
        "__________________", "From: Jane <j@x.org>", "Sent: Monday", "> quoted", "Thanks for applying.",
        "Only a line", "", "on second thought, no", "Émile wrote:", "el equipo",
    ]
    rng = random.Random(23)
    for _ in range(2000):
        lines = [rng.choice(pool) for _ in range(rng.randint(1, 7))]
        assert _cut_reply(lines) == every_line(lines), lines


def test_digit_runs_fold_to_one_zero_like_the_regex() -> None:
    import random

    from pipeline.features import _DIGITS, _fold_digits

    rng = random.Random(29)
    for _ in range(3000):
        text = "".join(rng.choice("0123456789 a.-\n") for _ in range(rng.randint(0, 20)))
        assert _fold_digits(text) == _DIGITS.sub("0", text), text
    assert _fold_digits("ref 2026-031, ٣٤ and 12") == "ref 0-0, 0 and 0"  # other scripts' digits too


def test_conjugated_and_academic_rejection_phrases_are_cues() -> None:
    french = "Après relecture, nous ne donnerons pas suite à votre candidature."
    assert "cuereject" in model_text(_msg(french))
    assert "cuereject" in model_text(_msg("I'm afraid the post has now been filled.", "Re: Postdoc"))
    # an agency's role that closed before it put anyone forward is no rejection (labels.md)
    closed = _msg("The client paused the search.", "The Ferrovia role has been filled")
    assert "cuereject" not in model_text(closed)
