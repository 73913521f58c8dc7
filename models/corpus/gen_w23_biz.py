"""w23 consumer-facing senders: banks, retailers, marketplaces, landlords, insurers, universities.

Most mail here says "application", "offer", "unfortunately" or "feedback" about something that is not
a job (cards, loans, listings, flats, admissions) and carries no label. The same senders also write
real hiring mail (their careers team), so the letterhead never decides the label.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w23_kit as K  # noqa: E402
import _w23_say as S  # noqa: E402

FAMILY_PREFIX = "w23biz"
W = K.Writer(FAMILY_PREFIX)


def _careers_pos(rng: random.Random, fam: str, emp: tuple[str, str, str], voice: dict) -> dict:
    """A real hiring decision written in a consumer brand's house style."""
    org, dom, sector = emp
    role = K.role_for(sector, rng)
    me = rng.choice(K.ME)
    kind = rng.choices(["ack", "rej", "inv", "off", "rejfb", "ackinv"], [17, 35, 19, 14, 10, 6])[0]
    num = str(rng.randint(10000, 999999))
    kw = dict(role=role, org=org, dom=dom, num=num)
    labels: list[str] = []
    oc: list[str] = []
    topics: list[str] = []
    parts = [K.greet(rng, me)]
    if kind == "ack":
        subject = rng.choice(["Your application: {role}", "We've got your application - {org} Careers",
                              "Application received ({num})", "Thanks for applying to {org}"]).format(**kw)
        parts += [K.pick(rng, S.ACK, **kw), rng.choice(voice["next"])]
        labels = ["application_ack"]
    elif kind in ("rej", "rejfb"):
        subject = rng.choice(["Your application for {role}", "Update on your {org} application",
                              "{role} - outcome", "About your application ({num})", "Application outcome"]).format(**kw)
        parts.append(rng.choice(voice["thanks"]).format(**kw))
        core, oc = S.reject_with_reason(rng, role)
        parts.append(core)
        labels = ["rejection"]
        if kind == "rejfb":
            fb, topics = S.feedback_lines(rng, role=role)
            parts.append(fb)
            labels.append("feedback")
        else:
            nf = rng.choice(S.NO_FEEDBACK)
            if nf:
                parts.append(nf)
        parts.append(rng.choice(voice["close_neg"]))
    elif kind in ("inv", "ackinv"):
        subject = rng.choice(["Interview invitation - {role}", "Next steps: {role}", "{org}: let's talk",
                              "Invitation: assessment for {role}"]).format(**kw)
        if kind == "ackinv":
            parts.append(K.pick(rng, S.ACK, **kw))
            labels.append("application_ack")
        parts += [K.pick(rng, S.INVITE, **kw),
                  rng.choice(["It will be on {d} at {t}, or let us know if another time suits better.",
                              "Slots are available on {d}; reply with what works.",
                              "Please confirm by replying to this email.",
                              "Bring a form of photo ID if you are coming in person."]).format(
                      d=K.date_words(rng), t=K.time_words(rng))]
        labels.append("interview_invite")
    else:
        subject = rng.choice(["Offer of employment - {role}", "Your offer from {org}", "Good news about {role}",
                              "Job offer: {role}"]).format(**kw)
        parts += [K.pick(rng, S.OFFER, **kw),
                  K.pick(rng, S.OFFER_TERMS, pay=rng.choice(S.PAY), date=K.date_words(rng)),
                  rng.choice(["Please let us know by {d} whether you accept.",
                              "Your contract will follow once you confirm you'd like to accept.",
                              "Do call me if you want to talk anything through before you decide."]).format(
                      d=K.date_words(rng))]
        labels = ["offer"]
    rn, rl = K.person(rng)
    sender = rng.choice(voice["careers_from"]).format(org=org)
    parts.append(K.signoff(rng, rng.choice([f"{rn} {rl}", f"{org} Careers", f"The {org} Recruitment Team"]),
                           rng.choice(["Talent Acquisition", "Recruitment Partner", "HR Advisor", ""]), org))
    parts.append(K.footer(rng, org, dom))
    return W.rec(rng, fam, subject=K.subj(rng, subject), body=K.joiner(parts), from_name=sender,
                 from_addr=rng.choice([f"careers@{dom}", f"no-reply@{dom}", f"recruitment@{dom}",
                                       f"{org.split()[0].lower()}@hire.talentrelay.net"]),
                 to_addr=me[1], labels=labels, company=org, topics=topics, outside_control=oc, brand=org)


# ---------------------------------------------------------------- bank
BANK_VOICE = {
    "next": ["We'll be in touch once the hiring team has looked at it.",
             "You can track the status in your candidate account at any time.",
             "If your skills match, a member of our resourcing team will contact you within ten working days."],
    "thanks": ["Thank you for your interest in working at {org}.", "Thank you for the time you've put into applying.",
               "Thanks for applying for {role}."],
    "close_neg": ["We wish you the very best in your search.", "We'd encourage you to look at our other vacancies.",
                  "Thank you again for considering a career with us."],
    "careers_from": ["{org} Careers", "{org} Resourcing", "Careers at {org}", "{org} Recruitment"],
}


def bank_neg(rng: random.Random) -> dict:
    org, dom, _ = rng.choice(K.employers("bank"))
    me = rng.choice(K.ME)
    product = rng.choice(["credit card", "personal loan", "mortgage", "overdraft", "car finance", "business account",
                          "savings account", "balance transfer card"])
    ref = str(rng.randint(1000000, 9999999))
    kind = rng.randrange(8)
    if kind == 0:
        subject = rng.choice(["We've received your {p} application", "Your application is with us",
                              "Application received - ref {ref}"]).format(p=product, ref=ref)
        body = [K.greet(rng, me), f"Thank you for applying for a {org} {product}. We have received your application (reference {ref}).",
                rng.choice(["Most decisions are made within two working days.",
                            "We may contact you if we need proof of income or address.",
                            "You do not need to do anything else right now."])]
    elif kind == 1:
        subject = rng.choice(["About your {p} application", "Your application outcome", "Decision on your application"]).format(p=product)
        body = [K.greet(rng, me), rng.choice([
            f"Unfortunately we're unable to approve your {product} application at this time.",
            f"We're sorry, but after reviewing your details we are not able to offer you a {product}.",
            f"Thank you for your recent application. Regrettably it has not been successful on this occasion."]),
            rng.choice(["This decision was based on information from credit reference agencies and our own lending criteria.",
                        "You can ask us to explain the main reasons for this decision.",
                        "A declined application does not stop you applying again in the future."])]
    elif kind == 2:
        subject = rng.choice(["Your mortgage offer is ready", "Mortgage offer issued - ref {ref}", "Good news: your offer has been issued"]).format(ref=ref)
        body = [K.greet(rng, me), f"Your mortgage offer for the property at {rng.randint(1, 120)} {rng.choice(['Mill Lane', 'Orchard Way', 'Station Road', 'Kingsway'])} has been issued and sent to your solicitor.",
                "The offer is valid for six months. Please read the conditions carefully."]
    elif kind == 3:
        subject = rng.choice(["An exclusive offer just for you", "You're pre-approved 🎉", "Special offer: 0% for 24 months",
                              "Your personalised loan offer"])
        body = [rng.choice(K.GREET_ANON), f"As a valued {org} customer you've been pre-approved for a {product} with a special introductory rate.",
                "This offer ends on " + K.date_words(rng) + ". Representative APR 19.9% variable.", "Apply in minutes in the app."]
    elif kind == 4:
        subject = rng.choice(["How was your appointment?", "Tell us about your recent visit", "We value your feedback"])
        body = [K.greet(rng, me), rng.choice([
            "You recently met one of our mortgage advisers for an interview about your borrowing needs. We'd love your feedback.",
            "Thanks for visiting your local branch. Could you spare two minutes to give us feedback?",
            "How likely are you to recommend us to a friend? Your feedback helps us improve."]),
            f"https://survey.{dom}/r/{ref}"]
    elif kind == 5:
        subject = rng.choice(["Your mortgage interview is confirmed", "Reminder: appointment tomorrow", "Appointment booked"])
        body = [K.greet(rng, me), f"Your mortgage interview with {' '.join(K.person(rng))} is booked for {K.date_words(rng)} at {K.time_words(rng)}.",
                "Please bring three months of payslips and photo ID. If you need to rearrange, call us."]
    elif kind == 6:
        subject = rng.choice(["Your application is incomplete", "We need a bit more information", "Action needed on your application"])
        body = [K.greet(rng, me), f"We can't finish assessing your {product} application until you upload proof of address.",
                "If we don't hear from you within 14 days, your application will be closed."]
    else:
        subject = rng.choice(["Your loan offer has expired", "Your offer to switch rate", "Your new rate offer"])
        body = [K.greet(rng, me), rng.choice([
            "The loan offer we made you on " + K.date_words(rng) + " has now expired. You can apply again at any time.",
            "Your current fixed rate ends soon. We can offer you a new rate without a new application."])]
    body += [K.signoff(rng, f"{org}", rng.choice(["Customer Services", "Lending Team", "Mortgage Centre", ""])), K.footer(rng, org, dom)]
    return W.rec(rng, "bank", subject=K.subj(rng, subject), body=K.joiner(body),
                 from_name=rng.choice([org, f"{org} Lending", f"{org} Mortgages", f"{org} Cards"]),
                 from_addr=rng.choice([f"notifications@{dom}", f"no-reply@{dom}", f"hello@email.{dom}"]),
                 to_addr=me[1], brand=org)


# ---------------------------------------------------------------- retail
RETAIL_VOICE = {
    "next": ["Our store manager will review applications at the end of the week.",
             "If you're shortlisted, we'll text you to arrange a chat.",
             "Keep an eye on your inbox - we'll be in touch either way."],
    "thanks": ["Thanks so much for wanting to join the {org} family!", "Thanks for applying to work with us at {org}.",
               "We really appreciate you applying for {role}."],
    "close_neg": ["We hope to see you in store soon.", "Do keep an eye on our careers page for new roles.",
                  "Good luck with everything."],
    "careers_from": ["{org} Careers", "{org} People Team", "Team {org}", "{org} Jobs"],
}


def retail_neg(rng: random.Random) -> dict:
    org, dom, _ = rng.choice(K.employers("retail", "food", "leisure", "auto"))
    me = rng.choice(K.ME)
    code = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(7))
    order = str(rng.randint(100000, 999999))
    kind = rng.randrange(8)
    if kind == 0:
        subject = rng.choice(["Your offer code is inside", "🎁 A special offer for you", "Offer ends tonight",
                              "Members' offer: 20% off", "Last chance: weekend offer"])
        body = [rng.choice(K.GREET_ANON), f"Use code {code} at checkout for {rng.choice(['20%', '15%', '£10', '€5', 'free delivery'])} off.",
                rng.choice(["Offer valid until midnight Sunday.", "One use per customer. Excludes sale items.",
                            "This exclusive offer is just for our newsletter subscribers."])]
    elif kind == 1:
        subject = rng.choice(["We've received your order #{o}", "Order confirmation {o}", "Thanks for your order!"]).format(o=order)
        body = [K.greet(rng, me), f"Thanks for shopping with {org}. We've received your order #{order} and will let you know when it ships.",
                f"Items: {rng.randint(1, 4)}  Total: £{rng.randint(8, 240)}.{rng.randint(10, 99)}"]
    elif kind == 2:
        subject = rng.choice(["How did we do?", "Tell us what you think", "Your feedback on order {o}", "Rate your purchase"]).format(o=order)
        body = [K.greet(rng, me), rng.choice([
            "We'd love your feedback on your recent purchase. It only takes a minute.",
            "How was your visit to our store? Leave feedback and get entered into our monthly prize draw.",
            "Could you review the items you bought? Honest feedback helps other shoppers."])]
    elif kind == 3:
        subject = rng.choice(["Your store card application", "We've received your application for a {o} store card"]).format(o=org)
        body = [K.greet(rng, me), rng.choice([
            "We've received your application for a store card and will send a decision within five days.",
            "Unfortunately your store card application has been declined by our credit provider."])]
    elif kind == 4:
        subject = rng.choice(["Your return has been received", "Refund on its way", "We couldn't accept your return"])
        body = [K.greet(rng, me), rng.choice([
            f"We've received your return for order #{order}. Your refund will appear within 5 working days.",
            f"Unfortunately we are unable to accept the return for order #{order} as it was outside the 30-day window."])]
    elif kind == 5:
        subject = rng.choice(["You're invited: late-night shopping event", "Invitation: VIP preview evening",
                              "Join us for the grand opening"])
        body = [K.greet(rng, me), f"You're invited to an exclusive evening at {org} on {K.date_words(rng)} - drinks, demos and offers all night.",
                "RSVP with the button below."]
    elif kind == 6:
        subject = rng.choice(["We're hiring in your area!", "Seasonal jobs at {o}", "Join our team this Christmas"]).format(o=org)
        body = [rng.choice(K.GREET_ANON), f"{org} is recruiting for seasonal roles in stores near you. Flexible hours and a staff discount.",
                "Apply online in ten minutes. (You're receiving this because you subscribed to our newsletter.)"]
    else:
        subject = rng.choice(["Your loyalty points are about to expire", "Your birthday treat is here 🎂", "Price drop on your wishlist"])
        body = [K.greet(rng, me), rng.choice([
            f"You have {rng.randint(120, 4000)} points that expire at the end of the month.",
            "Something on your wishlist just dropped in price. Don't miss this offer.",
            "Happy birthday from all of us! Here's a little offer to celebrate."])]
    body += [K.signoff(rng, f"The {org} Team"), "Unsubscribe | Privacy | Help" if rng.random() < 0.5 else K.footer(rng, org, dom)]
    return W.rec(rng, "retail", subject=K.subj(rng, subject), body=K.joiner(body),
                 from_name=rng.choice([org, f"{org} Offers", f"{org} Orders"]),
                 from_addr=rng.choice([f"news@{dom}", f"orders@{dom}", f"hello@mail.{dom}"]), to_addr=me[1], brand=org)


# ---------------------------------------------------------------- marketplace
def market_neg(rng: random.Random) -> dict:
    org, dom, _ = rng.choice(K.employers("marketplace"))
    me = rng.choice(K.ME)
    item = rng.choice(["mid-century sideboard", "road bike (56cm)", "Nikon D7500 body", "Lego Millennium Falcon",
                       "oak dining table", "standing desk", "vintage leather jacket", "PS5 with two controllers",
                       "Kindle Paperwhite", "pram and carrycot"])
    price = rng.randint(15, 600)
    buyer = K.person(rng)[0]
    kind = rng.randrange(7)
    if kind == 0:
        subject = f"{buyer} made an offer on your {item}"
        body = [f"{buyer} has offered £{price} for your {item}.", "Accept, decline or make a counter-offer within 48 hours."]
    elif kind == 1:
        subject = rng.choice(["Your offer was declined", "The seller declined your offer", "Offer not accepted"])
        body = [K.greet(rng, me), f"Unfortunately the seller has declined your offer of £{price} for the {item}.",
                "You can make another offer or browse similar items."]
    elif kind == 2:
        subject = rng.choice(["Your offer was accepted!", "Good news - offer accepted", "It's a deal 🎉"])
        body = [K.greet(rng, me), f"The seller accepted your offer of £{price} for the {item}. Pay within 24 hours to secure it."]
    elif kind == 3:
        subject = f"Make an offer: {item} and 12 more you might like"
        body = [rng.choice(K.GREET_ANON), f"Sellers near you are open to offers on items like the {item}.", "Tap 'Make an offer' on any listing."]
    elif kind == 4:
        subject = rng.choice(["Leave feedback for your seller", "How was your purchase?", "Please rate {b}"]).format(b=buyer)
        body = [K.greet(rng, me), f"You recently bought the {item} from {buyer}. Leaving feedback helps keep {org} safe."]
    elif kind == 5:
        subject = rng.choice(["Your listing was rejected", "We couldn't publish your listing"])
        body = [K.greet(rng, me), f"Unfortunately your listing for the {item} doesn't meet our guidelines and has not been published.",
                "Please edit the photos and description and submit it again."]
    else:
        subject = rng.choice(["Your seller application has been received", "We've received your application to become a Pro seller"])
        body = [K.greet(rng, me), "Thanks for applying to our Pro seller programme. We'll review your application within 3 working days."]
    body += [f"- {org}", "You're receiving this because of activity on your account. Notification settings: https://" + dom + "/settings"]
    return W.rec(rng, "market", subject=K.subj(rng, subject), body=K.joiner(body), from_name=org,
                 from_addr=rng.choice([f"noreply@{dom}", f"notify@{dom}"]), to_addr=me[1], brand=org)


# ---------------------------------------------------------------- housing / insurance / visa
def housing_neg(rng: random.Random) -> dict:
    org, dom, sector = rng.choice(K.employers("property", "insurance"))
    me = rng.choice(K.ME)
    addr = f"{rng.randint(2, 90)} {rng.choice(['Albion Street', 'Canal View', 'Hawthorn Close', 'Beechwood Road', 'Marlow Court'])}"
    kind = rng.randrange(8)
    if sector == "insurance" and kind < 4:
        kind += 8
    texts = {
        0: ("Your application for " + addr, [f"Thank you for applying to rent {addr}. We have received your application and the holding deposit.",
                                              "Referencing usually takes 3-5 working days."]),
        1: ("Update on your rental application", [f"Unfortunately, the landlord has decided to proceed with another applicant for {addr}.",
                                                  rng.choice(["Your holding deposit will be refunded within 7 days.",
                                                              "We have several similar properties coming up; shall I send details?"])]),
        2: ("Viewing invitation - " + addr, [f"You're invited to an open viewing at {addr} on {K.date_words(rng)} at {K.time_words(rng)}.",
                                             "Please reply to confirm you'll attend."]),
        3: ("Tenant feedback survey", ["We'd appreciate your feedback on how we handled your recent move-in.",
                                       "The survey takes five minutes."]),
        4: ("Your offer on " + addr, [f"The vendor has accepted your offer on {addr}, subject to contract.",
                                      "Please instruct your solicitor and let us have their details."]),
        5: ("Offer rejected - " + addr, [f"I'm sorry to say the vendor has rejected your offer of £{rng.randint(180, 650)},000 on {addr}.",
                                         "They'd consider something closer to the asking price."]),
        6: ("Your referencing outcome", ["Your tenant referencing has come back as 'accept with guarantor'.",
                                         "We'll need your guarantor's details before the tenancy can go ahead."]),
        7: ("Inspection reminder", [f"A reminder that the routine inspection of {addr} is booked for {K.date_words(rng)}."]),
        8: ("We've received your claim", ["Thank you - we've received your claim and a handler will be in touch within two working days."]),
        9: ("Your claim decision", ["Unfortunately we're unable to accept your claim, as the damage is excluded under section 4 of your policy.",
                                    "If you disagree you can ask us to review the decision."]),
        10: ("Your renewal offer", ["Your renewal offer is ready. We've frozen your premium for another year."]),
        11: ("Your application for cover", ["We have received your application for income protection cover.",
                                            "We may need to arrange a short telephone interview with one of our nurses about your medical history."]),
    }
    subject, lines = texts[kind]
    body = [K.greet(rng, me)] + lines + [K.signoff(rng, " ".join(K.person(rng)), rng.choice(["Claims Team", "Customer Service", "Policy Services"] if sector == "insurance" else ["Lettings Manager", "Sales Negotiator", "Property Manager"]), org),
                                          K.footer(rng, org, dom)]
    return W.rec(rng, "housing", subject=K.subj(rng, subject), body=K.joiner(body), from_name=rng.choice([org, " ".join(K.person(rng))]),
                 from_addr=rng.choice([f"lettings@{dom}", f"claims@{dom}", f"info@{dom}"]), to_addr=me[1], brand=org)


def visa_neg(rng: random.Random) -> dict:
    me = rng.choice(K.ME)
    country = rng.choice(["Canada", "Australia", "Japan", "the United Kingdom", "New Zealand", "Ireland", "Germany"])
    kind = rng.randrange(5)
    ref = f"{rng.choice(['GWF', 'VFS', 'IRL', 'APP'])}{rng.randint(10000000, 99999999)}"
    if kind == 0:
        subject, lines = "Application acknowledgement " + ref, [f"We acknowledge receipt of your visa application ({ref}) for {country}.",
                                                                "Processing times are currently around 8 weeks."]
    elif kind == 1:
        subject, lines = "Decision on your application", [f"We regret to inform you that your application for a visitor visa to {country} has been refused.",
                                                          "The reasons are set out in the attached refusal notice."]
    elif kind == 2:
        subject, lines = "Invitation to interview - " + ref, [f"You are required to attend an interview at the consulate regarding your residence permit application on {K.date_words(rng)}.",
                                                              "Bring your passport and the original documents listed."]
    elif kind == 3:
        subject, lines = "Biometrics appointment confirmed", [f"Your biometrics appointment is confirmed for {K.date_words(rng)} at {K.time_words(rng)}."]
    else:
        subject, lines = "Your citizenship test result", ["We are sorry to tell you that you did not pass the citizenship test. You may book another attempt after 7 days."]
    lines.append(rng.choice(["Application type: " + rng.choice(["Visitor", "Skilled Worker", "Working Holiday", "Family", "Student"]),
                             "Please quote your reference in all correspondence.", f"Centre: {rng.choice(['London', 'Manchester', 'Dublin', 'Berlin', 'Madrid', 'Lyon'])}",
                             "You can check the status of your application online.", ""]))
    body = [rng.choice(["Dear Applicant,", "Dear " + me[0] + ",", "Dear Sir/Madam,"])] + lines + [
        "This is an automated message. Please do not reply.", "Immigration Services"]
    return W.rec(rng, "visa", subject=subject, body=K.joiner(body), from_name=rng.choice(["Visa Application Centre", "Immigration Services", "Consular Section"]),
                 from_addr=rng.choice(["noreply@visa-centre.example.org", "donotreply@immigration.example.gov", "consular@embassy.example.org"]),
                 to_addr=me[1], html_mode=rng.choice(["text", "text", "html_only"]))


# ---------------------------------------------------------------- education
def edu_neg(rng: random.Random) -> dict:
    org, dom, _ = rng.choice(K.employers("university"))
    me = rng.choice(K.ME)
    course = rng.choice(["MSc Data Science", "MA Museum Studies", "PGCE Secondary Mathematics", "MBA (part-time)",
                         "LLM International Law", "MSc Sustainable Energy", "BSc Nursing", "evening course in Spanish B1",
                         "PhD in Computational Linguistics"])
    kind = rng.randrange(10)
    if kind == 0:
        subject, lines = "Your application to " + course, [f"We have received your application for the {course} programme starting in September.",
                                                           "You will receive a decision through the applicant portal."]
    elif kind == 1:
        subject, lines = "Decision on your application", [f"Thank you for applying to {org}. We're sorry to tell you we are unable to offer you a place on the {course}.",
                                                          "Competition this year was exceptionally strong."]
    elif kind == 2:
        subject, lines = "Congratulations - offer of a place", [f"We're delighted to offer you a place on the {course} at {org}.",
                                                                "This is a conditional offer; please accept it in the portal by the deadline."]
    elif kind == 3:
        subject, lines = "Scholarship outcome", ["Thank you for applying for the Graduate Excellence Scholarship.",
                                                 "Unfortunately your application was not successful this year. Your place on the course is not affected."]
    elif kind == 4:
        subject, lines = "You're on the waiting list", [f"The {course} is full, and you've been placed on the waiting list (position {rng.randint(2, 30)})."]
    elif kind == 5:
        subject, lines = "Interview for " + course, [f"As part of the selection process for the {course}, we'd like to invite you to an admissions interview on {K.date_words(rng)}.",
                                                     "Interviews are held online and last about 20 minutes."]
    elif kind == 6:
        subject, lines = "Your exam results", ["Your results for module CS" + str(rng.randint(100, 499)) + " are now available.",
                                               "Unfortunately you did not reach the pass mark; a resit is available in August."]
    elif kind == 7:
        subject, lines = "Feedback on your assignment", ["Feedback on your coursework has been released. Your tutor comments that the literature review is thin and the argument lacks structure.",
                                                         "You can book office hours to discuss it."]
    elif kind == 8:
        subject, lines = "Module evaluation - we want your feedback", ["Please complete the end-of-term module evaluation. Your feedback shapes next year's teaching."]
    else:
        subject, lines = "Careers fair: meet 80 employers", [f"The {org} careers fair is on {K.date_words(rng)}. Bring copies of your CV and practise your interview pitch at our workshop beforehand."]
    body = [K.greet(rng, me)] + lines + [K.signoff(rng, rng.choice(["Admissions Office", "Student Records", "Careers Service", "Postgraduate Admissions"]), "", org)]
    return W.rec(rng, "edu", subject=K.subj(rng, subject), body=K.joiner(body), from_name=f"{org}",
                 from_addr=rng.choice([f"admissions@{dom}", f"noreply@{dom}", f"careers@{dom}"]), to_addr=me[1], brand=org)


EDU_VOICE = {
    "next": ["Shortlisting will take place after the closing date.", "We aim to let all applicants know the outcome within three weeks of the closing date."],
    "thanks": ["Thank you for applying for the post of {role} at {org}.", "Thank you for your interest in the {role} vacancy."],
    "close_neg": ["We wish you success in your career.", "We hope you will consider applying for future vacancies at the University."],
    "careers_from": ["{org} HR", "{org} Recruitment", "{org} Jobs"],
}

INS_VOICE = {
    "next": ["Our recruitment team will review your details and be in touch.", "Please allow up to two weeks for us to review applications."],
    "thanks": ["Thank you for your interest in a role with {org}.", "Thank you for applying."],
    "close_neg": ["We wish you well.", "Thank you again for your time."],
    "careers_from": ["{org} Careers", "{org} Talent", "{org} People"],
}


def generate(rng: random.Random) -> Iterable[dict]:
    plan = [
        (bank_neg, 55), (retail_neg, 55), (market_neg, 34), (housing_neg, 44), (visa_neg, 16), (edu_neg, 46),
    ]
    for fn, n in plan:
        for _ in range(n):
            yield fn(rng)
    for _ in range(34):
        yield _careers_pos(rng, "bank", rng.choice(K.employers("bank")), BANK_VOICE)
    for _ in range(34):
        yield _careers_pos(rng, "retail", rng.choice(K.employers("retail", "food", "leisure", "auto")), RETAIL_VOICE)
    for _ in range(22):
        yield _careers_pos(rng, "edu", rng.choice(K.employers("university")), EDU_VOICE)
    for _ in range(18):
        yield _careers_pos(rng, "housing", rng.choice(K.employers("property", "insurance")), INS_VOICE)
