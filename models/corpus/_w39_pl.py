"""Writer 39: Polish fragments (the candidate is a woman: Pani / -łaś)."""
from _w39_kit import lines

B = {
    "roles": lines("""
        specjalistka ds. kadr i płac
        programista Java
        magazynier z uprawnieniami UDT
        pielęgniarka oddziałowa
        księgowa
        kierownik zmiany
        grafik komputerowy
        analityk danych
        przedstawiciel handlowy
        nauczycielka języka angielskiego
    """),
    "hi_f": lines("""
        Szanowna Pani,
        Dzień dobry Pani {nv},
        Pani {nv},
        Dzień dobry,
        Szanowna Pani {nv},
    """),
    "hi_c": lines("""
        Cześć {n},
        Hej {n}!
        Cześć,
    """),
    "bye_f": lines("""
        Z poważaniem,
        Z wyrazami szacunku,
        Pozdrawiam serdecznie,
        Łączę pozdrowienia,
    """),
    "bye_c": lines("""
        Pozdrawiam,
        Pozdro,
        Trzymaj się!
        Dzięki i do usłyszenia,
    """),
    "thanks_app": lines("""
        Dziękujemy za zainteresowanie ofertą pracy w {co} i przesłanie aplikacji na stanowisko {role}.
        dziękujemy za udział w procesie rekrutacji na stanowisko {role}.
        Piszemy w sprawie Pani aplikacji na stanowisko {role}.
    """),
    "thanks_int": lines("""
        dziękuję za spotkanie w {date} i poświęcony czas.
        bardzo dziękujemy za rozmowę rekrutacyjną, która odbyła się w zeszłym tygodniu.
        dzięki za wczorajszą rozmowę, miło było Cię poznać.
    """),
    "ack": lines("""
        Potwierdzamy otrzymanie Pani aplikacji na stanowisko {role}.
        Pani zgłoszenie zostało poprawnie zarejestrowane w naszym systemie.
        Dziękujemy, Twoje CV do nas dotarło!
        Uprzejmie informujemy, że Pani dokumenty aplikacyjne wpłynęły do działu HR.
    """),
    "ack_next": lines("""
        Skontaktujemy się wyłącznie z wybranymi kandydatami.
        Analiza zgłoszeń potrwa około dwóch tygodni.
        Status aplikacji może Pani sprawdzić w swoim profilu kandydata.
    """),
    "rej": lines("""
        Po analizie wszystkich zgłoszeń zdecydowaliśmy się kontynuować proces z innymi kandydatami.
        Niestety, tym razem nie będziemy kontynuować procesu rekrutacji z Pani udziałem.
        Z przykrością informujemy, że Pani kandydatura nie została zakwalifikowana do kolejnego etapu.
        zdecydowaliśmy się na innego kandydata.
        Nie przechodzi Pani do następnego etapu.
    """),
    "rej_soft": lines("""
        Pani profil bardzo nam się spodobał, jednak ostatecznie wybraliśmy inną osobę.
        To była trudna decyzja i tym razem nie możemy zaproponować Pani tego stanowiska.
        Było naprawdę blisko, ale postawiliśmy na kogoś innego.
    """),
    "rej_line": lines("""
        Niestety na to stanowisko nie idziemy dalej, dzięki za czas.
        Tym razem się nie udało, przepraszam.
    """),
    "rsn": {
        "role_filled": lines("""
            Stanowisko zostało już obsadzone.
            Znaleźliśmy już osobę na to miejsce.
        """),
        "budget_freeze": lines("""
            Z powodu wstrzymania zatrudnień decyzją zarządu rekrutacja została zawieszona.
            Budżet na nowe etaty został zamrożony do końca roku.
        """),
        "closer_fit": lines("""
            Wybraliśmy kandydata, którego doświadczenie lepiej odpowiada wymaganiom stanowiska.
        """),
        "level_mismatch": lines("""
            Na to stanowisko szukamy osoby z większym doświadczeniem na poziomie seniora.
            Rola jest przewidziana dla osoby na początku kariery, a Pani doświadczenie znacznie to przewyższa.
        """),
        "role_cancelled": lines("""
            W związku z reorganizacją rekrutacja na to stanowisko została anulowana.
            Projekt, do którego szukaliśmy osoby, został wstrzymany i zamykamy rekrutację.
        """),
    },
    "keep": lines("""
        Za Pani zgodą zachowamy CV w naszej bazie na potrzeby przyszłych rekrutacji.
        Życzymy powodzenia w dalszych poszukiwaniach.
        Jeśli pojawi się coś pasującego, odezwiemy się.
    """),
    "nofb": lines("""
        Otrzymaliśmy bardzo wiele wartościowych aplikacji.
        Ze względu na liczbę zgłoszeń nie udzielamy indywidualnej informacji zwrotnej.
    """),
    "fb_intro": lines("""
        Tak jak obiecałam, kilka uwag od komisji:
        Kilka słów informacji zwrotnej:
        Przekazuję uwagi zespołu po rozmowie:
    """),
    "fb": {
        "coding": lines("""
            Zadanie programistyczne działało, ale brakowało testów i obsługi błędów.
        """),
        "system_design": lines("""
            W części dotyczącej architektury zabrakło rozważań o skalowaniu i awariach.
        """),
        "technical_depth": lines("""
            Przy pytaniach o przepisy płacowe odpowiedzi były dość ogólne.
            Zabrakło nam głębszej wiedzy o systemach magazynowych.
        """),
        "communication": lines("""
            Odpowiedzi bywały długie i mało uporządkowane.
        """),
        "experience_level": lines("""
            Brakuje jeszcze doświadczenia w kierowaniu zespołem.
            Doświadczenie w księgowości korporacyjnej okazało się zbyt krótkie.
        """),
        "behavioural": lines("""
            W pytaniach o konkretne sytuacje z przeszłości zabrakło przykładów Pani działań.
        """),
        "composure": lines("""
            Było widać duży stres podczas prezentacji, co odbiło się na odpowiedziach.
        """),
        "questions_to_ask": lines("""
            Na koniec nie zadała Pani żadnych pytań o zespół ani o stanowisko.
        """),
        "cv_positioning": lines("""
            CV nie eksponuje projektów najbardziej związanych z tym stanowiskiem.
        """),
        "collaboration": lines("""
            W zadaniu grupowym pracowała Pani głównie samodzielnie, bez angażowania innych.
        """),
    },
    "praise": lines("""
        Bardzo dobrze wypadła część o Excelu.
        Doceniamy Pani zaangażowanie i przygotowanie.
    """),
    "inv": {
        "phone": lines("""
            Chcielibyśmy umówić krótką rozmowę telefoniczną (ok. 15 minut).
        """),
        "tech": lines("""
            Zapraszamy na rozmowę techniczną z liderem zespołu.
        """),
        "assess": lines("""
            Kolejnym etapem jest test online z logiki i języka angielskiego, do wykonania w ciągu 4 dni.
            Prosimy o wykonanie krótkiego zadania domowego, które potem omówimy.
        """),
        "onsite": lines("""
            Zapraszamy Panią na rozmowę kwalifikacyjną w naszym biurze przy {place}.
        """),
        "final": lines("""
            Zakwalifikowała się Pani do ostatniego etapu: rozmowy z zarządem.
        """),
        "chat": lines("""
            Szef działu chciałby z Tobą chwilę pogadać, zanim podejmiemy decyzję.
        """),
    },
    "inv_log": lines("""
        Proponujemy {date} o godz. {time}.
        Rozmowa odbędzie się przez Teams i potrwa około godziny.
        Adres: {place}, II piętro, proszę zgłosić się w recepcji.
    """),
    "inv_sched": lines("""
        Termin może Pani wybrać samodzielnie w kalendarzu: {link}
    """),
    "inv_ask": lines("""
        Prosimy o potwierdzenie terminu.
        Daj znać, czy pasuje.
    """),
    "offer": lines("""
        Z przyjemnością składamy Pani ofertę zatrudnienia na stanowisku {role}.
        Chcielibyśmy, żeby dołączyła Pani do naszego zespołu, i przedstawiamy ofertę pracy.
        Mam dobre wieści: wybraliśmy Ciebie!
    """),
    "offer_det": lines("""
        Proponowane wynagrodzenie to {sal} zł brutto miesięcznie, umowa o pracę, start {start}.
        W załączniku przesyłamy szczegóły oferty.
    """),
    "offer_dl": lines("""
        Prosimy o odpowiedź do {dl}.
    """),
    "other_role": lines("""
        Jednocześnie Pani profil bardzo pasuje do innej otwartej rekrutacji ({role2}). Czy możemy umówić rozmowę w przyszłym tygodniu?
    """),
    "subj": {
        "ack": lines("""
            Potwierdzenie otrzymania aplikacji
            Twoja aplikacja - {role}
            {co}: dziękujemy za zgłoszenie
        """),
        "rej": lines("""
            Informacja o wyniku rekrutacji
            Rekrutacja na stanowisko {role}
            Re: rozmowa
            Pani aplikacja w {co}
        """),
        "inv": lines("""
            Zaproszenie na rozmowę
            Rekrutacja {co} - kolejny etap
            Rozmowa - {role}
        """),
        "offer": lines("""
            Oferta pracy - {role}
            Propozycja zatrudnienia
        """),
    },
    "alert": lines("""
        Mamy {k} nowych ofert pasujących do wyszukiwania "{q}".
        Nowe oferty pracy w Twojej okolicy:
    """),
    "alert_end": lines("""
        Aplikuj jednym kliknięciem.
        Aby zrezygnować z powiadomień, zmień ustawienia konta.
    """),
    "news": lines("""
        Rozmowa kwalifikacyjna online: 8 błędów, których unikać
        Odmowa po rekrutacji? Jak poprosić o feedback
    """),
    "housing": lines("""
        Dziękujemy za zainteresowanie mieszkaniem przy ul. {street}. Właściciel wybrał innego najemcę.
        Niestety pokój został już wynajęty.
    """),
    "uni": lines("""
        Uprzejmie informujemy, że nie została Pani przyjęta na studia podyplomowe z zarządzania.
        Pani wniosek o stypendium został rozpatrzony negatywnie.
    """),
    "webinar": lines("""
        Zapraszamy na bezpłatny webinar "Jak wypaść dobrze na rozmowie online", {date}, godz. {time}.
        Powiatowy Urząd Pracy zaprasza na warsztaty pisania CV.
    """),
    "ooo": lines("""
        Jestem na urlopie do {dl}. W pilnych sprawach proszę kontaktować się z {me2}.
        Dziękuję za wiadomość. Do {dl} mam ograniczony dostęp do poczty.
    """),
    "reminder": lines("""
        Przypominamy o zaplanowanej rozmowie w {date} o godz. {time}. Prosimy zabrać dowód osobisty.
        Przypomnienie: jutro o {time} rozmowa z {me2}, link bez zmian.
    """),
    "profile": lines("""
        Twój profil jest uzupełniony w 40%. Dodaj doświadczenie, aby pracodawcy mogli Cię znaleźć.
    """),
    "status": lines("""
        Pani aplikacja na stanowisko {role} jest nadal rozpatrywana. Odezwiemy się, gdy tylko będziemy mieli informacje.
        Proces trwa dłużej niż zakładaliśmy, decyzja nie zapadła.
    """),
    "panel": lines("""
        Cześć {n}, w czwartek mamy rozmowy z kandydatami na stażystę do księgowości. Możesz usiąść ze mną w komisji od 10:00?
    """),
    "scam": lines("""
        Gratulacje! Została Pani wybrana do pracy zdalnej, 6000 zł miesięcznie. Aby aktywować umowę, prosimy o opłatę szkoleniową 79 zł BLIK-iem.
    """),
    "closed": lines("""
        Cześć {n}, pisałem do Ciebie o roli {role} u mojego klienta, ale zamknęli rekrutację, zanim zdążyłem wysłać Twoje CV. Będę pamiętał o Tobie przy kolejnych projektach.
    """),
    "s_fbreq": lines("""
        Dziękuję za informację. Czy mogłabym prosić o krótką informację zwrotną po rozmowie? Chciałabym wiedzieć, nad czym popracować.
        Szkoda, ale rozumiem. Czy mogą Państwo napisać, co zadecydowało o odrzuceniu mojej kandydatury?
    """),
    "s_thanks": lines("""
        Dziękuję za dzisiejszą rozmowę, było mi bardzo miło poznać zespół.
    """),
    "s_withdraw": lines("""
        Uprzejmie informuję, że wycofuję swoją kandydaturę na stanowisko {role}, ponieważ przyjęłam inną ofertę.
    """),
    "s_follow": lines("""
        Chciałabym zapytać, czy są już jakieś informacje w sprawie rekrutacji na {role}. Rozmowa odbyła się w {date}.
    """),
    "s_accept": lines("""
        Z radością przyjmuję ofertę! Podpisany dokument odeślę jutro.
    """),
    "s_decline": lines("""
        Bardzo dziękuję za ofertę, jednak po namyśle postanowiłam jej nie przyjmować.
    """),
    "s_sched": lines("""
        {date} o {time} bardzo mi pasuje, do zobaczenia.
        O tej godzinie jestem w pracy, czy można przesunąć na popołudnie?
    """),
}
