"""More of `ROLE_FOR_YOU`: the plain ways a recruiter or employer says there is a job, without the stock phrases.

`hiring_vocabulary.ROLE_FOR_YOU` adds these to the recruiter's stock phrases ("exciting opportunity", "would you be
open to", "my client is looking"). Real approaches are often barer: "Thoughtworks has an opening for a Data Engineer",
"our client, a global CRO, is looking for a Senior Statistical Programmer", "I'm hiring for the position of SRE",
"open to a new contract?", "you look like a strong fit for Flutter Developer openings we have". Each is said *to*
the reader about a job the sender fills; the look-alikes a job seeker writes ("are you hiring a data analyst?",
"I saw you have an opening for", "I'm open to new roles") are kept out by look-behinds here and by the signal's
veto. Data only; the rules of `signal_vocabulary` hold (whole words, case-insensitive, bounded quantifiers).
"""

from __future__ import annotations

from linkscreen.core.headline_vocabulary import NOT_A_JOB, PEOPLE, TITLES

_JOB_NOUNS = (r"(?:role|roles|position|positions|opening|openings|vacancy|vacancies|requirement|requirements|"
              r"opportunit(?:y|ies)|job|jobs|post|contract|assignment)")
_FEW = r"(?:an?|several|multiple|a few|some|two|three|four|five|\d{1,2})"
_ADJECTIVES = (r"(?:(?:immediate|urgent|exciting|new|open|excellent|great|permanent|contract|hot|current|fresh|"
               r"full[- ]time|part[- ]time|remote|hybrid|direct|senior|interesting) ){0,3}")
_WHO = (rf"(?!partner|associate)(?:(?:{TITLES})|{PEOPLE}|dev|devs|intern|interns|faculty|trainer|surveyor|"
        rf"supervisor)")  # never "a technology partner" (a buyer's or seller's search)
_NOT_A_CANDIDATE = rf"(?!(?:{PEOPLE})s?\b)"  # "working with a developer looking for a role" offers a candidate
# "I saw your company has an opening" is a seeker's; "we don't have a role for you yet" offers none
_NOT_ASKED_BY_A_SEEKER = r"(?<!you )(?<!u )(?<!company )(?<!team )(?<!firm )(?<!department )(?<!n't )(?<!not )"
_NOT_THE_READERS = r"(?<!you're )(?<!you are )(?<!u r )(?<!ur )(?<!you )"  # "saw you're hiring a shift manager"
_NOT_A_DIARY = r"(?! (?:my|our|the|his|her) (?:calendar|diary|schedule|agenda))"  # "an opening in my calendar"
_NOT_A_JOB_AFTER = r"(?! (?:night|hours|ceremony|event|party|act|remarks|keynote|session))"  # "an opening night"
_WORD = r"(?:[\w&/.+#()-]{1,25} )"  # one word of a job title, with its space
_NOT_DENIED = r"(?<!not )(?<!n't )(?<!never )(?<!no )"  # "not contacting you about a role, just keen to know"
_FEW_ES_PT = (r"(?:(?:algumas|umas|duas|tr[êe]s|v[áa]rias|muitas|algunas|unas|dos|tres|varias|muchas|\d{1,2}) )?"
              r"(?:novas |nuevas )?")
# places in a course are sold, not a job: "temos vagas para a turma de março"
NOT_A_COURSE = (r"(?!(?: abertas| abiertas)?(?: para| pra| em| en| de)? (?:a |o |as |os |la |el |nossa |nosso |"
                r"nuestra |nuestro )?(?:turmas?|cursos?|mentorias?|treinamentos?|imers[ãa]o|eventos?|workshops?|"
                r"aulas?|programas?|clases?|taller(?:es)?))")

ROLE_OFFERS = (
    # a named employer or agency has the job: "Larsen & Toubro has an immediate requirement for a Piping Engineer"
    rf"{_NOT_ASKED_BY_A_SEEKER}(?:has|have|got) {_FEW} {_ADJECTIVES}(?:opening|openings|vacancy|vacancies|requirement|"
    rf"requirements|positions|position|roles|role) (?:for|as|of|in|with|on){_NOT_A_DIARY}",
    rf"(?:our|my) client,? (?:[\w&.'()-]{{1,25}},? ){{0,8}}(?:is|are) (?:currently |actively |now |urgently )?"
    rf"(?:looking|seeking|searching|seaching|hiring|hirng|recruiting|keen to meet|in need of)",
    rf"(?:company|client|firm|team|startup|scale-up|business|group|studio|bank|brand) (?:on our [\w-]{{1,20}} "
    rf"(?:platform )?)?(?:is|are) (?:currently |actively |now |urgently )?(?:searching|seaching|looking|keen) "
    rf"(?:for|to meet) (?:an?) (?:experienced|strong|talented|seasoned|skilled|senior|qualified)",
    # the sender fills it: "I'm hiring for the position of", "sourcing for an Operations Supervisor onsite opening"
    rf"{_NOT_THE_READERS}(?:sourcing|recruiting|hiring|headhunting) for (?:an?|the) {_WORD}{{0,5}}(?:opening|"
    rf"position|role|vacancy|requirement|post)",
    rf"(?:i'm|i am|im|i m|we're|we are|currently) (?:currently |presently |desperately |actively )?(?:looking|"
    rf"searching|seeking) for (?:an?) (?!{_JOB_NOUNS}\b|career|internship|placement)(?:{_WORD}|[\w-]{{1,25}}, ){{0,4}}"
    rf"{_WHO}s?(?! (?:role|job|position|opportunit|internship|gig))\b(?: (?:for|to join|at|with|in|on|who)|[.!](?!\w))",
    # an agency's client named, its team to be built: "I've been working with Ushr Auto to build out their tech team"
    r"(?:i've been|i have been|i'm|i am|we've been|we have been|we're|we are) (?:currently )?(?:working|partnering|"
    r"partnered) with (?:[\w&.'-]{1,25},? ){1,5}(?:in [\w.-]{1,25} )?to (?:build|grow|scale|expand|hire for) (?:out )?"
    r"(?:their|its) (?:[\w&/-]{1,20} ){0,2}(?:team|teams|department|function)",
    rf"^\W{{0,5}}looking for (?:an?) {_WORD}{{0,4}}{_WHO}s? (?:for (?:our|my|a)|to join)",
    r"(?:looking|hoping|aiming|wanting|want|need|needing) to (?:hire|bring on|bring in|recruit|onboard) (?:an?|"
    r"someone|two|three|several)",
    rf"(?:we|i) (?:urgently |really |currently )?need (?:an?|two|three|several) {_WORD}{{0,3}}{_WHO}s?"
    rf"(?! (?:role|job|position))\b",
    r"(?:need|searching for|looking for|to find|find|seeking|want|wants|needs) (?:someone|somebody|a person|a profile|"
    r"an individual|a professional) (?:with|who (?:has|have|knows)|like you|of) (?:your|a similar|similar|strong|"
    r"solid|deep|proven|hands-on|experience|expertise|skills|knowledge|[\w-]{1,20} experience)|searching a profile",
    rf"(?:working|partnering) with (?:an?|one of) {_NOT_A_CANDIDATE}(?:[\w&.'-]{{1,25}} ){{0,4}}(?:(?:who|that|which) "
    rf"(?:is|are) )?(?:looking for|searching for|seeking|hiring|recruiting) (?:an?) {_NOT_A_CANDIDATE}"
    rf"(?:experienced|senior|strong|seasoned|skilled|talented|qualified|[\w&/.+#-]{{1,25}} {_WHO})",
    r"(?:i'm|i am|we're|we are) (?:currently )?(?:supporting|partnering with|working with|helping) "
    r"(?:[\w&.'-]{1,25},? ){1,6}(?:on|with) (?:an?|their) (?:[\w&/.+#-]{1,25} ){0,6}(?:contract|role|position|"
    r"hire|search|vacancy|opening)",
    rf"{_NOT_THE_READERS}(?:recruiting|hiring|hirng) (?:an?|two|three|several) {_WORD}{{0,4}}{_WHO}s? (?:for|"
    rf"to join|at|in|with)",
    r"(?:we are|we're|i am|i'm) (?:currently |now )?(?:hiring|recruiting) (?:[\w&/.+#-]{1,20} ){0,3}(?:interns?|"
    r"designers?|faculty|trainers?|surveyors?|supervisors?|devs?)",
    # the job put to the reader: "contacting you about an exciting vacancy as", "I have a job proposal for you"
    rf"{_NOT_DENIED}(?:contacting|writing to|writing|messaging|approaching|reaching out to|getting in touch with|"
    rf"reaching) (?:you )?(?:about|regarding|re|for|in regards? to|with) (?:an?|the|several|multiple|some|one|this) "
    rf"(?:(?!{NOT_A_JOB}|candidate)[\w()/&.,'\"-]{{1,25}} ){{0,6}}{_JOB_NOUNS}{_NOT_A_JOB_AFTER}",
    r"(?:job|career|work|employment) (?:proposal|offer)s? for you|offer of an? (?:new )?(?:role|position|job)",
    rf"(?:talk|chat|speak|discuss|tell you more) (?:to you |with you )?(?:about |regarding )?(?:an?|one|some|this) "
    rf"(?:[\w()/&.,'\"-]{{1,25}} ){{0,5}}(?:role|position|opening|vacancy|requirement|opportunity)(?! (?:at|in|with) "
    rf"your)",
    rf"(?:you|u) (?:look like|seem like|seem to be|would be|'d be|could be|might be) (?:an? )?(?:strong|good|great|"
    rf"perfect|ideal|excellent|fantastic) (?:fit|match|candidate)|makes? (?:you|u) (?:an? )?(?:strong|good|great|"
    rf"perfect|ideal|excellent) (?:fit|match|candidate)",
    rf"(?:openings?|vacanc(?:y|ies)|roles?|positions?) (?:that )?(?:we|i)(?:'re| are| am|'m)? (?:have|got|are hiring "
    rf"for|am hiring for|hiring for|recruiting for|working on|handling|conducting)",
    rf"{_NOT_THE_READERS}(?:filling|working on|recruiting for|hiring for) (?:several|multiple|a few|some|two|"
    rf"three|many|senior|various) (?:[\w&/-]{{1,25}} ){{0,3}}(?:openings|roles|positions|vacancies|searches|"
    rf"mandates|requirements)",
    rf"(?<!is )(?<!are )(?<!you're )(?:now|currently|actively|urgently) hiring (?:an? )?{_WORD}{{0,3}}{_WHO}s?|"
    rf"^\W{{0,5}}hiring (?:an? )?{_WORD}{{0,3}}{_WHO}s?",
    # open to a move, asked of the reader: "open to a new contract?", "any interest in new assignment?"
    r"(?:(?:are|r|if|whether|confirm if|see if) (?:you|u)(?:'re| are)?|you're|you are) (?:still |currently |now )?"
    r"open to (?:a |any )?new (?:roles|contracts?|assignments?|gigs|opportunit(?:y|ies)|positions?|offers)|(?<!\w )"
    r"(?<!\w  )open to (?:a |any )?new (?:roles?|contracts?|assignments?|gigs?|opportunit(?:y|ies)|positions?)\?",
    r"(?:any )?interest(?:ed)? in (?:a |an )?new (?:role|assignment|contract|position|job|opportunity|challenge)",
    # the job put as a question: "would you be available and interested in a UX Designer job in Lyon?"
    rf"(?:are|would|will|r) (?:you|u) (?:be )?(?:available and |also |currently |possibly |perhaps |by any chance )?"
    rf"(?:interested|open) (?:in|to) (?:a|an|this|the|one|hearing about|exploring|discussing|considering) "
    rf"(?:(?!{NOT_A_JOB}|candidate|referral|demo|trial|webinar)[\w()/&.,'-]{{1,25}} ){{0,5}}(?:job|role|position|"
    rf"opening|vacancy|opportunity|contract|assignment)\b{_NOT_A_JOB_AFTER}(?! (?:boards?|portal|platform|fairs?))",
    # Portuguese, Spanish, Dutch and Turkish
    r"(?:posi[çc][ãa]o|vaga|oportunidade) que (?:estou|estamos) (?:conduzindo|tocando|trabalhando)",
    r"(?:posi[çc][ãa]o|vaga) que (?:tenho|temos) (?:aberta|em aberto)",
    r"(?:umas|algumas|v[áa]rias) (?:vagas|posi[çc][õo]es) (?:muito )?(?:legais|interessantes|sensacionais|abertas)",
    # a recruiter's own plural openings: "estou trabalhando algumas vagas de dev", "estamos com vagas", "tengo vacantes"
    # (never "estou buscando vagas", a job seeker's search, nor places in a course: "temos vagas para a turma")
    rf"(?:estou|estamos|t[ôo]|estoy) (?:trabalhando|trabajando|com|con) {_FEW_ES_PT}(?:vagas|vacantes|posi[çc][õo]es|"
    rf"posiciones){NOT_A_COURSE}",
    rf"(?<!no )(?<!n[ãa]o )(?:tenho|temos|tengo|tenemos) {_FEW_ES_PT}(?:vagas|vacantes) (?:de|para|pra|em|en|abiertas|"
    rf"abertas){NOT_A_COURSE}",
    r"(?:seu|teu) momento (?:profissional|de carreira)",
    # the reader's fit, a place in the team, the job as a question: "acredito que tenha fit com a oportunidade",
    # "adoraria que você fizesse parte do nosso time", "que tal ir trabalhar na", "nos encantaría que formaras parte"
    r"(?:acredito|creio|penso|vejo) que (?:voc[êe] )?(?:tenha|tem|teria|possa ter) (?:muito |bastante |um (?:bom |"
    r"grande |[óo]timo )?)?(?:fit|match|ader[êe]ncia) (?:com|para|pra) (?:a|o|essa|esta|uma|um|nossa|nosso|minha) "
    r"(?:[\w-]{1,20} ){0,2}(?:vaga|oportunidade|posi[çc][ãa]o|time|equipe|cargo|posto)",
    r"(?:creo|pienso) que (?:tienes|tendr[íi]as|encajas|encajar[íi]as|podr[íi]as encajar) (?:muy bien |(?:un )?"
    r"(?:buen )?(?:fit|match|encaje) )?(?:con|en|para) (?:la|el|esta|este|una|un|nuestra|nuestro) (?:[\w-]{1,20} )"
    r"{0,2}(?:vacante|oportunidad|posici[óo]n|puesto|equipo)",
    r"(?:adoraria|adorar[íi]amos|gostaria|gostar[íi]amos|me encantar[íi]a|nos encantar[íi]a) (?:muito )?(?:que "
    r"(?:voc[êe] |usted )?(?:fizesse|fizesses|formaras|formases|formara|fueras|fuese|fuera) parte|de (?:ter voc[êe]|"
    r"te ter|contar com voc[êe]|contar contigo)) (?:d[oa]|de|en) (?:nosso |nossa |nuestro |nuestra |la |el |o |a )?"
    r"(?:time|equipe|equipa|equipo|squad|empresa)",
    r"que tal (?:ir |vir )?trabalhar (?:na|no|numa|num|em|conosco|com a gente|com)(?! casa)|(?:qu[ée] tal|te "
    r"gustar[íi]a) trabajar (?:en|con|para)(?! casa)",
    r"(?:o )?(?:nosso|meu) cliente (?:est[áa] )?(?:buscando|procurando|contratando|recrutando|em busca)|(?:nuestro|mi) "
    r"cliente (?:est[áa] )?(?:buscando|contratando|reclutando|en b[úu]squeda)",
    r"(?:tenemos|tengo) (?:varias |algunas |\d{1,2} )?(?:posiciones|vacantes|plazas) (?:abiertas|disponibles)",
    # a job proposal put to the reader: "una propuesta relacionada con tu perfil", "uma proposta de trabalho", never
    # the sender's own search or an advert they saw ("busco una oferta de trabajo", "vi una oferta de empleo")
    r"(?<!busco )(?<!buscando )(?<!procuro )(?<!procurando )(?<!cherche )(?<!recherche )(?<!suche )(?<!cerco )"
    r"(?<!vi )(?<!vu )(?<!visto )(?<!vista )(?<!encontr[ée] )(?<!trouv[ée] )"
    r"(?:una|uma|une|un|eine?n?) (?:propuesta|proposta|proposition|offerta|oferta|offre) (?:laboral|de trabajo|"
    r"de empleo|de trabalho|de emprego|di lavoro|de poste|d'emploi)|(?:propuesta|proposta) relacionada (?:con|com|ao|"
    r"a) (?:tu|su|seu|teu|o seu) perfil|(?:job|stellen)angebot f[üu]r (?:sie|dich)",
    r"(?:tu|su) momento profesional",
    r"voor (?:een|twee|drie|vier|meerdere|diverse) (?:opdrachtgevers?|klanten?) op zoek naar",
    r"(?:arkada[şs]|m[üu]hendis[iİıI]|geli[şs]t[iİıI]r[iİıI]c[iİıI]|uzman[iİıI]?|y[öo]netic[iİıI]s[iİıI]|"
    r"m[üu]d[üu]r[üu]) ar[iİıI]yoruz",
)
