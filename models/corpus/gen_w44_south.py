"""w44: Italian, European Portuguese and Brazilian Portuguese hiring mail and look-alikes."""

import random

import _w44_br
import _w44_it
import _w44_kit as kit
import _w44_pt

FAMILY_PREFIX = "w44s"


def generate(rng: random.Random):
    for B in (_w44_it.B, _w44_pt.B, _w44_br.B):
        yield from kit.all_families(B, rng, FAMILY_PREFIX)
