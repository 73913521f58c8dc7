"""w49: English hiring mail of employers in Africa, South Asia, South-East Asia, the Gulf and the Caribbean."""

from __future__ import annotations

from _w49_common import Counter
from _w49_en import F
from _w49_run import VENDORS, employer_family

FAMILY_PREFIX = "w49"

FAMILIES = [
    # family, regions, n, style
    ("ng-gh-hr-letters", ["ng", "ng", "gh"], 40,
     dict(sig="person", open_p=0.85, close_p=0.85, footer_p=0.45, rough=0, quote_p=0.35)),
    ("ke-ug-hospital-ngo", ["ke", "ug"], 34,
     dict(sig="team", open_p=0.8, close_p=0.7, footer_p=0.5, rough=0, html_p=0.2, html_only_p=0.3)),
    ("za-corporate-ats", ["za"], 30,
     dict(sig="team", vendor=VENDORS[0], open_p=0.9, close_p=0.6, footer_p=0.8, html_p=0.6, html_only_p=0.6)),
    ("in-portal-ats", ["in"], 34,
     dict(sig="team", vendor=VENDORS[4], open_p=0.9, close_p=0.6, footer_p=0.9, html_p=0.7, html_only_p=0.7)),
    ("south-asia-hr-exec", ["in", "pk", "lk"], 36,
     dict(sig="person", open_p=0.7, close_p=0.9, footer_p=0.35, rough=1, quote_p=0.4)),
    ("ph-bpo-recruiting", ["ph"], 30,
     dict(sig="person", open_p=0.75, close_p=0.7, footer_p=0.5, rough=1, html_p=0.15, html_only_p=0.2)),
    ("sea-hk-corporate", ["sg", "my", "hk"], 30,
     dict(sig="team", vendor=VENDORS[3], open_p=0.8, close_p=0.7, footer_p=0.7, html_p=0.4, html_only_p=0.5)),
    ("gulf-hr-office", ["gulf"], 34,
     dict(sig="person", open_p=0.8, close_p=0.8, footer_p=0.6, rough=1, quote_p=0.3)),
    ("caribbean-hr", ["carib"], 24,
     dict(sig="person", open_p=0.85, close_p=0.9, footer_p=0.4, rough=0)),
    ("whatsapp-recruiter-notes", ["ng", "ke", "in", "ph", "gulf", "za", "pk"], 30,
     dict(sig="short", rough=2, footer_p=0.15, quote_p=0.2)),
]


def generate(rng):
    ctr = Counter()
    for fam, regions, n, style in FAMILIES:
        yield from employer_family(rng, ctr, fam, F, regions, n, style)
