"""w44: English hiring mail written by people from the Nordics, the Netherlands, Italy,
Portugal, Brazil and Poland (slightly non-native phrasing), with look-alikes."""

import random

import _w44_en
import _w44_kit as kit

FAMILY_PREFIX = "w44e"


def generate(rng: random.Random):
    yield from kit.all_families(_w44_en.B, rng, FAMILY_PREFIX, scale=1.45)
