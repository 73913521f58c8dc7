"""w33 platforms: professional-network messages, job boards, scheduling tools, test platforms, HTML ATS mail.

Mostly Italian, Dutch, Portuguese, Polish and Scandinavian, some English from the same senders.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w33_kit as K  # noqa: E402

FAMILY_PREFIX = "w33net"

# family -> list of (kind, count)
PLAN = {
    "netmsg": [("rej", 22), ("rejfb", 13), ("inv", 22), ("offer", 11), ("pitch", 10), ("closed", 6), ("thanks_today", 6), ("status", 5), ("reminder", 5)],
    "netinmail": [("inv", 8), ("rej", 7), ("rejfb", 3), ("offer", 5), ("pitch", 6), ("status", 3)],
    "boardack": [("ack", 42), ("viewed", 14), ("status", 5)],
    "boardalert": [("alert", 26)],
    "boardprof": [("profview", 20), ("complete", 9)],
    "sched": [("inv", 18), ("resched", 6), ("booked", 10), ("reminder", 7), ("cancel_filled", 5)],
    "testplat": [("test", 16), ("ackinv", 6), ("test_rem", 8), ("test_done", 7)],
    "atshtml": [("ack", 12), ("rej", 10), ("inv", 6), ("offer", 5), ("status", 5), ("thanks_today", 3)],
}


def _footer(x: K.Ctx, plat: str) -> str:
    return x.ui["footer"].format(plat=plat) + "\n" + x.ui["unsub"] + (("\n" + x.ui["privacy"]) if len(plat) % 2 else "")


def _netmsg(rng: random.Random, x: K.Ctx, kind: str, html: bool) -> dict:
    phone = rng.random() < 0.3 and kind in ("rej", "rejfb", "inv", "offer")
    cr = K.core(rng, x, kind, phone=phone)
    org = x.agency if rng.random() < 0.45 else x.c
    title = rng.choice(["Talent Acquisition Partner", "Recruiter", "Senior Recruitment Consultant", "Head of People", "Headhunter", "HR Business Partner"])
    msg = K.letter(rng, x, cr, greet=rng.random() < 0.75, sign=x.p.split()[0] if rng.random() < 0.6 else "", joiner=rng.choice(["\n\n", "\n"]))
    net = x.net
    subj = rng.choice(x.ui["net_subj"]).format(p=x.p, plat=net)
    if rng.random() < 0.25:
        subj = K.subject_for(rng, x, cr)
    url = f"https://www.{K.ascii_slug(net)}.{x.B['tld']}/msg/{rng.randint(10**6, 10**7)}"
    head = f"{x.p}\n{title} @ {org}"
    text = f"{head}\n\n{msg}\n\n{x.ui['reply']}: {url}\n\n---\n{_footer(x, net)}"
    rec = K.record(x, cr, from_name=rng.choice([f"{x.p} via {net}", net, f"{x.p} ({net})"]),
                   from_addr=rng.choice(["messages-noreply", "inmail", "notify"]) + f"@{K.ascii_slug(net)}.{x.B['tld']}", subject=subj, body_text=text)
    if html:
        rec["body_html"] = K.to_html([head, msg], x.ui["reply"], url, _footer(x, net), net)
        if rng.random() < 0.6:
            rec["body_text"] = ""
    return rec


def _board(rng: random.Random, x: K.Ctx, kind: str) -> dict:
    plat = x.plat
    dom = f"{K.ascii_slug(plat)}.{x.B['tld']}"
    url = f"https://{dom}/j/{rng.randint(10**5, 10**6)}"
    cr = None
    if kind == "ack":
        cr = K.Core([x.pick(rng, "board_sent")], ["application_ack"])
        subj = x.f(rng.choice(x.B["board_sent"])).rstrip(".")
        extra = [f"{x.r} · {x.c}", rng.choice(x.B["ack_next"]) if rng.random() < 0.5 else ""]
    elif kind == "viewed":
        cr = K.Core([x.pick(rng, "viewed")], [])
        subj = cr.lines[0].rstrip(".")
        extra = [f"{x.r} · {x.c}"]
    elif kind == "status":
        cr = K.core(rng, x, "status")
        subj = K.subject_for(rng, x, cr)
        extra = [f"{x.r} · {x.c}"]
    elif kind == "alert":
        cr = K.Core([x.f(rng.choice(x.B["alert"]))], [], company=False)
        subj = rng.choice([x.ui["alert_subj"], cr.lines[0]])
        extra = []
        for _ in range(rng.randint(3, 7)):
            other = K.Ctx(rng, x.lang)
            extra.append(f"• {other.r} – {other.c}" + rng.choice(["", f" ({rng.randint(1, 28)} km)", " · remote", " · NEW"]))
    elif kind == "profview":
        s = x.pick(rng, "profview")
        cr = K.Core([s], [], company=x.c in s)
        subj = s.rstrip(".")
        extra = [x.pick(rng, "complete")] if rng.random() < 0.3 else []
    else:  # complete
        cr = K.Core([x.pick(rng, "complete")], [], company=False)
        subj = cr.lines[0].split(":")[0]
        extra = [f"{x.n}, {x.k}%"]
    lines = [x.pick(rng, "hi") if rng.random() < 0.6 else ""] + cr.lines + [e for e in extra if e]
    foot = _footer(x, plat)
    text = "\n\n".join(ln for ln in lines if ln) + f"\n\n{x.ui['view']}: {url}\n\n{foot}"
    rec = K.record(x, cr, from_name=rng.choice([plat, f"{plat} Alert", f"{plat} ✉"]), from_addr=f"noreply@{dom}", subject=subj, body_text=text)
    r = rng.random()
    if r < 0.3:
        rec["body_html"] = K.to_html([ln for ln in lines if ln], x.ui["view"], url, foot, plat)
        if r < 0.15:
            rec["body_text"] = ""
    return rec


def _sched(rng: random.Random, x: K.Ctx, kind: str) -> dict:
    tool = rng.choice(K.SCHED)
    if kind == "inv":
        cr = K.core(rng, x, "inv")
        if x.link not in " ".join(cr.lines):
            cr.lines.append(x.link)
        subj = x.ui["sched_subj"].format(c=x.c)
    elif kind == "booked":
        cr = K.Core([x.ui["booked"].format(c=x.c, d=x.d), f"{x.r} · {x.p}", "Google Meet / Teams: " + x.link], [])
        subj = x.ui["booked"].format(c=x.c, d=x.d)
    elif kind == "reminder":
        cr = K.core(rng, x, "reminder")
        cr.lines.append(x.link)
        subj = ("⏰ " if rng.random() < 0.4 else "") + x.ui["booked"].format(c=x.c, d=x.d)
    else:  # resched / cancel_filled
        cr = K.core(rng, x, kind)
        subj = K.subject_for(rng, x, cr)
    text = K.letter(rng, x, cr, greet=rng.random() < 0.7, sign=f"{x.p}, {x.c}") + f"\n\n— {tool}\n{x.ui['unsub']}"
    rec = K.record(x, cr, from_name=rng.choice([f"{x.c} via {tool}", f"{x.p} ({tool})", tool]),
                   from_addr=f"no-reply@{K.ascii_slug(tool)}.io", subject=subj, body_text=text)
    if rng.random() < 0.2:
        rec["body_html"] = K.to_html(text.split("\n\n"), None, None, "", tool)
    return rec


def _test(rng: random.Random, x: K.Ctx, kind: str) -> dict:
    tool = rng.choice(K.TESTS)
    if kind in ("test", "ackinv"):
        cr = K.core(rng, x, kind)
        subj = x.ui["test_subj"].format(c=x.c) if rng.random() < 0.6 else K.subject_for(rng, x, cr)
    else:
        cr = K.Core([x.ui[kind].format(c=x.c)], [])
        subj = x.ui["test_subj"].format(c=x.c)
        if kind == "test_rem":
            cr.lines.append(x.link)
    text = K.letter(rng, x, cr, sign=f"{x.c} × {tool}") + f"\n\nPowered by {tool} · {x.ui['privacy']}"
    rec = K.record(x, cr, from_name=rng.choice([f"{x.c} (via {tool})", tool, f"{x.c} Assessments"]),
                   from_addr=f"invite@{K.ascii_slug(tool)}-mail.com", subject=subj, body_text=text)
    if rng.random() < 0.35:
        rec["body_html"] = K.to_html(text.split("\n\n"), "Start" if kind != "test_done" else None, x.link, "", tool)
        if rng.random() < 0.5:
            rec["body_text"] = ""
    return rec


def _atshtml(rng: random.Random, x: K.Ctx, kind: str) -> dict:
    cr = K.core(rng, x, kind)
    relay = rng.choice(K.RELAYS)
    lines = [x.pick(rng, "hi")] + cr.lines + [K.bye(rng, x) + "\n" + rng.choice([f"{x.c} Recruiting", f"Team HR {x.c}", x.p])]
    foot = f"{x.c} · {x.ui['privacy']}"
    rec = K.record(x, cr, from_name=rng.choice([f"{x.c} Careers", f"Jobs at {x.c}", f"{x.c} HR", x.c]),
                   from_addr=f"no-reply@{relay}", subject=K.subject_for(rng, x, cr), body_text="")
    rec["body_html"] = K.to_html(lines, x.ui["view"] if kind in ("ack", "status") else None, f"https://{relay}/p/{rng.randint(1000, 9999)}", foot, x.c)
    if rng.random() < 0.4:
        rec["body_text"] = "\n\n".join(lines) + "\n\n" + foot
    return rec


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, plan in PLAN.items():
        n = 0
        for kind, count in plan:
            for _ in range(count):
                x = K.Ctx(rng)
                if fam in ("netmsg", "netinmail"):
                    rec = _netmsg(rng, x, kind, html=fam == "netinmail")
                elif fam.startswith("board"):
                    rec = _board(rng, x, kind)
                elif fam == "sched":
                    rec = _sched(rng, x, kind)
                elif fam == "testplat":
                    rec = _test(rng, x, kind)
                else:
                    rec = _atshtml(rng, x, kind)
                rec["family"] = f"{FAMILY_PREFIX}-{fam}"
                rec["id"] = f"{rec['family']}-{n}"
                n += 1
                yield K.finalize(rec)
