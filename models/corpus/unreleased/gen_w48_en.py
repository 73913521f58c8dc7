"""w48: the candidate's own English mail (Sent) and employers' replies over it (INBOX), worldwide registers."""

import copy

import _w48_en as E
import _w48_mk as M

FAMILY_PREFIX = "w48"


def bank(extra_S=None, extra_R=None, **over):
    b = copy.deepcopy(E.BASE)
    for k, v in (extra_S or {}).items():
        b["S"][k] = b["S"][k] + v
    for k, v in (extra_R or {}).items():
        b["R"][k] = b["R"][k] + v
    b.update(over)
    return b


US = bank(
    {"fbreq": ["Would you be open to sharing a couple of things I could have done better?",
               "I'm super grateful for the process and would love any candid feedback."]},
    {"rej": [("We've decided to move forward with other candidates whose backgrounds better align with the role.", ["closer_fit"])]},
    variant="us",
    first=["Jordan", "Taylor", "Ashley", "Marcus", "Kayla", "Tyler", "Brianna", "Diego", "Megan", "Caleb"],
    last=["Johnson", "Ramirez", "Whitaker", "Nguyen", "Brooks", "Kowalski", "Hayes", "Morgan", "Patel", "Coleman"],
    companies=["Bluefin Analytics", "Lakeshore Health", "Cobalt Ridge Software", "Redwood Freight", "Summit Ledger",
               "Harborview Labs", "Pinecrest Insurance", "Mesa Robotics"],
    close_c=["Thanks!", "Best,", "Thanks so much,", "Cheers,"],
    slot=["Tuesday at 10am ET", "Thursday at 2:30pm PT", "Monday at 1pm CT", "Friday at 11am EST"],
    sig_extra=["(312) 555-0{p}", "linkedin.com/in/jobseeker{q}"],
    tld=[".com", ".io"],
)

UKIE = bank(
    {"fbreq": ["I'd be ever so grateful for any feedback you could pass along.",
               "Would you be able to give me a steer on where I lost marks in the competency interview?"],
     "chase": ["Just a gentle nudge to see if there's any news on the role."]},
    {"rej": [("I'm sorry to let you know that on this occasion you haven't been shortlisted for the next stage.", []),
             ("The post has been offered to and accepted by another applicant.", ["role_filled"])]},
    first=["Siobhan", "Ciarán", "Aoife", "Oliver", "Niamh", "Harriet", "Conor", "Rhys", "Eimear", "Callum"],
    last=["O'Brien", "Murphy", "Walsh", "Thompson", "Kelly", "Davies", "Byrne", "Fletcher", "Doyle", "McCarthy"],
    companies=["Liffey Data", "Thameside Housing Trust", "Greystones Pharma", "Harrow & Pike Solicitors",
               "Corrib Energy", "Northgate Retail", "Mersey Logistics", "Kilkenny Fintech"],
    slot=["Tuesday at 10:00", "Thursday at half two", "Monday 4pm", "Wednesday at 11.30"],
    tld=[".ie", ".co.uk", ".com"],
    maildom=["gmail.com", "outlook.com", "eircom.net", "btinternet.com"],
)

AU = bank(
    {"fbreq": ["Keen to hear any feedback you've got, no matter how blunt.",
               "If there's anything you reckon I should brush up on, I'm all ears."],
     "thanks": ["Cheers for the chat this arvo, really enjoyed hearing about the team."]},
    {"rej": [("Unfortunately we won't be progressing your application, as we've gone with someone with more local experience.", ["closer_fit"])]},
    first=["Lachlan", "Chloe", "Mitchell", "Jess", "Brodie", "Tahlia", "Hamish", "Georgia", "Kane", "Ruby"],
    last=["Smith", "Nguyen", "O'Connell", "Papadopoulos", "Wilson", "Tran", "Campbell", "Russo", "Baker", "Singh"],
    companies=["Coral Coast Health", "Wattle Street Digital", "Southern Cross Mining", "Bondi Payments",
               "Outback Freight Co", "Yarra Software"],
    close_c=["Cheers,", "Thanks heaps,", "Ta,", "Cheers"],
    slot=["Tuesday at 10am AEST", "Thursday 2pm", "Monday arvo at 3"],
    tld=[".com.au"],
    maildom=["gmail.com", "bigpond.com", "outlook.com"],
)

WAF = bank(
    {"fbreq": ["Kindly assist me with feedback on my interview performance so I can do better next time.",
               "I will be very grateful if you can kindly let me know the areas I need to improve upon.",
               "Please I wish to know where I did not perform well in the assessment.",
               "I am humbly requesting feedback on my application, as this will help my career development."],
     "chase": ["Kindly update me on the status of my application, I have not heard anything since the interview.",
               "Please I want to find out if there is any development regarding the interview I attended."],
     "docs_req": ["Kindly find attached my NYSC discharge certificate as requested."]},
    {"rej": [("We regret to inform you that your application was not successful at this time.", [])],
     "nofb": ["Kindly note that the company does not give feedback on individual assessments."]},
    first=["Chinedu", "Adaeze", "Kwame", "Abena", "Oluwaseun", "Ngozi", "Kofi", "Efua", "Tunde", "Yaa"],
    last=["Okafor", "Mensah", "Adeyemi", "Boateng", "Nwosu", "Asante", "Balogun", "Owusu", "Eze", "Ofori"],
    companies=["Lagoon Bank", "Volta Telecoms", "Ikeja Foods", "Accra Logistics", "Niger Delta Energy",
               "Kumasi Agro", "Lekki Pay", "Gold Coast Insurance"],
    greet_f=["Dear {n},", "Good day {n},", "Dear Sir/Ma,", "Good morning {n},"],
    greet_anon=["Dear Sir/Ma,", "Dear Hiring Manager,", "Good day,"],
    close_f=["Thanks and regards,", "Yours faithfully,", "Warm regards,", "Best regards,"],
    close_c=["Thanks,", "Regards,", "God bless,"],
    slot=["Tuesday by 10am", "Thursday by 2pm", "Monday by 11am WAT"],
    sig_extra=["+234 80{p} {q}", "+233 24 {p} {q}"],
    tld=[".com.ng", ".com.gh", ".com"],
    maildom=["gmail.com", "yahoo.com"],
    formal=0.8,
)

EZA = bank(
    {"fbreq": ["I would appreciate it if you could share some feedback, as I am trying to improve my interview skills.",
               "Shame, I was really hoping for this one. Any feedback you can give me would help a lot."],
     "chase": ["Just checking in now-now whether there's any feedback on the shortlist."]},
    {"rej": [("We regret to advise that the position has been filled internally.", ["role_filled"])]},
    first=["Wanjiru", "Thabo", "Achieng", "Sipho", "Kamau", "Lerato", "Otieno", "Naledi", "Njeri", "Pieter"],
    last=["Mwangi", "Dlamini", "Ochieng", "Nkosi", "Kiptoo", "van der Merwe", "Wambui", "Mokoena", "Kariuki", "Botha"],
    companies=["Savanna Mobile", "Table Bay Insurance", "Rift Valley Tea", "Jozi Fintech", "Nairobi Health Group",
               "Karoo Solar", "Mombasa Port Services"],
    close_f=["Kind regards,", "Regards,", "Best regards,"],
    slot=["Tuesday at 10h00", "Thursday at 14h00", "Monday 9am EAT"],
    tld=[".co.za", ".co.ke", ".com"],
    maildom=["gmail.com", "yahoo.com", "outlook.com"],
)

SAS = bank(
    {"fbreq": ["Kindly share the feedback of my interview so that I can work on my weak areas.",
               "Request you to please share the feedback for my technical round.",
               "It will be very helpful if you can revert with feedback on my performance.",
               "Could you please let me know the reason for rejection, so I can prepare better."],
     "chase": ["Kindly revert with the status of my candidature.", "Any update on the final round? Awaiting your reply."],
     "salary": ["Could you please confirm the CTC band for this role and the notice period buyout?"],
     "accept": ["I am happy to accept the offer and will share the signed copy by EOD."]},
    {"rej": [("We regret to inform you that we will not be moving ahead with your candidature.", []),
             ("The position is currently on hold due to budget constraints.", ["budget_freeze"])],
     "invite": ["You have been shortlisted for the next round of technical interview on {when}, kindly confirm."]},
    first=["Priya", "Rahul", "Ayesha", "Vikram", "Sana", "Arjun", "Fatima", "Karthik", "Zainab", "Imran"],
    last=["Sharma", "Iyer", "Khan", "Reddy", "Qureshi", "Nair", "Malik", "Gupta", "Siddiqui", "Menon"],
    companies=["Infotrail Systems", "Lahore Textiles", "Karachi Digital", "Bengaluru Cloudworks",
               "Indus Payments", "Pune Auto Components", "Sapphire Pharma"],
    greet_f=["Dear {n},", "Respected Sir/Madam,", "Dear {n} Ma'am,", "Hello {n} Sir,"],
    greet_anon=["Respected Sir/Madam,", "Dear HR Team,", "Dear Sir,"],
    close_f=["Thanks & Regards,", "Warm regards,", "Regards,", "Thanking you,"],
    slot=["Tuesday 11:00 AM IST", "Thursday 3 PM PKT", "Monday 10:30 AM IST"],
    sig_extra=["+91 98{p}{q}", "+92 300 {p}{q}"],
    tld=[".in", ".pk", ".com"],
    maildom=["gmail.com", "yahoo.co.in", "rediffmail.com", "hotmail.com"],
    formal=0.7,
)

SEA = bank(
    {"fbreq": ["May I know which part of the interview I can improve on?",
               "Hope you can share some feedback lah, even a short one is ok.",
               "Would appreciate if you could advise what I can improve for next time."],
     "chase": ["May I check if there is any update on my application?"],
     "confirm": ["Noted with thanks, I will attend the interview on {when}."]},
    {"rej": [("We regret to inform that you were not shortlisted for the role.", [])],
     "docack": ["Noted with thanks, received your documents."]},
    first=["Mei Ling", "Jun Wei", "Siti", "Arvind", "Maria", "Jose", "Nurul", "Wei Jie", "Angelica", "Hafiz"],
    last=["Tan", "Lim", "Abdullah", "Santos", "Reyes", "Wong", "Rahman", "Dela Cruz", "Ng", "Ismail"],
    companies=["Marina Bay Capital", "Lion City Logistics", "Makati BPO Partners", "Penang Semicon",
               "Klang Valley Telco", "Cebu Travel Tech", "Jurong Engineering"],
    greet_f=["Dear {n},", "Hi {n},", "Good day {n},"],
    close_f=["Best regards,", "Thank you and regards,", "Regards,"],
    slot=["Tuesday 10am SGT", "Thursday 3pm", "Monday 2pm MYT"],
    tld=[".com.sg", ".com.my", ".ph", ".com"],
    maildom=["gmail.com", "yahoo.com", "hotmail.com"],
)

GULF = bank(
    {"fbreq": ["I would highly appreciate your feedback regarding my interview, kindly.",
               "Dear, may I request your good office to share the panel's feedback?"],
     "chase": ["Kindly advise if there is any progress regarding my application, as my visa is expiring soon."]},
    {"rej": [("We regret to inform you that the position has been filled.", ["role_filled"])]},
    first=["Omar", "Aisha", "Joseph", "Noura", "Ramesh", "Layla", "Anil", "Hessa", "Bilal", "Grace"],
    last=["Al Mansoori", "Thomas", "Haddad", "Pillai", "Al Suwaidi", "Fernandes", "Rashid", "Kuriakose", "Saleh", "Mathew"],
    companies=["Dune Properties", "Gulfstar Aviation Services", "Al Noor Hospital", "Creek Trading LLC",
               "Doha Smart Systems", "Muscat Energy"],
    greet_f=["Dear {n},", "Dear Mr. {n},", "Dear Ms. {n},", "Respected {n},"],
    close_f=["Best regards,", "Thanks and best regards,", "Regards,"],
    slot=["Sunday at 10 AM GST", "Tuesday 1 PM", "Wednesday 11 AM"],
    tld=[".ae", ".qa", ".com"],
    maildom=["gmail.com", "hotmail.com", "yahoo.com"],
    formal=0.75,
)

PHONE = bank(
    {"fbreq": ["hey sorry to bug u, any feedback on my interview?", "ok thx. what could i improve?",
               "no worries. any tips for next time?", "would love feedback if u have it"],
     "chase": ["hi any news?", "hey just checking if u heard back from the team"],
     "confirm": ["yep that works", "cool see u then"]},
    {},
    first=["Sam", "Alex", "Jamie", "Chris", "Dani", "Robin", "Kim", "Lee"],
    last=["Carter", "Okoro", "Pereira", "Novak", "Yilmaz", "Hughes", "Ali", "Bishop"],
    companies=["Flux Mobility", "Hatch Studio", "Quanta Retail", "Nimbus Games", "Orbit Pay", "Tidal AI"],
    close_c=["thx", "cheers", "ty", ""],
    greet_c=["hi {n}", "hey {n}", "{n}!", "hi"],
)
PHONE["close_c"] = [c for c in PHONE["close_c"] if c] or ["thx"]

NONNATIVE = bank(
    {"fbreq": ["Please can you say me what I can make better for the next interview?",
               "I would be happy to receive a feedback about my interview, if it is possible.",
               "It would be very useful for me to know the points where I was not good enough.",
               "Can you give me please some feedback about the technical part?"],
     "thanks": ["Thank you very much for the interview of today, it was very interesting for me."]},
    {"rej": [("We inform you that we decided to continue with another candidate.", [])]},
    first=["Luca", "Ana", "Mateusz", "Elif", "Dmitri", "Yuki", "Hugo", "Ioana"],
    last=["Rossi", "Kowalczyk", "Demir", "Ivanova", "Tanaka", "Popescu", "Schulz", "Horvat"],
    companies=["Danube Soft", "Baltic Cloud", "Carpathia Games", "Adriatic Shipping", "Bosphorus Tech"],
    tld=[".eu", ".com"],
)

PERSONAS = [
    (M.Persona("w48-en-us-direct", US, formal=0.45, phone=0.12, typo=0.08), 50),
    (M.Persona("w48-en-uk-ie-polite", UKIE, formal=0.6, phone=0.1, typo=0.06), 52),
    (M.Persona("w48-en-au-casual", AU, formal=0.3, phone=0.2, typo=0.1), 44),
    (M.Persona("w48-en-westafrica-kindly", WAF, formal=0.8, phone=0.12, typo=0.12), 52),
    (M.Persona("w48-en-eastsouth-africa", EZA, formal=0.55, phone=0.15, typo=0.1), 44),
    (M.Persona("w48-en-southasia-formal", SAS, formal=0.7, phone=0.12, typo=0.14), 52),
    (M.Persona("w48-en-sea-notedwiththanks", SEA, formal=0.55, phone=0.2, typo=0.1), 46),
    (M.Persona("w48-en-gulf-expat", GULF, formal=0.75, phone=0.12, typo=0.1), 42),
    (M.Persona("w48-en-phone-typed", PHONE, formal=0.1, phone=0.9, typo=0.2), 46),
    (M.Persona("w48-en-nonnative", NONNATIVE, formal=0.55, phone=0.1, typo=0.18), 44),
]


def generate(rng):
    yield from M.run(PERSONAS, rng)
