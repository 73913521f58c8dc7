"""w44: Dutch and Polish hiring mail and look-alikes."""

import random

import _w44_kit as kit
import _w44_nl
import _w44_pl

FAMILY_PREFIX = "w44w"


def generate(rng: random.Random):
    for B in (_w44_nl.B, _w44_pl.B):
        yield from kit.all_families(B, rng, FAMILY_PREFIX)
