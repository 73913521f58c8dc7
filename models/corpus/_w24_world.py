"""Writer w24: invented mid-size employers, people, roles and ATS vendor house styles.

Used by gen_w24_ats.py only. Every name here is fictional and written for this project.
"""

from __future__ import annotations

# name | industry | country   (R retail, H hospitality, M healthcare, L logistics, F manufacturing,
# B finance, E education, N non-profit, T tech)
_COMPANIES = """
Harrow & Pike Outfitters|R|UK
Copperleaf Home Stores|R|US
Bramble Lane Grocers|R|UK
Tidewater Hardware Co.|R|US
Kestrel Footwear|R|AU
Maple Crossing Markets|R|CA
Oakum & Reed Booksellers|R|IE
Southerly Surf Supply|R|NZ
Greystone Pharmacy Group|R|UK
Prairie Pantry Foods|R|US
Lumen Lighting Outlet|R|CA
Willowmere Garden Centres|R|UK
Fernhill Cycles|R|NZ
Juniper & Vine Wine Merchants|R|AU
Cobalt Electronics Depot|R|US
Hollis Street Pet Supplies|R|IE
Bluegum Outdoor|R|AU
Ashgrove Furniture|R|UK
Pinecrest Hotels|H|US
The Saltmarsh Inn Group|H|UK
Harbourview Resorts|H|AU
Cedar Hollow Lodges|H|CA
Brasserie Moreau Group|H|IE
Quayside Hospitality|H|NZ
Silverbirch Hotel Collection|H|UK
Redfern Dining Co.|H|AU
Lantern Row Cafes|H|US
Tamarack Ski Resort|H|CA
Glenmore Leisure Clubs|H|IE
Corvid Coffee Roasters|H|US
Northgate Community Health|M|US
St. Brennan's Care Trust|M|IE
Riverbend Medical Partners|M|US
Kowhai Health Clinics|M|NZ
Ambleside Care Homes|M|UK
Westvale Dental Group|M|AU
Clearwater Physiotherapy|M|CA
Hawthorn Veterinary Hospitals|M|UK
Summit Valley Hospital|M|US
Meridian Home Care|M|CA
Bayside Radiology|M|AU
Linden Hearing Centres|M|UK
Orchard Hill Pharmacy Services|M|IE
Tallgrass Behavioral Health|M|US
Ironbark Freight|L|AU
Calder Logistics|L|UK
Great Lakes Haulage|L|US
Fjordline Shipping Agents|L|NZ
Keystone Cold Chain|L|US
Northshore Couriers|L|CA
Shannon Freight Forwarding|L|IE
Redline Parcel Services|L|UK
Palisade Warehousing|L|US
Kiwi Coast Transport|L|NZ
Trentside Distribution|L|UK
Boreal Rail Services|L|CA
Hartwell Precision Engineering|F|UK
Cinder Ridge Steelworks|F|US
Mapleton Packaging|F|CA
Tasman Boatbuilders|F|NZ
Galloway Textiles|F|UK
Brightwater Brewing Co.|F|IE
Sandstone Ceramics|F|AU
Pioneer Valve & Pump|F|US
Quillon Plastics|F|UK
Arden Foods Manufacturing|F|UK
Ridgeback Agricultural Machinery|F|AU
Lakeshore Cabinetry|F|CA
Fairlight Optics|F|US
Corran Pharmaceuticals|F|IE
Halyard Marine Components|F|NZ
Ledgerwood Building Society|B|UK
Granite Peak Credit Union|B|US
Southern Cross Mutual|B|AU
Thistle Bank|B|UK
Beacon Ridge Insurance|B|US
Kauri Capital|B|NZ
Lough Derg Financial|B|IE
Norland Wealth Partners|B|CA
Fairway Accountancy|B|UK
Archway Pensions|B|UK
Bellhaven Mortgages|B|US
Riverstone Asset Management|B|CA
Coral Bay Insurance Brokers|B|AU
Westmark Audit LLP|B|UK
Highfield Academy Trust|E|UK
Lakehead College|E|CA
Brookside Learning Centres|E|US
Emerald Isle Language School|E|IE
Kingfisher Early Years|E|UK
Tussock Hill School|E|NZ
Wattle Grove Grammar|E|AU
Ridgeline Tutoring|E|US
Ashford Adult Education|E|UK
Cardinal Community College|E|US
Selwyn Polytechnic|E|NZ
Rowan Tree Nurseries|E|IE
Harbour Light Foundation|N|US
Open Door Housing Association|N|UK
Fieldfare Wildlife Trust|N|UK
Kindred Food Bank Network|N|CA
Saltire Youth Charity|N|UK
Second Harvest Mission|N|US
Shelter Cove Refuge|N|AU
The Wayfarer Trust|N|IE
Pohutukawa Community Trust|N|NZ
Bright Futures Mentoring|N|US
Lighthouse Hospice|N|UK
Riverkeepers Alliance|N|CA
Quarry Lane Software|T|UK
Brightloop Analytics|T|US
Tessellate Systems|T|CA
Nimbus Ledger|T|US
Kitewire|T|AU
Pinnacle Field Services Software|T|IE
Osprey Data Works|T|UK
Cairnstone Digital|T|UK
Larchmont Health Tech|T|US
Waveform Audio Labs|T|NZ
Greenlight Payroll Systems|T|CA
Hexagon Yard|T|AU
Clarion Learning Tech|T|IE
Bytefield Security|T|US
Moorland Mapping|T|UK
Saffron Retail Tech|T|UK
Driftwood Games|T|CA
Pebblecrest Insurtech|T|US
Arcadia Fleet Telematics|T|AU
Candlewick Marketing|T|US
Stonebridge Civil Consulting|F|UK
Elmhurst Property Management|B|US
Goldcrest Energy Services|F|UK
Paddlewheel Tours|H|CA
Tinder Box Theatre Company|N|UK
Marram Grass Estates|H|IE
Blackthorn Security Services|L|UK
Aurora Solar Installations|F|AU
Canopy Childcare|E|CA
Mistral Aviation Services|L|IE
Vantage Point Opticians|M|UK
Ridgeway Veterinary Group|M|AU
Hopwood Bakery|F|UK
Seaford Fisheries|F|NZ
Crescent Moon Hostels|H|AU
Wexford Print & Media|F|IE
Penrose Legal Services|B|UK
Tamworth Sports Clubs|H|UK
Sundial Senior Living|M|US
Halcyon Spa Retreats|H|NZ
Bramwell Office Supplies|R|UK
Greenway Recycling|L|CA
Fenwick & Daughters Jewellers|R|UK
Redwood Home Health|M|US
Kinloch Distillery|F|UK
Clover Dairy Co-operative|F|NZ
Larkspur Event Venues|H|US
Compass Rose Travel|H|UK
Northwind Facilities Management|L|CA
Alder Creek Water Utility|F|US
"""

COMPANIES: list[tuple[str, str, str]] = []
for _line in _COMPANIES.strip().splitlines():
    _n, _i, _c = _line.split("|")
    COMPANIES.append((_n, _i, _c))

ROLES = {
    "R": ["Store Manager", "Assistant Store Manager", "Visual Merchandiser", "Retail Sales Associate",
          "Stock Controller", "E-commerce Coordinator", "Buyer (Homewares)", "Area Manager",
          "Customer Service Team Leader", "Loss Prevention Officer"],
    "H": ["Front Office Manager", "Sous Chef", "Events Coordinator", "Guest Services Agent",
          "Housekeeping Supervisor", "Restaurant Manager", "Revenue Analyst", "Barista Trainer",
          "Reservations Executive", "Food & Beverage Supervisor"],
    "M": ["Registered Nurse (Night Shift)", "Practice Manager", "Healthcare Assistant",
          "Physiotherapist", "Medical Receptionist", "Clinical Coordinator", "Dental Nurse",
          "Care Home Deputy Manager", "Patient Access Representative", "Pharmacy Technician"],
    "L": ["Transport Planner", "Warehouse Shift Supervisor", "Fleet Coordinator", "Customs Clerk",
          "Logistics Analyst", "HGV Class 1 Driver", "Inventory Controller", "Depot Manager",
          "Supply Chain Coordinator", "Dispatch Administrator"],
    "F": ["Quality Engineer", "Production Supervisor", "Maintenance Technician", "CNC Machinist",
          "Health & Safety Advisor", "Process Engineer", "Planning Coordinator", "Lab Technician",
          "Continuous Improvement Lead", "Procurement Officer"],
    "B": ["Mortgage Adviser", "Financial Analyst", "Credit Controller", "Compliance Officer",
          "Claims Handler", "Payroll Specialist", "Audit Associate", "Branch Supervisor",
          "Risk Analyst", "Accounts Payable Clerk"],
    "E": ["Teaching Assistant", "Admissions Officer", "Maths Teacher", "Learning Support Coordinator",
          "Early Years Practitioner", "Curriculum Developer", "Student Wellbeing Officer",
          "Exams Officer", "IT Technician", "Bursar"],
    "N": ["Fundraising Officer", "Volunteer Coordinator", "Programme Manager", "Grants Officer",
          "Community Outreach Worker", "Communications Assistant", "Finance Officer",
          "Support Worker", "Policy Researcher", "Events and Partnerships Lead"],
    "T": ["Backend Developer", "Data Analyst", "QA Engineer", "Product Designer", "DevOps Engineer",
          "Frontend Engineer", "IT Support Analyst", "Product Manager", "Data Engineer",
          "Solutions Consultant"],
}

# a skill area per industry, used in closer-fit sentences ("more direct experience in ...")
AREAS = {
    "R": ["multi-site retail operations", "visual merchandising", "stock management", "online retail"],
    "H": ["high-volume hospitality", "luxury guest service", "event operations", "revenue management"],
    "M": ["acute care settings", "community healthcare", "clinical administration", "elderly care"],
    "L": ["cold chain operations", "international freight", "fleet planning", "warehouse automation"],
    "F": ["lean manufacturing", "regulated production environments", "CNC programming", "ISO audits"],
    "B": ["regulated lending", "Xero and Sage", "claims litigation", "FCA reporting"],
    "E": ["the primary curriculum", "SEN support", "admissions systems", "further education"],
    "N": ["trust and foundation fundraising", "volunteer management", "policy campaigns", "grant reporting"],
    "T": ["distributed systems", "Kubernetes in production", "healthcare data", "payments platforms"],
}

FIRST = ("Olivia Liam Aisha Mateo Priya Connor Siobhan Tariq Hannah Marcus Leilani Declan Chloe Ravi "
         "Bethany Tomás Yasmin Eoin Grace Kwame Isla Nikhil Freya Jonah Mei Callum Ngaire Dmitri Ruth "
         "Samir Orla Felix Jasmine Hemi Zoe Rory Amara Finn Keisha Lachlan Sofia Aidan Noor Gareth Tessa "
         "Jamal Fiona Wiremu Harriet Omar Elspeth Ben Lucia Reuben Niamh Anton Maya Hugo Carys Dev").split()
LAST = ("Whitaker O'Sullivan Nguyen Patel Fraser Okafor Lindqvist Murray Castillo Doyle Kaur Brennan "
        "Thompson Al-Hassan MacLeod Rossi Henare Fitzgerald Chen Abernathy Walsh Mbeki Sørensen Hughes "
        "Delaney Park Gallagher Moreno Pritchard Kowalski Osei McAllister Tane Ferreira Lowe Varga "
        "Hartley Bose Quinn Jablonski Harper Ruiz Devlin Nakamura Ellison Byrne Adeyemi Stewart "
        "Kennedy Iqbal Marsh Donnelly Baxter Reyes Fenton Rahman Calloway").split()

RECRUITER_TITLES = ["Talent Acquisition Partner", "Recruitment Coordinator", "HR Advisor",
                    "People & Culture Coordinator", "Recruitment Officer", "Senior Recruiter",
                    "Hiring Manager", "HR Business Partner", "Talent Coordinator", "People Operations Lead",
                    "Resourcing Advisor", "Recruitment Administrator", "Head of People"]

CANDIDATE_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com",
                     "proton.me", "xtra.co.nz", "bigpond.com", "eircom.net", "shaw.ca", "fastmail.com"]


def slug(name: str) -> str:
    """Turn a company name into a plausible domain label."""
    keep = "".join(ch.lower() for ch in name if ch.isalnum() or ch == " ")
    words = [w for w in keep.split() if w not in ("the", "co", "and", "llp", "group")]
    return "".join(words[:2]) or "company"


TLD = {"UK": "co.uk", "US": "com", "CA": "ca", "AU": "com.au", "IE": "ie", "NZ": "co.nz"}
