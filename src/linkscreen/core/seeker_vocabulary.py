"""The regex vocabulary of the job seeker's own ask (`JOB_SEEKING_ASK`): data only, one tuple of patterns.

A job, an internship, a referral or a look at a CV asked for, and the seeker's own situation (a fresh graduate, laid
off, job hunting), in English and the languages the corpus meets. The bare words are left out: a seller's "job search
services", a recruiter's "Internship" and an offered "internship batch" ask for nothing. `signal_vocabulary` re-exports
the tuple; the rules of `hiring_vocabulary` hold (whole words, case-insensitive, bounded quantifiers, patterns that
start with plain letters).
"""

from __future__ import annotations

from linkscreen.core.headline_vocabulary import OPPORTUNITY
from linkscreen.core.hiring_vocabulary import RESUME

JOB_SEEKING_ASK = (
    rf"(?:looking|searching|hunting|seeking|applying) (?:for )?(?:a |an |new |my next |the next |next |any |suitable |"
    rf"full[- ]time |part[- ]time |entry[- ]level |graduate |grad |junior |remote |job |work ){{0,3}}(?:jobs?|roles?|"
    rf"positions?|{OPPORTUNITY}|work|employment|internships?|placements?|vacanc(?:y|ies)|openings?)(?! to (?:connect|"
    rf"discuss|collaborate|share|meet|chat|network))(?! for (?:our|my|his|her|their|your) )",
    rf"(?:i'm|i am|currently|now|actively) (?:exploring|open to|"
    rf"considering|looking at) (?:new |other |fresh )?(?:roles|{OPPORTUNITY}|positions|jobs|career options)",
    rf"(?:i'm|i am) (?:an? )?(?:[\w/&+#.-]{{1,25}} ){{0,4}}(?:exploring|seeking) (?:new |contract |freelance |"
    rf"permanent |remote |full[- ]time |part[- ]time ){{0,2}}(?:roles|{OPPORTUNITY}|positions|jobs|work)"
    rf"(?! for (?:our|my|his|her|their|your|clients|companies) )",
    # the sender's own search, never a seller's "job search services" nor a recruiter's "Job Search" page
    r"(?:my|i'm|i am|i've been|i have been|been|am|currently|still) (?:[\w-]{1,15} ){0,2}job[- ]?(?:hunting|hunt|"
    r"search|searching)|(?:i'm|i am) (?:an? )?(?:[\w-]{1,20} )?job[- ]?seeker",
    r"(?:looking|searching|hunting) for (?:(?:a|an|new|my|the|"
    r"next|any|some) )?(?:[\w-]{1,20} ){0,2}(?:work|job|jobs|employment)", r"(?:any|"
    r"some) (?:[\w-]{1,20} ){0,2}(?:work|roles|jobs|positions|openings|vacancies) (?:going|coming up|available)",
    r"any (?:[\w-]{1,20} ){0,2}(?:jobs|vacancies|openings|positions|work)(?: (?:going|available|open|for me))? ?\?",
    r"(?:are there|is there) (?:any )?(?:[\w-]{1,20} ){0,3}(?:roles|jobs|positions|openings|vacancies) (?:at|in|on|"
    r"with)", r"(?:u|you|your (?:company|team|firm|practice)) (?:currently )?(?:hiring|taking on) (?:any )?"
    r"(?!(?:new )?(?:suppliers|vendors|clients|customers|partners|projects|work|business)\b)[\w-]{2,20}",
    r"how (?:i|to) (?:could |can )?apply|foot in the door|trial shift",
    # the seeker's own ask, never "feel free to enquire about the role"
    r"(?<!free to )(?<!welcome to )(?<!you can )(?<!you may )(?<!please )(?:inquire|enquire|ask) "
    r"(?:about|regarding) "
    r"(?:the|an|any) (?:[\w-]{1,20} ){0,2}(?:internships?|openings?|vacanc(?:y|ies)|positions?|roles?|jobs?)",
    r"my next (?:career )?(?:move|role|step|"
    r"opportunity|challenge|chapter)", r"(?:busco|buscando) (?:empleo|trabajo)|(?:procuro|"
    r"procurando) (?:emprego|trabalho)|(?:recherche|cherche) (?:d'un|un) (?:poste|emploi)|mencari (?:pekerjaan|kerja)|"
    r"suche (?:eine )?(?:neue )?(?:stelle|arbeit)",
    r"(?:busco|buscando|procuro|procurando|estoy buscando|estou procurando|em busca de) (?:una |uma |nuevas? |novas? )?"
    r"(?:oportunidad(?:es)?|oportunidades?|vagas?|est[áa]gio|pr[áa]cticas|recoloca[çc][ãa]o)",
    r"(?:hay|tienen|tiene|tem|t[êe]m|h[áa]) (?:alguna |alguma )?(?:vacantes?|vagas?)|(?:alguna vacante|alguma vaga)",
    r"(?:adjunto|env[íi]o|segue|mando) (?:mi |meu |o )?(?:cv|curr[íi]cul(?:um|o)|hoja de vida)|"
    r"(?:ci-joint|je (?:peux )?(?:vous )?envo(?:ie|yer)) (?:mon )?cv"
    r"|(?:anbei|sende (?:ihnen )?)(?:mein(?:en)? )?lebenslauf",
    r"(?:je )?(?:recherche|cherche) (?:un |une |d'un |d'une )?(?:nouveau |nouvel )?(?:poste|emploi|stage|alternance|"
    r"travail|job)|candidature spontan[ée]e|(?:avez-vous|auriez-vous) (?:des |un |une )?(?:postes?|offres?|besoins?)",
    r"(?:mencari|cari) (?:pekerjaan|kerja|lowongan)|(?:ada|info) lowongan(?: kerja)?(?: [\w-]{1,20}){0,3} ?\?|"
    r"butuh (?:kerja|pekerjaan)|melamar",
    r"(?:naukri|job|kaam) (?:chahiye|ki zaroorat|dhoondh\w{0,6}|dhund\w{0,6}|talash\w{0,6})|koi (?:vacancy|job|naukri)|"
    r"fresher (?:hoon|hun|hu)",
    # Dutch, Italian, Polish, Turkish, Swedish, Romanian: "ik zoek werk", "cerco lavoro", "szukam pracy"
    r"(?:zoek|op zoek naar) (?:een )?(?:nieuwe )?(?:baan|werk|functie|stageplek)|heeft u (?:misschien )?"
    r"(?:een )?vacature|(?:cerco|sto cercando|alla ricerca di) (?:un |una |nuove )?(?:lavoro|impiego|occupazione)|"
    r"(?:allego|invio|le invio) (?:il )?(?:mio )?(?:cv|curriculum)|szukam (?:pracy|zatrudnienia)|poszukuj[ęe] pracy|"
    r"czy (?:pa[ńn]stwa firma|pan|pani) (?:kogo[śs] )?zatrudnia|[iİıI][şs] ar[ıi]yorum|[öo]zge[çc]mi[şs]imi|"
    r"s[öo]ker (?:ett |en )?(?:nytt |ny )?(?:jobb|arbete|tj[äa]nst)|lediga tj[äa]nster|caut (?:un )?(?:loc de munc[ăa]|"
    r"job|serviciu)|(?:ave[țţt]i|exist[ăa]) (?:vreun |un )?post (?:liber|disponibil)",
    r"(?:ur|your) (?:team|company|firm|hospital|clinic|school|shop|store|cafe|restaurant|hotel|practice|office|"
    r"department|organi[sz]ation) (?:currently )?(?:hiring|recruiting|taking on staff)",
    r"refer (?:me|my)|(?:a|your) referral|"
    r"recommend me (?:for|to)", rf"(?:my|attached|attaching|enclosed) (?:updated |latest |recent )?{RESUME}",
    rf"{RESUME} (?:attached|enclosed|for your (?:review|reference|consideration))", rf"any (?:job |current |open |"
    rf"suitable )?(?:openings?|vacanc(?:y|ies)|positions?|{OPPORTUNITY}) (?:in|at|within|for me)",
    # an internship asked for, never one offered ("join in this internship", "Internship training program")
    r"any (?:job )?openings", r"(?:need|needs|seeking|seek|looking for|searching for|want|wanted|find|get|secure|"
    r"complete|any) (?:an? |any |some )?(?:[\w-]{1,20} ){0,2}internships?|internships? (?:openings?|"
    r"opportunit(?:y|ies)|positions?|placements?|vacanc(?:y|ies)|slots?)|(?:you|u|(?:your|ur) (?:company|team|firm|"
    r"lab|office|hospital|organi[sz]ation)) (?:offer|offers|have|has|take|takes|hire|hires|do|does) (?:any |an? )?"
    r"(?:[\w-]{1,20} )?interns(?:hips?)?",
    # a posted job the sender means to apply for: "interested in the Network Engineer opportunity posted on your
    # careers page", "I noticed the Systems Administrator position at Mainfreight"
    r"(?:i am|i'm|i'd be|i would be|i was|am) (?:very |really |keen(?:ly)? |highly |most )?interested in (?:the|your) "
    r"(?:[\w/&+#.-]{1,25} ){0,4}(?:role|position|opening|vacancy|job|opportunity)",
    r"(?:posted|advertised|listed) (?:on|in) your (?:careers?|jobs?|company|recruitment) "
    r"(?:page|site|website|board|portal)",
    r"(?:noticed|saw|seen|came across|spotted) (?:the|your) (?:[\w/&+#.-]{1,25} ){0,4}"
    r"(?:role|position|opening|vacancy) "
    r"(?:at|with|in) (?!my\b|our\b)[\w&'-]{1,40}", r"(?:are you|is your (?:team|"
    r"company|organi[sz]ation)) (?:currently )?(?:hiring|recruiting)", r"consider(?:ed)? (?:me )?for (?:a|an|the|"
    r"any) (?:role|position|job|opening|vacancy|internship)", r"consider me", r"#?open ?to ?work",
    r"(?:i was|i've been|i have been|i got|i am|i'm|recently|just been|been) (?:recently |just )?(?:laid off|"
    r"made redundant|let go)|(?:after|following|since) (?:my|a) (?:redundancy|layoff)",
    r"(?:i'm|i am|am) (?:an? )?(?:[\w-]{1,20} ){0,2}(?:fresher|(?:recent|fresh|new) (?:[\w&-]{1,10} )?"
    r"(?:graduate|grad))",
    r"help me (?:find|get|land|secure) (?:a |an )?(?:job|role|position|work|internship)",
    r"(?:interested in|keen on|keen to join|like to join|love to join|apply for|applied for|applying for) "
    r"(?:(?:a|an|the|any) )?(?:role|position|job|opening|vacancy|internship|your (?:team|company|organi[sz]ation))",
    r"(?:to be|become|becoming|being) (?:a )?part of your (?:team|company|organi[sz]ation|firm|establishment)",
    # an application sent, in Spanish and Portuguese: "acabo de enviar mi postulación", "me candidatei à vaga"
    r"(?:envi[éeo]|enviado|enviar|mand[éeo]) (?:mi|meu|minha|o meu|a minha) (?:postulaci[óo]n|solicitud|candidatura|"
    r"curr[íi]cul(?:o|um))|me (?:postul[ée]|candidatei)",
)
