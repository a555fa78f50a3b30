"""The regex vocabulary of `SERVICE_OFFER`: a sender describing what they sell and asking the reader to take it up.

`PITCH_PHRASES` holds the seller's stock phrases (demo, ROI, "we help companies like yours"). Real pitches more
often just say what the product does and end on a soft call to action: "Shelfwise builds stock forecasting software
that helps independent retailers cut overstock", "early sign-ups are live on our site", "I'd love your take on the
budgeting app we just launched", "could be handy for your cohort", "we're organising CFA batches in April". Data
only; the same rules as `signal_vocabulary` (whole words, case-insensitive, every quantifier bounded).
"""

from __future__ import annotations

# a few words of product description, never a sentence break
_WORDS = r"(?:[\w,&/+'-]{1,25} ){0,6}"
_HELP_VERBS = (r"(?:help|helps|let|lets|allow|allows|enable|enables|turn|turns|cut|cuts|save|saves|automate|"
               r"automates|boost|boosts|reduce|reduces|streamline|streamlines)")
_BUSINESS = (r"(?:brand|business|company|clients|customers|cohort|store|shop|clinic|practice|firm|agency|"
             r"portfolio companies|startup|restaurant|hotel)")  # a buyer's, not a peer's team or students
_TRAINING = (r"(?:batch(?:es)?|courses|cohorts|classes|masterclass(?:es)?|bootcamps|trainings|certifications|"
             r"conferences?|summits?|expos?|trade shows?|webinars|programmes|programs)")  # sold in numbers
# the firms that sell, named by the sender as their own: "we are an insurance broker", "we're a mobile game studio"
_SELLER_FIRMS = (r"(?:studio|(?:marketing|digital|design|creative|seo|advertising|media|branding|web|development|"
                 r"software|pr|video|content|growth|ad|app|it|tech) agency|consultancy|broker|brokerage|manufacturer|"
                 r"supplier|provider|distributor|exporter|factory|wholesaler|reseller|integrator|software house|"
                 r"development (?:company|firm|shop)|outsourcing (?:company|firm|partner)|print(?:ing)? (?:shop|house)|"
                 r"training (?:company|provider|centre|center))")  # not a recruitment or manning agency
_OWN_WARES = (r"(?:book|course|podcast|channel|newsletter|app|products?|services?|shop|store|website|"
              r"programme|program|masterclass|webinar)")
# people supplied are a recruiter's candidates: "we supply licensed security guards", "we supply contract developers"
# (its own list, not `PEOPLE`: that one holds managers and directors, whom a seller sells *to*)
_NOT_PEOPLE = (r"(?!(?:[\w,-]{1,20} ){0,4}(?:workers|guards|staff|candidates|developers|contractors|nurses|engineers|"
               r"talent|people|labou?r|manpower|crew|officers|ratings|professionals|resources|drivers|welders|"
               r"electricians|technicians|techs|rns|pickers|packers|cleaners|carers|caregivers|interns|trainees|"
               r"teachers|doctors|consultants)\b)")
_NOT_HIRING = r"(?!recruit|staffing|talent|search|hiring|headhunt|placement|employment|manpower|manning|nursing)"

SERVICE_OFFER = (
    # what the product does: "we build stock forecasting software that helps", "Routemap builds dashboards that help"
    rf"(?:build|builds|develop|develops|make|makes|produce|produces|create|creates|design|designs|offer|offers|"
    rf"provide|provides)(?: and (?:build|manufacture|sell|deliver|install|support)s?)? {_WORDS}(?:that|which) "
    rf"{_HELP_VERBS}",
    rf"(?:we|i) (?:(?:design|develop|produce) and )?(?:manufacture|supply|export|distribute|wholesale|resell|install|"
    rf"sell) {_NOT_PEOPLE}(?:[\w,&/+'-]{{1,25}} ){{0,5}}(?:to|for|across|in|at|with)",
    rf"(?:we are|we're|i am|i'm|i run|i own|i work (?:at|for)|i'm with) (?:a|an) (?:{_NOT_HIRING}[\w&/-]{{1,20}} )"
    rf"{{0,4}}{_SELLER_FIRMS}",
    r"(?:we|i) (?:do|offer|provide) (?:custom|bespoke|end-to-end|white[- ]label|full[- ]service|affordable|"
    r"turnkey) (?:[\w,&/+'-]{1,25} ){0,3}(?:development|design|production|manufacturing|services?|solutions?|"
    r"builds?|apps?|websites?|games?|videos?)",
    # courses, batches, cohorts and conferences sold: "we are organising CFA batches", "we run Six Sigma cohorts"
    rf"(?:we are|we're|we|i am|i'm|i) (?:run|running|host|hosting|organi[sz]e|organi[sz]ing|conduct|conducting|"
    rf"offer|offering|launch|launching) (?:[\w,&/|+.'-]{{1,25}} ){{0,10}}{_TRAINING}",
    r"early[- ]bird (?:pricing|prices?|rates?|discounts?|offers?)|(?:sponsor(?:ship)?|exhibitor) (?:and "
    r"(?:sponsor(?:ship)?|exhibitor) )?(?:packages?|slots?|spaces?|prospectus|packs?)|corporate tables?",
    r"(?:free|early[- ]bird|vip|discounted) (?:tickets|passes|seats|spots|places)|(?:tickets|passes|seats) "
    r"(?:are |now )?(?:available|open|on sale|selling fast)",
    # the call to action: "early sign-ups are live", "register to start getting students", "try my career-fit quiz"
    r"(?:sign[- ]?ups?|registrations?|(?:the|our) wait[- ]?list|waiting list|enrol(?:l)?ments?|admissions|bookings) "
    r"(?:are |is )?(?:now |still )?(?:live|open)",
    r"(?:register|sign up|enrol|enroll) (?:now|today|here|for free|free|at|on our|to (?:start|get|join|secure|"
    r"reserve|claim))",
    r"(?:book|reserve|grab|secure|claim) (?:your|a) (?:seat|spot|place|ticket|pass|free)",
    r"(?:try|test) (?:my|our) (?:free |new )?(?:[\w-]{1,20} ){0,2}(?:quiz|app|tool|product|platform|calculator|"
    r"templates?|extension|plugin|course|service)",
    # "have a look at our", never "at my CV" (a job seeker's ask)
    rf"(?:have|take) a (?:quick )?look at our|(?:check out|have a look at|take a look at) my {_OWN_WARES}|"
    r"(?:is|be|might be|could be) worth a (?:quick )?look|check out our|(?:kindly|please) visit (?:our|us)|"
    r"visit (?:our|my) (?:website|site|page|store|shop|booth|stand)",
    # the reader's verdict on the sender's product: "I'd love your take on the budgeting app we just launched"
    r"(?:app|tool|product|platform|course|book|extension|plugin|startup|software|service|game|quiz|newsletter) "
    r"(?:we|i)(?:'ve| have)? (?:just |recently )?(?:launched|built|created|made|released|developed|wrote|published)",
    rf"(?:be |is |sounds |prove )?(?:useful|helpful|handy|of interest|relevant|valuable|of use|a good fit) (?:for|to) "
    rf"(?:you or )?your {_BUSINESS}",
    r"(?:would|could|might|do you think) (?:something like )?(?:this|that|these|it|we|our [\w-]{1,20}) (?:be )?"
    r"(?:useful|helpful|handy|of interest|valuable|of use) (?:for|to) (?:you|your)",
    r"(?:send|share) (?:over |you )?(?:a few |some |our |a |the )?(?:samples|portfolio|datasheet|data sheet|"
    r"catalog(?:ue)?|brochure|price ?list|rate card|spec sheet|course (?:details|outline|syllabus)|batch timings)",
    r"(?:reaching out|writing|getting in touch|contacting you|here) to introduce (?:our|my|myself and)|"
    r"(?:introduce|present) (?:you to )?(?:our|my) (?:firm|business|studio|brand|startup|shop|store|school|academy|"
    r"institute|courses?|programmes?|programs?|batches|workshops?|trainings?|range|catalog(?:ue)?)",
    # a franchise is sold, not a job offered: "are you open to exploring franchise ownership?", "owning a franchise"
    r"franchise (?:business )?(?:ownership|opportunit(?:y|ies)|options|investments?)|(?:own|owning|buy|buying|open|"
    r"opening|start|starting) (?:a|your own|your) (?:[\w-]{1,20} )?franchise|becom(?:e|ing) a franchisee|"
    r"(?:seja|torne-se|s[ée]) (?:um )?franqueado|(?:abrir|ter) (?:sua|uma|tu|una) (?:pr[óo]pr?ia )?"
    r"franqu[íi]?(?:a|cia)",
    # the same in Portuguese and Spanish, the real inboxes' other languages
    r"(?:oferecemos|ofrecemos|organizamos|realizamos|promovemos|temos|tenemos) (?:[\w-]{1,20} ){0,4}(?:cursos|"
    r"treinamentos|capacita[çc][õo]es|formaci[óo]n|formaciones|talleres|mentorias|imers[õo]es|turmas)",
    r"(?:inscri[çc][õo]es|inscripciones|vagas limitadas|cupos limitados) (?:est[ãa]o |est[áa]n )?(?:abertas|"
    r"abiertas|limitadas)|(?:garanta|reserve|garantiza|reserva) (?:j[áa] )?(?:a |o |tu |su )?(?:sua |seu )?"
    r"(?:vaga|lugar|ingresso|cupo|entrada)",
)
