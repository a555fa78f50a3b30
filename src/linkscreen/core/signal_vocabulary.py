"""The regex vocabulary of `signals`: data only, one tuple of patterns per signal, named after it.

This module holds the pitches, the calls and what senders say of their own work (recruiters, sellers); the
headline signals' tuples live in `headline_vocabulary`, those of roles and candidates in `hiring_vocabulary`, the job
seeker's ask in `seeker_vocabulary`, those of bait, fraud and tricks in `bait_vocabulary`, those of networking, peers
and known contacts in `peer_vocabulary`; all are re-exported here.
Each concept is written in English and in the languages the corpus meets (Portuguese, Spanish, French, German,
Italian, Dutch, Indonesian, Malay, Polish, Turkish, Swedish, Romanian).

`signals` compiles each tuple case-insensitively with word boundaries on both sides. Keep every
quantifier bounded (no `+` or `*` over free text) so that no input can make matching slow; write accented letters
as classes (`[ée]`) and the Turkish dotted and dotless i as `[iİıI]`. Start each pattern with plain letters, so that
`pattern_sets` tries it only where they occur: a word that starts with an accented letter goes after a fixed
look-behind or the word before it, and a plain `i` stands for `[iİıI]` there (IGNORECASE equates them)."""

from __future__ import annotations

from linkscreen.core.headline_vocabulary import (  # noqa: F401  (headline signals' tuples, re-exported)
    GAP, HEADLINE_CONSULTANT, HEADLINE_FOUNDER, HEADLINE_JOB_SEEKING, HEADLINE_OPEN_NETWORKER, HEADLINE_RECRUITER,
    HEADLINE_SALES, HEADLINE_SUSPICIOUS, OPPORTUNITY, RECRUITER,
)
from linkscreen.core.bait_vocabulary import (  # noqa: F401  (bait and fraud signals' tuples, re-exported)
    CONTACT_DETAILS, FEE_OR_DETAILS_REQUEST, LINK, MERGE_FIELD, MONEY_BAIT, OFF_PLATFORM_CONTACT, OFF_PLATFORM_VETO,
    ROMANCE_FLATTERY, SCREENER_MANIPULATION, TOO_GOOD_OFFER,
)
from linkscreen.core.hiring_vocabulary import CANDIDATE_PUSH, ROLE_FOR_YOU  # noqa: F401  (recruiting, re-exported)
from linkscreen.core.peer_vocabulary import (  # noqa: F401  (networking, peer and known-contact tuples, re-exported)
    COMMUNITY, NETWORKING_TALK, OPEN_NETWORKING, PEER_QUESTION, RECIPIENT_WORK_REFERENCE, SHARED_HISTORY_CLAIM,
    THANKS_FOR_ACCEPTING,
)
from linkscreen.core.offer_vocabulary import SERVICE_OFFER  # noqa: F401  (re-exported)
from linkscreen.core.seeker_vocabulary import JOB_SEEKING_ASK  # noqa: F401  (re-exported)

WORDS = r"(?:[\w'&/+-]{1,25} ){0,3}"  # up to three words, each followed by one space
MINUTES = r"(?:\d{1,2}|five|ten|fifteen|twenty|thirty)[ -]?(?:min|mins|minute|minutes|minuets)"
CLIENTS = (r"(?:leaders|leadership teams|executives|cios|ctos|cisos|cfos|ceos|decision[- ]makers|directors|"
           r"organi[sz]ations|companies|businesses|enterprises|clients|customers|councils|agencies|startups|brands|"
           r"retailers|banks|insurers)")

PITCH_PHRASES = (
    r"(?<!your )(?<!votre )(?<!ton )(?<!seu )(?<!sua )(?<!tu )(?<!su )(?<!ihre )(?<!deine )(?<!jouw )(?<!je )"
    r"(?<!din )(?<!twoje )(?<!tua )demos?", r"(?:une|la|de|en|notre|d'une|petite) d[ée]mos?",
    r"our (?:platform|solutions?|products?|services?|software|tool|offering|app|technology|agency|consultancy|saas|"
    r"team can|team helps)", r"(?:companies|businesses|organi[sz]ations|teams|"
    r"firms|brands|startups|agencies|clinics|practices|stores|shops|schools|restaurants) like yours",
    r"we help (?:companies|businesses|organi[sz]ations|teams|firms|brands|leaders|cios|ctos|"
    r"enterprises|startups|agencies|clients)(?: like)?", r"roi",
    # the same in the languages the corpus meets: "ik help bedrijven met", "ayudamos a empresas", "nous aidons les PME"
    r"(?:ik help|wij helpen|we helpen) (?:bedrijven|ondernemers|organisaties|mkb)|(?:ayudo|ayudamos|ajudo|ajudamos) "
    r"(?:a )?(?:las |as |os |los )?(?:empresas|negocios|neg[óo]cios|marcas|emprendedores|empreendedores)|"
    r"(?:j'aide|nous aidons) (?:les |des )?(?:entreprises|pme|soci[ée]t[ée]s|marques)|(?:ich helfe|wir helfen) "
    r"(?:unternehmen|firmen|kmus?)",
    # a reduction by some percent, not of the sender's own ("we cut our bill by 40%" is a peer's story)
    r"(?:cut|reduce|lower|slash|save|increase|boost|improve)(?! (?:our|my) )(?: [\w-]{1,20}){0,4} by "
    r"(?:up to )?\d{1,3} ?%",
    r"save (?:up to )?\d{1,3} ?%",
    r"(?:increase|boost|grow|improve|double|lift) your (?:[\w-]{1,20} ){0,3}"
    r"(?:by )?(?:up to )?\d{1,3}(?: ?- ?\d{1,3})? ?%",
    # the vague partnership and the offer of "some info": "discuss the potential for a collaborative partnership"
    r"(?:collaborative|strategic|potential|mutually beneficial|win-win) partnership|partnership (?:opportunit(?:y|ies)|"
    r"proposal)|explore (?:a |an )?(?:potential |possible )?partnership",
    r"(?:(?:may|can|could|shall) i send|(?:would it be|is it) (?:alright|ok|okay|all right) if i (?:send|sent)) "
    r"(?:you )?(?:some |more |a bit of )?(?:info|information|a proposal|our deck|a deck|a brochure|a one-pager)",
    r"(?:looking for|searching for|seeking|reaching out to) (?:[\w-]{1,20} ){0,2}"
    r"(?:entrepreneurs|business owners|companies|"
    r"businesses|clients|founders|startups|brands) (?:that|who|which) (?:need|want|are looking|require)",
    r"(?:a|an|your) (?:technolog(?:y|ical)|tech|development|software|it|digital|outsourcing) partner (?:for|to|in)",
    r"share (?:with you )?what (?:my|our) (?:new )?(?:startup|company|team|firm|business|agency) (?:is doing|does|"
    r"has built|is building|offers)",
    r"(?:would you like|do you want|are you interested|are you planning|planning) to "
    r"(?:go for|do|take|pursue|get|"
    r"enrol(?:l)? (?:in|for)) (?:[\w,/&-]{1,20} ){0,8}(?:certifications?|trainings?|courses?|bootcamps?)",
    r"(?:use|using|work(?:ing)? with|consider(?:ing)?|hir(?:e|ing)|engag(?:e|ing)) (?:an? )?(?:external|outsourced|"
    r"offshore|third[- ]party) (?:partners?|vendors?|teams?|developers|providers?|suppliers?)",
    # a seller looking for the buyer: "who looks after IT procurement?", "get in front of the right person"
    r"get (?:in front of|a meeting with|some time with) (?:the right person|the decision[- ]makers?|your (?:team|"
    r"buyers?|procurement))", r"(?:who|the right person) (?:looks after|handles|is in charge of|is responsible for|"
    r"manages|to (?:speak|talk) to about) (?:your |the )?(?:it |tech |technology )?(?:procurement|purchasing|buying|"
    r"vendors?|suppliers?|vendor selection|it spend)",
    r"free (?:[\w-]{1,20} )?(?:audit|trial|assessment|consult(?:ation)?|pilot|appraisal|valuation|estimate|evaluation|"
    r"analysis|health ?check|demo|review|quote|proposal|strategy session)",
    r"show you (?:how|what)", r"introduce (?:you to )?(?:our|my) (?:new |latest )?(?:[\w-]{1,20} ){0,2}(?:company|"
    r"services?|platform|solutions?|products?|agency|team|cover|range|offering|app|tool|software|programme|program)",
    # a service offered: "we provide SEO, SMM, PPC, web design services", "I offer bookkeeping and payroll services"
    r"(?:i|we) (?:offer|provide|deliver|render) (?:[\w,&/-]{1,25} ){0,6}services",
    r"(?:oferecemos|ofrecemos|prestamos|brindamos|nous (?:proposons|offrons)|wir bieten) (?:[\w,&/-]{1,25} ){0,5}"
    r"(?:servi[çc]os|servicios|services|dienstleistungen|solu[çc][õo]es|soluciones|solutions)",
    r"apresentar (?:a |as |o |os )?(?:nossa|nossas|nosso|nossos) (?:solu[çc](?:[õo]es|[ãa]o)|servi[çc]os?|produtos?|"
    r"empresa|plataforma)|presentar(?:le|te|les)? (?:nuestra|nuestras|nuestro|nuestros) (?:soluci(?:[óo]n|ones)|"
    r"servicios?|productos?|empresa|plataforma)|"
    r"(?:vous )?pr[ée]senter nos (?:solutions|services|produits|offres)",
    r"(?:we(?:'ve| have)?|i(?:'ve| have)?) helped (?:over |more than |around )?\d{1,5}\+? (?:[\w-]{1,20} )?"
    r"(?:organi[sz]ations|companies|businesses|clients|brands|customers|teams|firms|schools|hospitals|practices)",
    r"see (?:if|whether) there(?:'s| is| might be| could be| would be) a (?:good |potential )?fit",
    # the consultative opener: "any interest in hearing how your peers are using it?", "I've been helping a few teams
    # untangle their research", "how does your team currently handle renewals?"
    r"(?:hear|hearing|learn|learning|see|seeing|find out|finding out) how (?:your )?(?:colleagues|peers|competitors|"
    r"(?:other|similar) (?:[\w-]{1,20} ){0,3}(?:teams|companies|firms|businesses|brands|leaders|retailers|clinics|"
    r"schools|hospitals|practices)|(?:other|similar) [\w-]{1,20} (?:your size|of your size|like yours)|(?:teams|"
    r"companies|firms|businesses|brands) (?:like yours|in your (?:space|industry|sector|area)))",
    r"i(?:'ve| have) been helping (?:a few |several |some |many |a number of |dozens of |other )?(?:[\w-]{1,20} )"
    r"{0,2}(?:teams|companies|businesses|organi[sz]ations|founders|leaders|brands|startups|firms|clients|agencies|"
    r"retailers|clinics|schools|carriers|owners)",
    r"how (?:does|do|is|are) (?:your|you and your|you) (?:[\w-]{1,20} ){0,2}currently (?:manage|managing|handle|"
    r"handling|track|tracking|deal|dealing|approach|approaching|tackle|tackling|run|running|organi[sz]e|organi[sz]ing)",
    # the same question asked about "today": "how are you handling supplier onboarding at the moment?", "curious how
    # your team forecasts spare parts demand today" (never "how are you doing today?")
    r"(?:how|curious how|wondering how) (?:(?:are|is|do|does) )?(?:you|your (?:[\w-]{1,20} ){0,2}team) (?!(?:are |is )?"
    r"(?:doing|feeling|keeping|going|getting|holding|finding|settling|enjoying|and)\b)(?:[\w,'-]{1,20} ){1,8}(?:today|"
    r"at the moment|right now|these days)\b",
    # the product put in front of the reader, and its price: "we built a tool for exactly that", "competitive pricing"
    r"(?:we|i)(?:'ve| have)? (?:just |recently )?built (?:a |an |something |some |our )(?:[\w-]{1,20} ){0,3}(?:for "
    r"(?:exactly )?(?:that|this)|that (?:helps?|got|gets|lets|cuts|saves))",
    r"competitive (?:prices|pricing|quotes?)",  # not "rates": a contractor's day rate is a recruiter's word too
    # the seller asking for the buyer: "would you be the right person to speak with about employee benefits?"
    r"(?:are you|would you be|who is|who's|who would be|is there) the (?:right|best) person to (?:speak|talk|chat) "
    r"(?:with|to)", r"(?:for|get|book) (?:our|my) (?:ceo|founder|client|clients|president|author|expert)s? (?:to "
    r"(?:speak|appear|be (?:a |featured|interviewed))|on (?:your|a) (?:podcast|show|stage))",
    r"(?:are you|if you are|if you're|you are|you're|whether you are) the (?:right )?person (?:responsible "
    r"for|in charge of|who (?:handles|looks after|manages))",
    r"case stud(?:y|ies)|no obligation|synerg(?:y|ies)|(?:our|my) pricing|pricing (?:plans?|options|"
    r"sheet|deck)|special (?:pricing|offer|rate)", r"(?:we are|we're|i represent|i work for|i'm with) (?:a|"
    r"an) (?:leading|top|premier|trusted|award[- ]winning|global|boutique|fast[- ]growing|specialist)",
    r"(?:outsourc(?:e|ed|ing)|offshore|nearshore) (?:partner|services|development|company)",
    r"(?:discuss|explore|see) how we (?:can|could)", r"(?:more|qualified) (?:leads|appointments|meetings)",
    r"price ?list|rate card|(?:send|share|give|email) (?:you |u )?(?:a |our |my |the )?(?:quote|quotation|price list|"
    r"prices|catalog(?:ue)?|brochure|samples?|rate card)", r"our (?:rates|prices) are|(?:drop off|send) (?:some )?"
    r"samples", r"(?:lista|tabela) de pre[çc]os|cotizaci[óo]n|cota[çc][ãa]o|or[çc]amento|daftar harga|penawaran|"
    r"devis|muestras|amostras", r"exhibitor (?:spaces?|packages?|stands?)|sponsorship (?:packages?|slots?)",
    # the same in the corpus's other languages: a demo, our platform or solution, companies like yours, a free trial,
    # a saving of some percent, showing or presenting what the sender sells
    r"demonstra[çc][ãa]o|demostraci[óo]n",
    r"(?:une|la|de|votre|en) d[ée]monstration",
    r"vorf[üu]hrung",
    r"(?:nossa|nossas|nosso|nossos) (?:plataforma|solu[çc](?:[ãa]o|[õo]es)|ferramenta|software|produtos?|servi[çc]os|"
    r"tecnologia)|(?:nuestra|nuestras|nuestro|nuestros) (?:plataforma|soluci(?:[óo]n|ones)|herramienta|software|"
    r"productos?|servicios|tecnolog[íi]a)",
    r"(?:notre|nos) (?:plateforme|solutions?|logiciel|outils?|offres?|produits?|services|technologie)(?! (?:de |"
    r"d')(?:recrut|emploi|chasse|placement)\w{0,10})|unser (?:tool|produkt|angebot)",
    r"(?:empresas|neg[óo]cios|organiza[çc][õo]es) como a (?:sua|tua)|(?:empresas|negocios|organizaciones) como la "
    r"(?:suya|tuya|vuestra)",
    r"(?:saya|kami) membantu (?:perusahaan|bisnis|umkm|brand|organisasi|syarikat|perniagaan)|pomag(?:am|amy) "
    r"(?:firmom|przedsi[ęe]biorstwom|markom|organizacjom)",
    r"(?:jag|vi) hj[äa]lper (?:f[öo]retag|bolag|organisationer|varum[äa]rken)|ajut(?:[ăa]m)? (?:companiile|companii|"
    r"firmele|firme|afacerile|antreprenorii|brandurile)",
    r"(?:teste|avalia[çc][ãa]o|diagn[óo]stico|consultoria|(?:uma|a|sua) an[áa]lise|auditoria|prueba|evaluaci[óo]n|"
    r"asesor[íi]a|(?:un|el|su) an[áa]lisis) (?:gratuit[ao]|gr[áa]tis|gratis|sem custo|sin coste|sin costo)",
    r"(?:prova|analisi|consulenza|valutazione|audit|preventivo) gratuit[ao]",
    r"(?:gratis|kosteloze?|vrijblijvende?) (?:proefperiode|analyse|scan|audit|adviesgesprek|offerte|trial)|"
    r"(?:darmow[aey]|bezp[łl]atn[aeyą]) (?:wersj[aęi] (?:pr[óo]bn[aą]|testow[aą])|konsultacj[aęi]|audyt|analiz[aęy]|"
    r"wycen[aęy]|okres pr[óo]bny|test)",
    r"(?<=[üu]cretsiz )(?:deneme|dani[şs]manlik|analiz|teklif)\w{0,4}",
    r"(?:reduzir|reduzimos|reduza|diminuir|economizar|aumentar|reducir|reducimos|reduzca|ahorrar|diminuer|augmenter|"
    r"ridurre|riduciamo|risparmiare|verlagen|verminderen|besparen|mengurangi|menghemat|meningkatkan|mengurangkan|"
    r"menjimatkan|obni[żz]y[ćc]|obni[żz]amy|zmniejszy[ćc]|zaoszcz[ęe]dzi[ćc]|zwi[ęe]kszy[ćc]|minska|spara|"
    r"reduce[țţt]i|reducem|economisi[țţt]i) (?!(?:nossos?|nossas?|nuestros?|nuestras?|notre|nos|il nostro|la nostra|i "
    r"nostri|onze|ons|kami|nasz\w{0,3}|v[åa]ra?|v[åa]rt|noastr[ăa]|nostru) )(?:[\w-]{1,20} ){0,4}(?:em |en |de |par |"
    r"di |del |dei |delle |met |sebesar |hingga |o |med |cu |till |upp till |jusqu'[àa] |at[ée] |hasta |fino al? |tot"
    r" |sampai |do |p[âa]n[ăa] la ){1,2}(?:un |el |la |il |al )?\d{1,3} ?%",
    r"(?:economia|ahorro|einsparung(?:en)?|risparmio|besparing(?:en)?|penghematan|oszcz[ęe]dno[śs][ćc]|besparingar|"
    r"economii) (?:de |di |del |van |von |hingga |do |upp till |p[âa]n[ăa] la )?(?:at[ée] |hasta |bis zu |fino al |"
    r"tot |un |el |il |al )?\d{1,3} ?%",
    r"(?:te|lhe|vos) mostrar (?:como|o que)|(?:mostrarte|mostrarle|ense[ñn]arte|ense[ñn]arle) (?:c[óo]mo|lo que)|"
    r"(?:ihnen|dir|euch) (?:gerne |gern |kurz )?zeigen,? (?:wie|was)",
    # something free or without obligation, a catalogue or price list: "sopralluogo gratuito", "gratis SEO-scan"
    r"(?:simula[çc][ãa]o|cota[çc][ãa]o|proposta|presupuesto|cotizaci[óo]n|devis|angebot|offerte|preventivo|oferta|"
    r"wycena|offert) (?:sem compromisso|sin compromiso|sans engagement|unverbindlich|vrijblijvend|senza impegno|bez "
    r"zobowi[ąa]za[ńn]|utan f[öo]rpliktelser|f[ăa]r[ăa] obliga[țţt]ii)",
    r"(?:simula[çc][ãa]o|visita t[ée]cnica|sopralluogo|check-?up|maquette|estimation|survei(?: lokasi)?|survey(?: "
    r"lokasi)?) (?:gratuit[aoe]?|gr[áa]tis|gratis|sem custo|percuma)",
    r"kostenlose[nrsm]? [\w-]{0,20}(?:analyse|berechnung|beratung|check|pr[üu]fung|gespr[äa]ch)|gratis "
    r"[\w-]{0,20}(?:scan|analyse|check|advies|proefrit)|proefrit",
    r"cat[áa]logo|catalogo|cotizarle|vous pr[ée]senter (?:l'offre|notre offre|notre solution|notre catalogue)",
    # campaign marketing sent as InMail: an event to register for, a white paper, a paid programme or course
    r"(?:announce|announcing|launch|launching|introducing) (?:our|the|a) (?:latest |new |upcoming )?(?:[\w-]{1,20} )"
    r"{0,3}(?:program(?:me)?|course|bootcamp|certification|cohort|batch)",
    r"(?:register|sign up|enrol(?:l)?) (?:here |now |today )?(?:for )?(?:free|now|today)\b|(?:save|reserve|book|"
    r"secure|claim) your (?:free )?(?:spot|seat|place|pass)",
    r"join us (?:for|at) (?:a|an|our|the) (?:[\w-]{1,20} ){0,4}(?:webinar|conference|summit|masterclass|expo|"
    r"trade ?(?:fair|show)|virtual event|live session)",
    r"(?:our (?:free |new |latest |exclusive ){1,2}|(?:this|a|the|our) free (?:new |latest )?)(?:[\w-]{1,20} )?"
    r"(?:white ?paper|e-?book|report|guide)|(?:download|get) (?:your |our |the |a )?(?:free )?(?:copy|white ?paper|"
    r"e-?book)",
    r"(?:online|executive|weekend|part[- ]time|accredited) (?:mba|dba|pgdm|pg (?:program|diploma)|master'?s|degree|"
    r"diploma|doctorate|programme|program)|doctor of business administration|placement (?:assistance|support|"
    r"guarantee)|(?:enrol(?:l)?ment|admissions?) (?:counsel(?:l)?or|advisor|open|are open)|(?:course|program|"
    r"programme|tuition) fees?|fees?:? ?(?:₹|\$|€|£|rs\.? ?|inr ?|usd ?)\d",
    r"study abroad|overseas (?:education|studies)|(?:dream|top|foreign) universit(?:y|ies)|(?:university|college) "
    r"admissions?|admissions? (?:and|&) visas?|(?:education|admissions?|overseas|study) (?:counsel(?:l)?ors?|"
    r"consultants?)",
    r"inscr(?:ibirte|ibirse|[íi]bete|ever-se|eva-se) (?:en|no|na) (?:el |la |nuestro |nuestra |o |a )?(?:programa|"
    r"curso|diplomado|m[áa]ster|mestrado|mba|webinar)|inscri[çc][õo]es abertas|matr[íi]culas? abiertas",
    # a channel of one's own to follow, and a firm's service offered as a benefit to the reader's: "please subscribe
    # my youtube channel", "tenho um canal sobre dados", "our experience in UI/UX design could be beneficial for your
    # company" (not "my experience in finance could help your team": a job seeker's line)
    r"subscribe (?:to )?(?:my|our) (?:youtube )?(?:channel|podcast|newsletter)|(?:check out|visit|take a look at|"
    r"follow) (?:my|our) (?:youtube )?(?:channel|podcast)|(?:tenho|temos|tengo|tenemos) u[mn] canal|"
    r"(?:inscreva-se|suscr[íi]bete|inscr[íi]bete) (?:no|en|a) (?:meu |mi |nosso |nuestro )?canal",
    r"our (?:experience|expertise|services?|solutions?|team) (?:in|with) (?:[\w/&+#.-]{1,25} ){1,5}(?:could|"
    r"can|would|might|will) (?:be (?:beneficial|valuable|useful|of value)|benefit|help|add value|support)(?: to| for)?"
    r" your (?:company|business|team|organi[sz]ation|brand|projects?|firm)",
    # a product's reach, a launch page, a fit to explore: "an AI based platform used by ~60000 professionals", "our
    # preregistration page is up", "explore if this could be a fit for you"
    r"(?:platform|tool|app|solution|software|product|service) (?:used|trusted|loved|chosen) by",
    r"our (?:pre-?registration|registration|sign-?up|waitlist|waiting list|landing) (?:page )?is (?:up|live|open)",
    r"(?:explore|see|discuss|find out) (?:if|whether) (?:this|we|our [\w-]{1,20}|there) (?:could|might|would|may|"
    r"can) be a (?:good |great |potential |possible )?fit",
)

CALL_REQUEST = (
    r"(?:quick|short|brief|intro|introductory|discovery) (?:call|chat|meeting|zoom|conversation)",
    rf"{MINUTES}(?: of your time)?", r"book (?:a|some) (?:time|call|slot|meeting)", r"calend[ae]r (?:link|invite)|"
    r"calendly",  # a booking link asks for a call, from recruiters as from sellers
    r"(?:schedule|set up|arrange|"
    r"hop on|jump on|grab) (?:a|some) (?:call|meeting|time|zoom|chat)",
    r"(?:conversa|chamada|reuni[ãa]o|liga[çc][ãa]o|call|llamada|reuni[óo]n|charla) (?:r[áa]pida|breve|curta|corta)|"
    r"(?:breve|pequena|peque[ñn]a) (?:conversa|chamada|reuni[ãa]o|llamada|reuni[óo]n|charla)|"
    r"(?:appel|[ée]change|rendez-vous) (?:rapide|bref|de \d{1,2} minutes)|"
    r"(?:kurzes|kurzen) (?:gespr[äa]ch|telefonat|call)",
    # the same in the corpus's other languages: "15 minutos", "un quarto d'ora", "kort gesprek", "krótka rozmowa"
    r"(?<!\ba )(?<!\b[àa] )\d{1,2}[ -]?(?:minutos|minutinhos|minutitos|minuten|minuti|minuut|minuutjes|menit|minit|"
    r"minut|minuty|minuter|minute|min[üu]tige[nrsm]?)(?! (?:por|par|pro|am|al|per|a|pe|om|i|de) (?:dia|d[íi]a|jour|"
    r"tag|giorno|dag|hari|day|zi|dagen|distancia|dist[âa]ncia|distance)| dziennie| sehari| entfernt| von| dari)",
    r"\d{1,2} ?dakika\w{0,5}",
    r"un quarto d'ora|mezz'ora|een (?:kwartiertje|kwartier|half uur(?:tje)?)",
    r"(?:bate-papo|papo) r[áa]pido|(?:videollamada|llamada|reuni[óo]n) (?:r[áa]pida|breve|corta)|(?:court|bref|petit|"
    r"rapide) (?:[ée]change|appel|call|point|rendez-vous)",
    r"kurze[ns]? (?:austausch|termin|videocall|video-call|kennenlernen|kennenlerngespr[äa]ch|teams-call|zoom-call)|"
    r"kurz (?:telefonieren|sprechen)",
    r"(?:breve|rapida|veloce|piccola) (?:chiamata|call|telefonata|videochiamata|chiacchierata|conversazione|riunione)|"
    r"(?:chiamata|call|telefonata|chiacchierata|videochiamata) (?:veloce|rapida|breve|conoscitiva)",
    r"(?:kort|korte|kleine|snel|snelle) (?:gesprek|gesprekje|call|belletje|kennismaking|kennismakingsgesprek|"
    r"videocall|overleg|teams-?call)|(?:even|kort) (?:bellen|sparren|videobellen)",
    r"(?:panggilan|meeting|diskusi|obrolan|call|telepon|zoom|rapat|pertemuan|perbincangan|mesyuarat|sembang|"
    r"perjumpaan) (?:singkat|sebentar|ringkas)|(?:menjadwalkan|jadwalkan|atur) (?:meeting|panggilan|pertemuan|call|"
    r"zoom)",
    r"(?:kr[óo]tk(?:a|[aą]|iej|ie)|szybk(?:a|[aą]|iej|ie)) (?:rozmow[aęy]|spotkani[ea]|call|telefon|wideorozmow[aęy]|"
    r"konsultacj[aęi])",
    r"kisa (?:bir )?(?:g[öo]r[üu][şs]me|toplanti|telefon|arama|sohbet|call|online g[öo]r[üu][şs]me)\w{0,6}",
    r"(?:kort|kortare|snabbt?) (?:samtal|m[öo]te|videom[öo]te|telefonsamtal|digitalt m[öo]te|avst[äa]mning|"
    r"genomg[åa]ng|teams-?m[öo]te|snack)",
    r"(?:o|un) (?:scurt[ăa]|rapid[ăa]) (?:discu[țţt]ie|convorbire|[îi]nt[âa]lnire)",
)

RECRUITER_SELF_INTRO = (
    rf"(?:i am|i'm|im|i work as|working as) (?:a |an |the )?{WORDS}(?:re(?:cruit|cuit|crut|criut|qruit)er|"
    rf"head-?hunter|talent acquisition|talent partner|sourcer|resourcer)", r"i (?:recruit|place|headhunt|"
    r"source) (?:for|in|across|within|into|senior|technical|tech|it|technology|top|exec(?:utive)?s?|leadership|"
    r"c-level|permanent|contract|software|data|digital|cloud|cyber|engineering|developers|engineers)",
    r"(?:i|we) (?:specialise|specialize|focus|work) (?:in|on) (?:the )?(?:recruitment|recruiting|placement|placing|"
    r"talent acquisition|executive search|headhunting|staffing)", r"(?:our|my|a|an) (?:recruitment|recruiting|"
    r"staffing|search|headhunting) (?:agency|firm|consultancy|business|company|practice|desk|team)",
    r"(?:soy|sou|je suis|ich bin|saya) (?:un |una |um |uma |une? |eine? )?(?:reclutador(?:a)?|recrutador(?:a)?|"
    r"recruteu(?:r|se)|recruiter|rekruter|headhunter(?:in)?|personalberater(?:in)?|chasseu(?:r|se) de t[êe]tes|"
    r"consultor(?:a)? de (?:recrutamento|selecci[óo]n)|charg[ée]e? de recrutement)",
    r"trabajo como (?:reclutador(?:a)?|headhunter)|trabalho (?:como|com) (?:recrutamento|recrutador(?:a)?)|"
    r"me dedico a la selecci[óo]n|(?:je|nous) recrut(?:e|ons) (?:des|pour|dans)|(?:recruto|recluto) (?:para|perfiles|"
    r"profissionais)",
    r"(?:help|helping|partner with|partnering with|support|supporting) (?:companies|organi[sz]ations|businesses|"
    r"clients|startups|firms|teams) (?:to )?(?:hire|find|attract|recruit)",
    # the same in Italian, Dutch, Polish, Swedish, Romanian and Turkish: "sono un recruiter", "jestem rekruterem"
    r"(?<=i[şs]e )alim (?:uzmaniyim|dani[şs]maniyim)",
    r"(?:jag rekryterar|recrutez|rekrutuj[ęe]|ik werf) (?:[\w-]{1,20} )?(?:f[öo]r|pentru|dla|voor|inom|[îi]n|w)",
    r"(?:atuo|trabalho) (?:com|em|na [áa]rea de) (?:recrutamento|sele[çc][ãa]o|r ?& ?s|headhunting|hunting|busca de "
    r"executivos)|recruto (?:pra|em|na|no)|trabajo en (?:selecci[óo]n|reclutamiento|b[úu]squeda de (?:ejecutivos|"
    r"talento)|headhunting)|recluto (?:en|a|m[ée]dicos|ingenieros|talento)|je recrute (?:sur|en)|je travaille dans le "
    r"recrutement|ich (?:rekrutiere|recruite) (?:im|in|f[üu]r|bei)|als headhunter(?:in)?|(?:bin|arbeite) (?:im|in "
    r"der) (?:[\w-]{1,20} )?(?:recruiting|personalvermittlung|personalberatung)|mi occupo di (?:selezione|ricerca e "
    r"selezione|recruiting|reclutamento)|ik werf (?:binnen|in)|ik werk als (?:[\w-]{1,20} )?(?:recruiter|headhunter|"
    r"intercedent)|zajmuj[ęe] si[ęe] (?:rekrutacj[aą]|rekrutowaniem)|lucrez (?:[îi]n|ca) (?:recrutare|recruiter|"
    r"recrutor)|jag jobbar (?:med|som) (?:rekrytering|rekryterare)",
)

SELLER_RAPPORT = (
    rf"(?:i|we) (?:work|partner|collaborate|engage) (?:closely )?(?:with|across|"
    rf"alongside) (?:[\w-]{{1,20}} ){{0,2}}{CLIENTS}", rf"(?:i|we) (?:help|support|advise|assist|enable|"
    rf"empower) (?:[\w-]{{1,20}} ){{0,2}}{CLIENTS}", r"(?:learn more about|hear about|understand) (?:your|"
    r"what your) (?:priorities|challenges|plans|roadmap|strategy|initiatives)", r"(?:no|not a) (?:sales )?pitch|"
    r"not (?:trying|here) to sell|no hard sell", r"(?:add|bring|offer) value",
    r"not selling (?:anything|you anything|u anything)|nothing to sell|not (?:here )?(?:to|trying to) "
    r"(?:sell|disturb) (?:you|u)|not (?:sending|offering) (?:u|you) (?:any|an) (?:offer|price list|quote)",
    r"n[ãa]o [ée] (?:pra|para) vender", r"no te escribo para (?:ofrecer|vender)|para ofrecer nada|sans (?:rien )?vous "
    r"vendre|pas pour (?:vous )?vendre|nicht um (?:ihnen )?(?:etwas )?zu verkaufen",
    r"(?:trabajo|trabalho) (?:con|com) (?:[\w-]{1,20} ){0,2}(?:empresas|ind[úu]strias|hospitais|hospitales|escolas|"
    r"escuelas|cl[íi]nicas)|je travaille avec (?:beaucoup d'|des |les )?(?:entreprises|soci[ée]t[ée]s|clients|pme)|"
    r"ich arbeite mit (?:vielen )?(?:unternehmen|kunden)",
    r"(?:i work|i'm|i am|working) (?:on|in) (?:the|our) (?:inside |outside |field |enterprise |new business |"
    r"commercial )?(?:sales|business development|partnerships|bd|growth) team",
    r"as your (?:[\w&.-]{1,20} ){0,2}(?:rep|representative|account (?:manager|executive|director|rep))",
    r"(?:i'm|i am|im|i work as) (?:a |an |the )?"
    r"(?:(?!recruiting|hiring|looking|seeking|searching)[\w-]{1,20} ){0,2}"
    r"(?:account executive|account manager|sales (?:rep|representative|executive|manager|director|"
    r"consultant|lead)|business development (?:manager|executive|rep|representative|lead|director)|realtor|"
    r"real estate (?:agent|broker)|estate agent|mortgage (?:broker|advisor|adviser)|insurance (?:agent|advisor|"
    r"adviser|broker)|financial (?:advisor|adviser|planner))",
    # "not here to sell" and "I work with companies" in Italian, Dutch, Indonesian, Polish, Turkish, Swedish, Romanian
    r"geen verkooppraatje|sat[iİıI][şs] yapmak [iİıI][çc][iİıI]n de[ğg][iİıI]l",
    r"ik werk (?:veel )?(?:samen )?met (?:bedrijven|organisaties)|saya bekerja (?:sama )?dengan (?:perusahaan|bisnis|"
    r"klien)|wsp[óo][łl]pracuj[ęe] z (?:firmami|przedsi[ęe]biorstwami)",
    r"jag (?:arbetar|jobbar) med (?:f[öo]retag|bolag|organisationer)",
    r"(?:atendo|acompanho|assessoro) (?:o segmento|empresas|ind[úu]strias|empres[áa]rios|o setor|grandes contas|"
    r"gestores)|trabalho com (?:empres[áa]rios|gestores|l[íi]deres|operadores|lideran[çc]as)|(?:acompa[ñn]o|asesoro|"
    r"atiendo) a (?:empresas|compa[ñn][íi]as|pymes|l[íi]deres|responsables|directores|hospitales)|trabajando con "
    r"(?:responsables|directores|l[íi]deres|empresas|gerentes)|j'accompagne (?:les |des |de nombreuses |plusieurs"
    r" )?(?:entreprises|pme|dsi|directions|dirigeants|banques|collectivit[ée]s|industriels|soci[ée]t[ée]s)",
    r"ich betreue (?:seit [\w ]{1,20} )?(?:kmu|unternehmen|kunden|mittelst[äa]ndler|firmen)|ich arbeite (?:seit "
    r"jahren )?mit (?:vielen )?(?:mittelst[äa]ndlern|unternehmen|kunden|kmu)|lavoro (?:da anni )?con (?:i |le |molte |"
    r"tante )?(?:responsabili|direttori|aziende|imprese|pmi)|seguo (?:da anni )?(?:le |tante |molte )?(?:aziende|"
    r"imprese|pmi)|ik spreek (?:veel|dagelijks) (?:[\w'-]{1,20} )?(?:ciso'?s|cio'?s|it-managers|managers|ondernemers|"
    r"directeuren)|lucrez cu (?:multe |mai multe )?(?:companii|firme|prim[ăa]rii|clien[țţt]i)|bekerja (?:sama"
    r" )?dengan (?:tim|para) (?:it|pemimpin|manajer|direktur)",
)
