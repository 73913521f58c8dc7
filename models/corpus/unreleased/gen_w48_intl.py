"""w48: the candidate's own mail and employers' replies in Portuguese, Spanish, French, German, Italian,
Dutch, Polish, Swedish, Indonesian and Malay."""

import _w48_de as D
import _w48_es as S
import _w48_fr as F
import _w48_mk as M
import _w48_more as X
import _w48_pt as P

FAMILY_PREFIX = "w48"

PERSONAS = [
    (M.Persona("w48-pt-br-mailbox", P.BR, formal=0.45, phone=0.25, typo=0.12), 36),
    (M.Persona("w48-pt-pt-mailbox", P.PT, formal=0.65, phone=0.12, typo=0.08), 24),
    (M.Persona("w48-es-latam-mailbox", S.LA, formal=0.5, phone=0.22, typo=0.12), 34),
    (M.Persona("w48-es-es-mailbox", S.ES, formal=0.5, phone=0.15, typo=0.1), 26),
    (M.Persona("w48-fr-fr-mailbox", F.FR, formal=0.7, phone=0.12, typo=0.08), 26),
    (M.Persona("w48-fr-qc-mailbox", F.QC, formal=0.45, phone=0.2, typo=0.1), 18),
    (M.Persona("w48-fr-westafrica-formal", F.WA, formal=0.85, phone=0.1, typo=0.12), 16),
    (M.Persona("w48-de-mailbox", D.DE, formal=0.65, phone=0.12, typo=0.08), 50),
    (M.Persona("w48-it-mailbox", D.IT, formal=0.6, phone=0.15, typo=0.1), 45),
    (M.Persona("w48-nl-mailbox", X.NL, formal=0.45, phone=0.15, typo=0.1), 42),
    (M.Persona("w48-pl-mailbox", X.PL, formal=0.6, phone=0.15, typo=0.1), 40),
    (M.Persona("w48-sv-mailbox", X.SV, formal=0.4, phone=0.15, typo=0.08), 40),
    (M.Persona("w48-id-mailbox", X.ID, formal=0.6, phone=0.25, typo=0.1), 40),
    (M.Persona("w48-ms-mailbox", X.MS, formal=0.6, phone=0.25, typo=0.1), 38),
]


def generate(rng):
    yield from M.run(PERSONAS, rng)
