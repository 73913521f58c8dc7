"""Given names people write each other by: data for telling a person from an organisation.

A single capitalised word after "feedback from", "a chat with" or "from" is as often a person
("Karen", "Sandeep") as an employer; when it is one of these names it is a person. The list holds
given names common in the countries and languages jobmail reads (English-speaking countries,
Western and Northern Europe, Poland, Latin America, India, West and East Africa, East Asia), and
leaves out names that are also common words or brands ("Grace", "Hope", "Ivy", "Rose", "Amber",
"Nova", "Luna", "Sage", "Mercedes"), which an organisation may well be called.
"""

from __future__ import annotations

import unicodedata

GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aaron abigail adam adrian agnes ahmed aidan aileen aisha alan albert alberto aleksandra alex
    alexander alexandra alexis alfie alice alicia alison amanda amelia amit amy ana anders andrea
    andreas andrew andrzej angela angus anita anja ann anna anne annika anthony anton antonio anya
    arjun arnaud astrid aurelie barbara beatriz ben benjamin bernard bernd birgit bjorn brendan brian
    bridget britta bruno camille carl carla carlos carmen caroline carsten catherine cecilia charles
    charlotte chiara chloe chris christian christina christine christoph christopher ciara claire
    clara claudia colin connor conor craig cristina daniel daniela danielle darren david deborah
    declan deepak deirdre denis diana diego dieter dimitri dominic donal donna dorota dylan edward
    eileen elena elias elisa elisabeth elizabeth ella ellen emil emily emma eoin eric erik ewa fabian
    fatima felix fernando fiona florian francesca francesco francois frank franz frederik gabriel
    gareth gary georg george gerard gerhard gianluca giulia giuseppe graham greg gregor gunnar gustavo
    hannah hans harriet harry heather heike helen helena helga henrik hiroshi holly hugo ian ibrahim
    ines ingrid isabel isabella isabelle jack jacob jakob james jamie jan jane janet janina jasmin
    jason javier jean jeff jennifer jens jeremy jessica joanna joao joe johan johannes john jonas
    jonathan jordi jorge jose joseph joshua juan judith julia julian julie jurgen justyna kamil karen
    karin karl karolina kasia katarina katharina katherine kathleen kathryn katie katrin kavya keith
    kelly kenji kerry kevin kieran kim klaus krzysztof kumar lars laura lauren leah lena leon liam
    linda lisa lorenzo louise lucas lucia lucy luis lukas magnus maja malgorzata manuel marc marcel
    marco marcus margaret maria marie marina mario mark markus marta martin martina mary mateusz
    matteo matthew matthias maurice max megan mehmet melanie melissa michael michal michel michelle
    miguel mikael mohammed monika nadia naomi natalia natasha neil niamh nicholas nicola nicole niels
    nikolai nina noah nuno olga oliver olivia omar oscar pablo padraig paolo patricia patrick paul
    paula pawel pedro per peter petra philip philippe pierre piotr priya rachel rafael rahul raj rajesh
    ramesh raquel rebecca ricardo richard rita robert roberto rohan roisin ronan rosa ruth ryan sabine
    sally samuel sandeep sandra sanjay sara sarah sean sebastian sergio sharon shirley siobhan simon
    simone sinead sofia sophie stefan stefanie stephanie stephen steve steven susan susanne suzanne
    sven tanja teresa thomas tiago tim timothy tobias tom tomasz tomas torsten tracy ulrike ursula
    valentina vanessa vera veronica vikram vincent wei william wojciech wolfgang yusuf yvonne zoe
    abena adwoa akosua ama kwame kofi kwabena yaw chidi chinedu emeka ngozi oluwaseun tunde adebayo
    folake wanjiru wambui otieno achieng njeri kamau mwangi thandiwe sipho themba lerato ananya
    anjali aditya arun deepika divya ganesh gaurav kiran lakshmi manish meera neha nikhil pooja
    pradeep prakash preeti rakesh ravi sachin sanjeev shreya sunil suresh swati vijay vivek yash
    haruto yuki takeshi akira mei ling jia wen hao jun min seo ji-woo minh thanh linh
    """.split()
)


def is_given_name(word: str) -> bool:
    """True for one word that is a common given name ("Karen", "Sandeep", "Aurélie"), in any
    case and with or without its accents."""
    plain = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    return plain in GIVEN_NAMES
