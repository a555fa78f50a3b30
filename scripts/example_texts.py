"""Text pools for make_examples.py: fictional people, companies, notes and replies.

Every company, person, e-mail address and URL here is invented. `{owner}` is the owner's first
name, `{mutual}` a fictional mutual contact. Names are drawn independently of intent.
"""

from __future__ import annotations

OWNER = {
    "first": "Kiri", "last": "Halvorsen", "slug": "kiri-halvorsen-7a3b21",
    "headline": "IT Manager at Tasman Harbour Logistics | Infrastructure, service delivery and "
                "keeping a 24/7 port running",
    "industry": "Transportation, Logistics, Supply Chain and Storage",
    "location": "Wellington, Wellington, New Zealand", "zip": "6011",
    "summary": "IT manager for a port logistics operator: a team of nine, a mix of on-premise and "
               "Azure, and a service desk that never sleeps.\n\nI like plain language, boring "
               "infrastructure and people who say how we met.",
}

POSITIONS = (  # company, title, description, location, started, finished
    ("Tasman Harbour Logistics", "IT Manager",
     "Lead a team of nine across infrastructure, service desk and applications for a 24/7 port "
     "logistics operation. Moved core systems to Azure; cut P1 incidents by half.",
     "Wellington, New Zealand", "Jun 2021", ""),
    ("Kōwhai Health Trust", "Infrastructure Team Lead",
     "Data centre migration, network refresh across 14 clinics, on-call roster for a team of five.",
     "Wellington, New Zealand", "Mar 2017", "May 2021"),
    ("Rātā Digital", "Senior Systems Engineer",
     "Windows and VMware platforms for managed-service customers; Citrix to Azure Virtual Desktop.",
     "Auckland, New Zealand", "Feb 2013", "Feb 2017"),
    ("Harbourview Insurance", "Systems Administrator", "", "Wellington, New Zealand",
     "Aug 2010", "Jan 2013"),
    ("Tōtara Polytechnic", "IT Support Analyst", "Service desk and campus labs.",
     "Palmerston North, New Zealand", "2008", "2010"),
)

FIRST_NAMES = (
    "Aroha", "Tāne", "Wiremu", "Mereana", "Hēmi", "Sione", "Losaline", "Mele", "Tevita", "Sefo",
    "Malia", "Wei", "Mei", "Jun", "Xiaoling", "Hao", "Priya", "Arjun", "Ananya", "Rohan", "Kavya",
    "Siddharth", "Deepika", "María", "José", "Lucía", "Mateo", "Camila", "Diego", "Fátima",
    "Omar", "Layla", "Yusuf", "Amina", "Chinedu", "Ngozi", "Kwame", "Abebe", "Thandiwe", "Sven",
    "Ingrid", "Björn", "Astrid", "Zoë", "Chloé", "François", "Émilie", "Jürgen", "Anke",
    "Łukasz", "Agnieszka", "Dmitri", "Olena", "Hiroshi", "Yuki", "Haruto", "Sakura", "Min-jun",
    "Ji-woo", "Seo-yeon", "Linh", "Minh", "Thảo", "Huy", "Maricel", "Jericho", "Siobhán",
    "Liam", "Emma", "Oliver", "Grace", "James", "Charlotte", "Noah", "Sophie", "Darius",
    "Shirin", "Emre", "Elif", "Nikos", "Eleni", "Joost", "Femke", "Noa", "Eitan", "Rangi",
    "Ana", "Pita", "Ayesha", "Tomás", "Søren", "Katarzyna", "Gabriel", "Nomvula", "Kenji",
)

LAST_NAMES = (
    "Ngata", "Te Rangi", "Walker", "Faleolo", "Tuilagi", "Fifita", "Chen", "Wang", "Li", "Zhang",
    "Patel", "Sharma", "Iyer", "Reddy", "Nair", "García", "Fernández", "Rodríguez", "Silva",
    "Oliveira", "Haddad", "Khalil", "Rahman", "Okafor", "Mensah", "Adeyemi", "Tesfaye",
    "Dlamini", "Lindqvist", "Johansson", "Nørgaard", "Dubois", "Lefèvre", "Müller", "Schröder",
    "Nowak", "Wiśniewski", "Kovalenko", "Petrov", "Tanaka", "Satō", "Kim", "Park", "Nguyễn",
    "Tran", "Santos", "Reyes", "O'Brien", "Murphy", "Smith", "Thompson", "Taylor", "Brown",
    "Wilson", "Martin", "Yılmaz", "Demir", "Papadopoulos", "van der Berg", "Cohen", "Mizrahi",
    "Hosseini", "Karimi", "Parata", "Tipene", "MacDonald", "Kaur", "Singh", "Novák", "Ivanova",
)

LOCATIONS = (  # drawn for every sender independently of intent
    ("Wellington, New Zealand", 30), ("Auckland, New Zealand", 18), ("Christchurch, New Zealand", 8),
    ("Lower Hutt, Wellington, New Zealand", 4), ("Hamilton, Waikato, New Zealand", 3),
    ("Dunedin, Otago, New Zealand", 2), ("Tauranga, Bay of Plenty, New Zealand", 2),
    ("Sydney, New South Wales, Australia", 8), ("Melbourne, Victoria, Australia", 6),
    ("Brisbane, Queensland, Australia", 3), ("Bengaluru, Karnataka, India", 4),
    ("Manila, Philippines", 3), ("Singapore", 3), ("London, England, United Kingdom", 3),
    ("Lagos, Nigeria", 2), ("Toronto, Ontario, Canada", 2), ("Dubai, United Arab Emirates", 2),
    ("Berlin, Germany", 1), ("São Paulo, Brazil", 1), ("Suva, Fiji", 1), ("Apia, Samoa", 1),
)

RECRUIT_FIRMS = ("Kea Talent", "Pinnacle Search Partners", "Fernhill Recruitment",
                 "Southern Cross People", "Tui Technology Recruitment", "BrightPath Talent")
SALES_FIRMS = ("CloudSpan NZ", "NetSure Security", "Kauri Managed Services", "Datavault NZ",
               "FreightSense IoT", "Insightful BI", "Harbour Networks", "Aurora Backup")
EMPLOYERS = ("Kauri Freight Systems", "Pōhutukawa Energy", "Southern Alps Bank", "Aotea Water",
             "Kapiti Dairy Co-op", "Greenfield Energy", "Matariki Health", "Wharf Street Legal",
             "Northbridge Council", "Tasman Software", "Ponsonby Media", "Hilltop Retail Group",
             "Kōwhai Health Trust", "Rātā Digital", "Harbourview Insurance", "Tōtara Polytechnic")

HEADLINES = {  # kind -> (headline template, company pool); {company} is filled from the pool
    "recruiter": (("Senior Technology Recruiter at {company}", RECRUIT_FIRMS),
                  ("Talent Acquisition Partner | {company}", RECRUIT_FIRMS),
                  ("Executive Search Consultant - Technology Leadership | {company}", RECRUIT_FIRMS),
                  ("IT Recruitment Specialist | Contract & Permanent | {company}", RECRUIT_FIRMS)),
    "sales": (("Account Executive at {company}", SALES_FIRMS),
              ("Business Development Manager - ANZ | {company}", SALES_FIRMS),
              ("Enterprise Sales | Helping IT leaders modernise their service desk | {company}", SALES_FIRMS),
              ("Partner Manager at {company}", SALES_FIRMS),
              ("Client Director | {company}", SALES_FIRMS)),
    "engineer": (("Software Engineer at {company}", EMPLOYERS), ("Network Engineer at {company}", EMPLOYERS),
                 ("Data Analyst at {company}", EMPLOYERS), ("Project Coordinator at {company}", EMPLOYERS),
                 ("Systems Engineer | {company}", EMPLOYERS), ("Business Analyst at {company}", EMPLOYERS)),
    "leader": (("IT Manager at {company}", EMPLOYERS), ("Head of Technology | {company}", EMPLOYERS),
               ("Infrastructure Manager at {company}", EMPLOYERS), ("CIO at {company}", EMPLOYERS),
               ("Service Delivery Manager | {company}", EMPLOYERS)),
    "seeker": (("#OpenToWork | Service Desk Analyst | ITIL v4", ("",)),
               ("Recent graduate seeking a junior developer role", ("",)),
               ("Network Engineer | CCNA | Open to new opportunities", ("",)),
               ("Aspiring cloud engineer | AWS Certified | Looking for my next role", ("",))),
    "lion": (("LION | 30K+ connections | Open networker | Entrepreneur", ("",)),
             ("Open Networker | I accept all invitations | Growth mindset", ("",)),
             ("Connector | Networking enthusiast | LION", ("",))),
    "scam": (("Crypto Investment Advisor | Financial freedom coach", ("Global Wealth Partners",)),
             ("Surgeon at United Nations Medical Corps", ("United Nations Medical Corps",)),
             ("HR Director | Remote hiring worldwide", ("Global Oil Careers",))),
}

NOTES = {  # intent -> (headline kind, notes)
    "recruiter_for_you": ("recruiter", (
        "Hi {owner}, I'm working on a confidential Head of Technology search for a Wellington-based "
        "logistics group. Your background looks like a strong match - would you be open to a quick chat this week?",
        "Hello {owner}, I have a client in the public sector looking for an Infrastructure & Operations "
        "Manager (permanent, $170-190k). I think you'd be a great fit. Keen to hear more?",
        "Hi {owner} - are you open to new opportunities? I'm recruiting a CIO for a NZ-owned insurer and "
        "your experience leading IT in a 24/7 operation stood out.",
        "Kia ora {owner}, I'm partnering with a growing healthtech company on an IT Operations Lead role "
        "(hybrid, Wellington). Would you be open to a confidential conversation?",
        "Hi {owner}, an exciting 12-month contract as IT Service Delivery Manager has just come up with "
        "one of my clients in the CBD. Immediate start, great day rate. Interested?")),
    "recruiter_for_candidate": ("recruiter", (
        "Hi {owner}, I represent an outstanding senior network engineer (CCNP, 8 years) who is "
        "available next month. Do you have any upcoming hiring needs in your infrastructure team?",
        "Hello {owner}, we supply pre-vetted contract developers and service desk analysts across NZ, "
        "usually within 48 hours. Happy to send a few profiles if anything comes up.",
        "Hi {owner}, I'm working with a talented Azure cloud engineer who is keen to join a logistics "
        "business in Wellington. Would you be open to seeing her CV?")),
    "recruiter_networking": ("recruiter", (
        "Hi {owner}, I recruit in the IT space in Wellington and like to connect with technology "
        "leaders in the region. Happy to help if you're ever hiring.",
        "Hi {owner}, keen to build my network in the infrastructure and cloud market. I work on both "
        "permanent and contract roles across NZ.",
        "Hello {owner}, I've recently joined the technology desk here and am connecting with IT leaders "
        "across the lower North Island.")),
    "job_seeker": ("seeker", (
        "Hi {owner}, I'm a recent Computer Science graduate looking for my first role in IT support. "
        "Could I send you my CV in case anything comes up in your team?",
        "Hello {owner}, I have 6 years' experience as a systems administrator and recently moved to "
        "Wellington. I am looking for an opportunity in your team and would be grateful for a referral.",
        "Hi {owner}, I saw that Tasman Harbour Logistics is hiring a service desk analyst. Would you be "
        "able to refer me? I'd really appreciate it.",
        "Dear {owner}, I'm currently #OpenToWork as a network engineer (CCNA, Fortinet). If there are any "
        "openings in your department I would love to be considered.")),
    "sales_pitch": ("sales", (
        "Hi {owner}, our platform cuts cloud spend by 30% on average for NZ mid-market companies. Could "
        "I get 15 minutes next week to show you how?",
        "Hello {owner}, we help logistics companies like yours automate freight tracking with IoT "
        "sensors. Would you be open to a short demo?",
        "Hi {owner}, I noticed you run Microsoft 365. We offer a managed backup service with 99.99% "
        "restore success. Worth a quick call?",
        "Hi {owner} - we're a Wellington MSP helping IT teams cut ticket volumes by up to 40%. Could we "
        "grab a coffee so I can walk you through our approach?",
        "Hi {owner}, quick one: are you reviewing endpoint security this year? Our EDR is 40% cheaper "
        "than the big names. Happy to send pricing.",
        "Hello {owner}, we build Power BI dashboards for operations teams. Could I send you a two-page "
        "case study from a port operator we work with?")),
    "sales_long_game": ("sales", (
        "Hi {owner}, I work with IT leaders across ANZ and would love to connect and share insights.",
        "Hi {owner}, always keen to connect with leaders in the logistics sector. Looking forward to "
        "following your posts.",
        "Hello {owner}, I look after a number of technology leaders in Wellington and like to stay "
        "connected with the community. Hope to cross paths soon.",
        "Hi {owner}, I'm new to the NZ market and keen to get to know people in infrastructure. No "
        "agenda - just good to be connected!")),
    "open_networker": ("lion", (
        "Hi! I'm a LION and I accept all invitations. Let's grow our networks together!",
        "Hello {owner}, the more connections the better! Let's connect and expand our professional networks.",
        "Hi, I am an open networker (LION) with 28,000+ connections. Happy to connect and share opportunities.")),
    "known_contact": ("engineer", (
        "Hi {owner}, great working with you on the data centre migration at Kōwhai Health Trust back in "
        "2019. Would be good to stay in touch!",
        "Hi {owner}, we met at the CIO Summit in Auckland last week - I was the one asking about your "
        "service desk restructure. Lovely to meet you.",
        "Hi {owner}, {mutual} suggested I get in touch about the NZ IT Managers forum - she speaks very "
        "highly of you.",
        "Kia ora {owner}! It's been ages since Rātā Digital. I'm back in Wellington now and would love to "
        "catch up some time.",
        "Hi {owner}, thanks again for the site visit at the port last Thursday. Connecting here so we can "
        "follow up on the network upgrade quote you signed off.")),
    "peer_value": ("leader", (
        "Hi {owner}, I read your post on LinkedIn etiquette and agreed with your point on asking people "
        "how you've met. I run IT at a Christchurch manufacturer and we see the same thing.",
        "Hi {owner}, fellow member of the NZ IT Managers forum - I run the Auckland meet-up and we're "
        "looking for a speaker on lightweight service desks. Would you be interested?",
        "Hi {owner}, I also manage IT for a freight company (in Tauranga) and we're about to move off an "
        "AS/400 WMS. Would you be open to comparing notes?")),
    "scam_or_fake": ("scam", (
        "Hello dear, I saw your profile and you look so kind. I am a surgeon with the UN on a mission "
        "abroad. Contact me on WhatsApp +44 7700 900123 so we can talk more.",
        "Hi {owner}, I earn $5,000 a week trading crypto with a proven strategy. Let me show you how: "
        "https://fx-profits.example/join - limited places!")),
}

EMPTY_NOTE_KINDS = (  # headline kind of empty-note senders, with weights
    ("recruiter", 20), ("sales", 25), ("engineer", 30), ("seeker", 8), ("lion", 4),
    ("leader", 20), ("scam", 5),
)

REPLIES = {
    "accidental": (
        "Oh sorry {owner}, I must have clicked connect by accident - please ignore!",
        "My mistake, I meant to connect with someone else with the same surname. Apologies!",
        "Hi {owner}, we haven't - sorry, I think I hit the button while scrolling. Never mind!",
        "Ah, you're right, we haven't met. LinkedIn suggested you and I clicked too fast. Sorry for the noise."),
    "pitch_sales": (
        "Hi {owner}, we haven't met yet, but I wanted to introduce our managed security services - we "
        "work with several logistics firms in NZ. Could we set up a 20 minute call?",
        "We haven't met, but I'm reaching out to IT managers about our cloud cost review - it's free and "
        "takes 30 minutes. Interested?",
        "Hi {owner}, not yet! I work with a lot of companies in your space and thought our service desk "
        "outsourcing might be relevant. Happy to send a brochure.",
        "We haven't done business yet - but I'd love to change that :) Our team builds integrations for "
        "freight systems. Free for a quick coffee?"),
    "pitch_recruiter": (
        "Good question! We haven't, but I'd love to keep you on my radar for future IT leadership roles. "
        "Are you open to hearing about opportunities?",
        "Hi {owner}, I'm building a network of IT leaders for a client expanding in Wellington - they may "
        "have roles later in the year. Can I give you a call?"),
    "context_given": (
        "Hi {owner}, we met at the ITx conference in Wellington last year - you spoke on the panel "
        "about running lean IT teams and I asked about on-call rosters.",
        "We both worked at Kōwhai Health Trust in 2018 - I was on the service desk when you led the "
        "infrastructure team. Not sure you'd remember me!",
        "Hi {owner}, {mutual} gave me your name - I'm taking over the IT contract for the cold storage "
        "site next to the port and she said you'd be the right person to talk to about network access.",
        "We haven't met in person, but I'm in the NZ IT Managers Slack and replied to your thread on MFA "
        "for shared kiosks last month. Thought it'd be good to connect properly.",
        "I was the account manager at Kauri Freight Systems when you migrated your WMS in 2022 - we had "
        "weekly calls for six months!"),
}

OWNER_FOLLOW_UPS = {
    "accidental": ("No worries, have a good week!", "All good - thanks for letting me know."),
    "pitch_sales": ("Thanks, not something we need at the moment.", "Thanks for being upfront - I'll pass for now."),
    "pitch_recruiter": ("Thanks, I'm not looking at the moment.",),
    "context_given": ("Of course - good to hear from you, accepted!", "Thanks for explaining, happy to connect."),
}

CONVERSATIONS = (  # scripts of ordinary conversations; "O" = owner, "P" = the other person
    (("P", "Hey {owner}, are you going to ITx this year?"), ("O", "Yes, flying up on the Tuesday. You?"),
     ("P", "Same flight I think! Coffee at the airport?"), ("O", "Deal. See you at the gate.")),
    (("P", "Hi {owner}, following up on our call: the proposal for the firewall refresh is attached.\n\n"
           "Happy to walk your team through it."),
     ("O", "Thanks {first}, I'll review it with the team by Friday."),
     ("O", "Hi {first}, we'd like to go ahead with option B. Can you send the final quote?"),
     ("P", "Great news! Quote on its way this afternoon.")),
    (("P", "Hi {owner}, do you know anyone good for a 6-month contract DBA role? SQL Server, some Azure."),
     ("O", "Try {mutual} - she finished a contract with us in March and was excellent."),
     ("P", "Thanks heaps, I'll reach out.")),
    (("O", "Hi {first}, congratulations on the new role!"), ("P", "Thank you! Big change but exciting."),
     ("O", "Let me know if you want to compare notes on onboarding a new team."),
     ("P", "Will do - maybe lunch in a few weeks?"), ("O", "Sounds good.")),
    (("P", "Hi {owner}, the Wellington IT leaders breakfast is on the 14th at 7:30, same venue. "
           "Topic: \"AI at the service desk - hype or help?\" Can I put you down?"),
     ("O", "Yes please, count me in."), ("P", "Done, see you there.")),
    (("P", "Hi {owner}, quick question: how did you handle the Windows 10 end of support on your "
           "scanners? We have 200 handhelds stuck on it."),
     ("O", "We negotiated extended updates for a year and are replacing them in two batches. Happy to "
           "share the business case."),
     ("P", "That would be amazing, thank you."), ("O", "Sent by email just now."),
     ("P", "Got it, very helpful.")),
    (("O", "Hi {first}, thanks for presenting to the team yesterday - lots of good questions afterwards."),
     ("P", "My pleasure! Let me know if they want the slides."), ("O", "Yes please.")),
    (("P", "Hi {owner}, hope you're well. We're hiring a service desk lead and I remembered your team "
           "has a great one - would you mind sharing the ad with your network?"),
     ("O", "Sure, I'll repost it today."), ("P", "Much appreciated!")),
)

SPONSORED = {
    "from": "CloudSpan NZ", "subject": "{owner}, your 2026 cloud cost benchmark",
    "content": '<p class="spinmail-quill-editor__spin-break">Hi {owner},</p>'
               '<p class="spinmail-quill-editor__spin-break">IT leaders across New Zealand are cutting '
               'Azure bills by up to 30% with our free benchmark. See where you stand in 10 minutes.</p>'
               '<p class="spinmail-quill-editor__spin-break">Claim your report</p>',
}

CHALLENGE = "Hi {first}, how have we met or done business before?"
