"""w44: Swedish, Danish and Norwegian (bokmål) hiring mail and look-alikes.

Families: one per language x sender kind (small firm, public employer, agency, localised ATS),
plus job-hunt look-alikes (alerts, newsletters, non-job rejections, shops, scams, unions,
unemployment office) and the candidate's own Sent mail.
"""

import random

import _w44_da
import _w44_kit as kit
import _w44_no
import _w44_sv

FAMILY_PREFIX = "w44n"


def generate(rng: random.Random):
    for B in (_w44_sv.B, _w44_da.B, _w44_no.B):
        yield from kit.all_families(B, rng, FAMILY_PREFIX)
