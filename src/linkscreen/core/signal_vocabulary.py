"""The regex vocabulary of `signals`: data only, one tuple of patterns per signal, named after it (the headline
signals' tuples live in `headline_vocabulary`, those of bait, fraud and tricks in `bait_vocabulary`; both are
re-exported here).

`signals` compiles each tuple case-insensitively with word boundaries on both sides. Keep every
quantifier bounded (no `+` or `*` over free text) so that no input can make matching slow."""

from __future__ import annotations

from linkscreen.core.headline_vocabulary import (  # noqa: F401  (headline signals' tuples, re-exported)
    GAP, HEADLINE_FOUNDER_CONSULTANT, HEADLINE_JOB_SEEKING, HEADLINE_OPEN_NETWORKER, HEADLINE_RECRUITER, HEADLINE_SALES,
    HEADLINE_SUSPICIOUS, OPPORTUNITY, RECRUITER,
)
from linkscreen.core.bait_vocabulary import (  # noqa: F401  (bait and fraud signals' tuples, re-exported)
    FEE_OR_DETAILS_REQUEST, LINK, MERGE_FIELD, MONEY_BAIT, OFF_PLATFORM_CONTACT, ROMANCE_FLATTERY,
    SCREENER_MANIPULATION, TOO_GOOD_OFFER,
)

WORDS = r"(?:[\w'&/+-]{1,25} ){0,3}"  # up to three words, each followed by one space
LONG_GAP = r"(?:[^.!?]|\.(?=\w)){0,80}?"  # a longer stretch inside one sentence
PEOPLE = (r"candidate|developer|engineer|consultant|architect|contractor|analyst|professional|manager|specialist|"
          r"tester|designer|expert|controller|accountant|chef|nurse|pharmacist|lead|officer|director|administrator|"
          r"technician|programmer|scientist|lawyer|attorney|solicitor|teacher|electrician|operator|labourer|driver|"
          r"assistant")  # people a recruiter may put forward
TITLES = r"vp|cto|cio|ceo|cfo|coo|ciso|head|director|manager|officer|lead|chief|partner|associate|gm|engineer|principal"
RESUME = r"(?:cv|c\.v|resume|résumé|resumé|curriculum vitae)s?"
MINUTES = r"(?:\d{1,2}|five|ten|fifteen|twenty|thirty)[ -]?(?:min|mins|minute|minutes|minuets)"
WORKS = (r"(?:posts?|articles?|talk|presentation|blog(?: post)?|paper|comments?|piece|podcast|newsletter|book|"
         r"keynote|panel|webinar|thread|video|session|answer|repo(?:sitory)?|research|write-?up|essay|lecture|"
         r"speech|interview)")  # things the recipient may have written or presented
GROUPS = (r"(?:meetup|meet-up|user group|forum|chapter|community|conference|network|group|society|association|"
          r"guild|hackathon|club)")
CLIENTS = (r"(?:leaders|leadership teams|executives|cios|ctos|cisos|cfos|ceos|decision[- ]makers|directors|"
           r"organi[sz]ations|companies|businesses|enterprises|clients|customers|councils|agencies|startups|brands|"
           r"retailers|banks|insurers)")

PITCH_PHRASES = (
    r"(?<!your )demos?", r"our (?:platform|solutions?|products?|services?|software|tool|offering|app|technology|"
    r"agency|consultancy|saas|team can|team helps)", r"(?:companies|businesses|organi[sz]ations|teams|"
    r"firms) like yours", r"we help (?:companies|businesses|organi[sz]ations|teams|firms|brands|leaders|cios|ctos|"
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
    r"analysis|health ?check|demo|review|quote|proposal|strategy session)", r"calend[ae]r (?:link|invite)|calendly",
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
)

CALL_REQUEST = (
    r"(?:quick|short|brief|intro|introductory|discovery) (?:call|chat|meeting|zoom|conversation)",
    rf"{MINUTES}(?: of your time)?", r"book (?:a|some) (?:time|call|slot|meeting)", r"(?:schedule|set up|arrange|"
    r"hop on|jump on|grab) (?:a|some) (?:call|meeting|time|zoom|chat)",
    r"(?:conversa|chamada|reuni[ãa]o|liga[çc][ãa]o|call|llamada|reuni[óo]n|charla) (?:r[áa]pida|breve|curta|corta)|"
    r"(?:breve|pequena|peque[ñn]a) (?:conversa|chamada|reuni[ãa]o|llamada|reuni[óo]n|charla)|"
    r"(?:appel|[ée]change|rendez-vous) (?:rapide|bref|de \d{1,2} minutes)|"
    r"(?:kurzes|kurzen) (?:gespr[äa]ch|telefonat|call)",
)

CANDIDATE_PUSH = (
    rf"i(?: represent| am representing|'m representing| am working with|'m working with)(?: a| an){GAP} (?:{PEOPLE})s?",
    rf"(?:we|i) (?:currently )?represent (?:a|an|two|three|several){GAP} (?:{PEOPLE})s?",
    rf"i(?:'ve| have)(?: got| just met| recently met| just interviewed| been speaking with| just spoken (?:to|with))? "
    rf"(?:a|an) {LONG_GAP} (?:who(?:'s| is| has)|available|looking (?:for|to)|relocating|"
    rf"returning|free from|just (?:finished|arrived|wrapped|off))", r"(?:his|her|their) (?:cv|resume|profile|"
    r"portfolio|details|availability)", r"(?:consider|interview|meet|use) (?:him|her|them) for",
    r"could (?:your|ur) [\w-]{1,20} use (?:him|her|them)", r"(?:does|do) (?:your|ur) (?:[\w-]{1,20} )?(?:firm|team|"
    r"company|business|practice) need anyone|need anyone\?|need (?:extra|more) hands", r"(?:available|bench|"
    r"pre-?vetted|vetted|pre-?screened|dedicated|offshore|nearshore) (?:consultants|contractors|developers|candidates|"
    r"resources|engineers|talent|devs|testers|profiles)", r"on (?:my|our) bench", r"(?:hiring|recruitment|recruiting|"
    r"staffing|resourcing|talent) (?:needs|requirements|plans)", r"any (?:open |current |upcoming )?(?:requirements?|"
    r"reqs)", rf"send (?:you |over |across ){{0,3}}(?:some |a few |sample |relevant ){{0,2}}(?:profiles|{RESUME}|"
    rf"candidates)", rf"share (?:some |a few |sample |relevant ){{0,2}}(?:profiles|{RESUME}|candidates)",
    r"(?:my|our|a) (?:candidate|consultant|contractor)s? (?:is|are|who) (?:currently )?(?:available|looking|keen|"
    r"interested|open)", r"candidate of mine", r"staff(?:ing)? aug(?:mentation)?", r"c2c|corp[- ]to[- ]corp|w2|h-?1b",
    r"(?:we|i) (?:can )?(?:supply|provide|offer|place)(?:s|ing)? (?:(?!to |for |with |our |"
    r"your )[\w.#+/-]{1,20} ){0,4}(?:contractors|developers|engineers|consultants|candidates|talent|testers|staff|"
    r"agents|nurses|devs|labourers|workers|temps|teams)",
    rf"introduce (?:you )?to (?:a|an|one of (?:my|our)|my|our) (?:[\w.#+/-]{{1,20}} ){{0,3}}(?:candidate|{PEOPLE})s?",
    # an agency described by what it supplies: "I run a boutique agency placing senior Java developers"
    r"(?:agency|firm|consultancy|company|business) (?:placing|that places|which places|supplying|that supplies) "
    r"(?:[\w.#+/-]{1,20} ){0,4}(?:contractors|developers|engineers|consultants|candidates|talent|testers|staff|nurses|"
    r"devs|workers|temps)",
    r"(?:the |our )?(?:[\w-]{1,20} ){0,3}talent (?:we|i) (?:work with|represent|have on (?:our|my) books)|(?:we|i) "
    r"(?:work with|represent) (?:[\w-]{1,20} ){0,4}talent (?:globally|locally|across|in|from)",
    # an agency asking to be let in: "do you work with agencies?", "open to receiving CVs from agencies?"
    r"(?:do you|would you|are you open to|open to) (?:ever )?(?:work(?:ing)? with|us(?:e|ing)|receiv(?:e|ing)|"
    r"accept(?:ing)?|consider(?:ing)?) (?:(?:cvs|resumes|profiles|candidates) from )?(?:external |recruitment |"
    r"staffing )?(?:agencies|agency|recruiters|agency candidates)",
)

ROLE_FOR_YOU = (
    rf"(?:exciting|great|unique|fantastic|interesting|amazing|excellent|rare|confidential|career|"
    rf"leadership) {OPPORTUNITY}",
    # "a role that may interest you"; a proposal or a product that would interest you is no role
    r"(?:role|position|opportunity|vacancy|opening|job|search)s? (?:that |which )?(?:may|might|could|would|will) "
    r"(?:be of interest to you|interest you|suit you)|suit you",
    r"be a (?:good|great|perfect|strong) (?:fit|match) for you",
    r"(?:your|ur) (?:background|experience|profile|skill ?set|skills|expertise|"
    r"track record) (?:would be|looks|seems|caught|stood|stands|matches|aligns|fits|really)",
    r"(?:confidential|discreet|exploratory|informal|private) (?:chat|conversation|discussion|call|talk)",
    r"(?:my|our|a) client (?:is |are )?(?:currently )?(?:looking|seeking|searching|hiring|recruiting|building|growing|"
    r"expanding)", rf"would you be (?:open|interested|keen) (?:to|in) (?:a |an |hearing about |exploring |discussing |"
    rf"considering )?(?:(?:new|confidential|discreet|career|exciting|senior|permanent|contract) ){{0,2}}(?:role|"
    rf"position|{OPPORTUNITY}|move|change|challenge)", rf"open to (?:new )?(?:{OPPORTUNITY}|roles|a move|"
    rf"a new challenge|a change|offers)\?", r"jd|job description", r"(?:i am|i'm|we are|"
    r"we're) (?:currently )?(?:recruiting|hiring|headhunting) (?:for )?(?:a|an)", rf"(?:i|we)(?: have|'ve got|"
    rf" have got| am working on|'m working on| are working on|'re working on) (?:a|an){GAP} (?:role|position|"
    rf"{OPPORTUNITY}|vacancy|search|mandate|assignment|opening)", r"your next (?:career )?(?:move|step|challenge|role)",
    r"thought of you", r"(?:salary|package|remuneration|day rate) (?:of|up to|is|range|\$|£|€)",
    rf"(?:permanent|perm|contract|fixed[- ]term|interim) (?:role|position|{OPPORTUNITY})",
    rf"reach(?:ing)? out (?:to you )?(?:about|regarding|re) (?:a|an) (?:\w{{1,25}} )?(?:role|position|{OPPORTUNITY})",
    r"(?:reaching out|writing|contacting you|approaching you) (?:confidentially|discreetly|in confidence)|"
    r"discreet approach", rf"on behalf of (?:a|an|my) {GAP}(?:client|company|bank|firm|organi[sz]ation|business|group|"
    rf"board|employer|school|hospital|university)", r"(?:regarding|re|about) the (?:role|position) of",
    r"(?:conducting|running|leading|working on|handling|retained on|retained for) (?:a|an|"
    r"the) (?:[\w-]{1,20} ){0,3}(?:search|mandate|appointment|hire)", r"(?:confidential|retained|executive|"
    r"exclusive) (?:[\w-]{1,20} )?(?:search|mandate|appointment)",
    rf"(?<!is )(?<!re )(?<!currently )(?:searching|sourcing|recruiting|hiring|"
    rf"headhunting) for (?:a|an) (?:[\w&/-]{{1,20}} ){{0,4}}(?:{TITLES})s?(?! (?:role|position|job|{OPPORTUNITY}))",
    rf"find (?:their|its|a|an) (?:first |next |new )?(?:[\w&/-]{{1,20}} ){{0,3}}(?:{TITLES})",
    r"(?:u|you) open to (?:a )?(?:moves?|new roles|a change)", r"about joining (?:us|our|the team|them)",
    r"your name came up", r"(?:role|position|vacancy|vacancies|roles|positions) (?:open|available) (?:in|at|for|with)",
    r"(?:we|i)(?: have|'ve got| have got) (?:[\w/&-]{1,20} ){0,4}(?:roles|vacancies|positions|openings)",
    r"share the (?:tor|jd|job spec|brief|spec|position description|pd)",
    rf"(?:i am|i'm|im|we are|we're) (?:currently )?(?:recruiting|hiring|headhunting) (?:[\w&/-]{{1,20}} ){{0,3}}"
    rf"(?:{TITLES}|{PEOPLE})s?", r"(?<!no )(?:tengo|tenemos) (?:una )?(?:vacante|posici[óo]n|oportunidad)|(?<!n[ãa]o )"
    r"(?:tenho|temos) (?:uma )?(?:vaga|oportunidade|posi[çc][ãa]o)|vaga (?:aberta|dispon[íi]vel)",
    r"(?:estoy|estamos|estou|estamos) "
    r"(?:reclutando|recrutando|contratando|buscando) (?:un|una|um|uma) (?:[\w&/-]{1,20} ){0,3}(?:para|pra|en|em)",
    r"(?:je recrute|nous recrutons|je recherche|nous recherchons) (?:un|une) (?:[\w&/-]{1,20} ){0,3}(?:pour|h/f|f/h)|"
    r"poste (?:de [\w-]{1,20} )?(?:à|a) pourvoir", r"wir suchen (?:eine?n? |für )",
    r"(?:een )?(?:klus|opdracht|vacature|functie|baan) voor (?:je|jou|u)\b",
    rf"(?:are|will|would) (?:you|u) (?:be )?(?:currently |now |still )?(?:looking|searching|open) (?:for|to) (?:a |"
    rf"your )?(?:new |next )(?:role|position|job|{OPPORTUNITY}|challenge|move)",
    r"(?:ada|kami punya|kami ada) lowongan (?:[\w-]{1,20} ){0,4}(?:di|untuk)|lowongan "
    r"(?:untuk|sebagai)", r"would (?:you|u) consider(?: (?:a|"
    r"an) (?:conversation|chat|call|move|change))?\?",
)

JOB_SEEKING_ASK = (
    rf"(?:looking|searching|hunting|seeking|applying) (?:for )?(?:a |an |new |my next |the next |next |any |suitable |"
    rf"full[- ]time |part[- ]time |entry[- ]level |graduate |junior |remote |job |work ){{0,3}}(?:jobs?|roles?|"
    rf"positions?|{OPPORTUNITY}|work|employment|internships?|placements?|vacanc(?:y|ies)|openings?)(?! to (?:connect|"
    rf"discuss|collaborate|share|meet|chat|network))(?! for (?:our|my|his|her|their|your) )",
    rf"(?:i'm|i am|currently|now|actively) (?:exploring|open to|"
    rf"considering|looking at) (?:new |other |fresh )?(?:roles|{OPPORTUNITY}|positions|jobs|career options)",
    rf"(?:i'm|i am) (?:an? )?(?:[\w/&+#.-]{{1,25}} ){{0,4}}(?:exploring|seeking) (?:new |contract |freelance |"
    rf"permanent |remote |full[- ]time |part[- ]time ){{0,2}}(?:roles|{OPPORTUNITY}|positions|jobs|work)"
    rf"(?! for (?:our|my|his|her|their|your|clients|companies) )",
    r"job[- ]?(?:hunting|hunt|search|searching|seeker)", r"(?:looking|searching|hunting) for (?:(?:a|an|new|my|the|"
    r"next|any|some) )?(?:[\w-]{1,20} ){0,2}(?:work|job|jobs|employment)", r"(?:any|"
    r"some) (?:[\w-]{1,20} ){0,2}(?:work|roles|jobs|positions|openings|vacancies) (?:going|coming up|available)",
    r"any (?:[\w-]{1,20} ){0,2}(?:jobs|vacancies|openings|positions|work)(?: (?:going|available|open|for me))? ?\?",
    r"(?:are there|is there) (?:any )?(?:[\w-]{1,20} ){0,3}(?:roles|jobs|positions|openings|vacancies) (?:at|in|on|"
    r"with)", r"(?:u|you|your (?:company|team|firm|practice)) (?:currently )?(?:hiring|taking on) (?:any )?"
    r"(?!(?:new )?(?:suppliers|vendors|clients|customers|partners|projects|work|business)\b)[\w-]{2,20}",
    r"how (?:i|to) (?:could |can )?apply|foot in the door|trial shift", r"my next (?:career )?(?:move|role|step|"
    r"opportunity|challenge|chapter)", r"(?:busco|buscando) (?:empleo|trabajo)|(?:procuro|"
    r"procurando) (?:emprego|trabalho)|(?:recherche|cherche) (?:d'un|un) (?:poste|emploi)|mencari (?:pekerjaan|kerja)|"
    r"suche (?:eine )?(?:neue )?(?:stelle|arbeit)",
    r"(?:busco|buscando|procuro|procurando|estoy buscando|estou procurando|em busca de) (?:una |uma |nuevas? |novas? )?"
    r"(?:oportunidad(?:es)?|oportunidades?|vagas?|est[áa]gio|pr[áa]cticas|recoloca[çc][ãa]o)",
    r"(?:hay|tienen|tiene|tem|t[êe]m|h[áa]) (?:alguna |alguma )?(?:vacantes?|vagas?)|(?:alguna vacante|alguma vaga)",
    r"(?:adjunto|envío|envio|segue|mando) (?:mi |meu |o )?(?:cv|curr[íi]cul(?:um|o)|hoja de vida)|"
    r"(?:ci-joint|je (?:peux )?(?:vous )?envo(?:ie|yer)) (?:mon )?cv"
    r"|(?:anbei|sende (?:ihnen )?)(?:mein(?:en)? )?lebenslauf",
    r"(?:je )?(?:recherche|cherche) (?:un |une |d'un |d'une )?(?:nouveau |nouvel )?(?:poste|emploi|stage|alternance|"
    r"travail|job)|candidature spontan[ée]e|(?:avez-vous|auriez-vous) (?:des |un |une )?(?:postes?|offres?|besoins?)",
    r"(?:mencari|cari) (?:pekerjaan|kerja|lowongan)|(?:ada|info) lowongan(?: kerja)?(?: [\w-]{1,20}){0,3} ?\?|"
    r"butuh (?:kerja|pekerjaan)|melamar", r"(?:naukri|job|kaam) (?:chahiye|ki zaroorat)|koi (?:vacancy|job|naukri)",
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
    r"any (?:job )?openings", r"(?<!my )(?<!our )(?<!the )(?<!your )internships?(?! program)",
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
    r"made redundant|let go)|(?:after|following|since) (?:my|a) (?:redundancy|layoff)", r"(?:recent|fresh|"
    r"new) (?:graduate|grad)|fresher", r"help me (?:find|get|land|secure) (?:a |an )?(?:job|role|position|work|"
    r"internship)", r"(?:interested in|keen on|keen to join|like to join|love to join|apply for|applied for|"
    r"applying for) (?:(?:a|an|the|any) )?(?:role|position|job|opening|vacancy|internship|your team|your company|"
    r"your organi[sz]ation)",
)

NETWORKING_TALK = (
    r"(?:grow|grows|growing|expand|expanding|build|building|broaden|broadening|extend|extending|widen|widening|"
    r"strengthen|increase|increasing) (?:my|our) (?:professional |linkedin |business )?network(?:s|ing)?",
    r"like[- ]minded", r"the more the merrier", r"(?:share|sharing|exchange|exchanging) (?:some |a few |my |"
    r"our )?(?:insights|ideas|knowledge|experiences|thoughts|best practices?)", r"(?:always )?(?:keen|happy|eager|"
    r"glad|love|like|looking) to connect with (?:other |fellow |senior |more )?(?:leaders|professionals|people|peers|"
    r"experts|executives|folks|individuals|colleagues|it|tech|technology|industry)", r"(?:i|we|it)(?: would|"
    r"'d) (?:love|like|be (?:great|nice|good|happy)) to (?:connect|network|be connected)", r"mutually beneficial",
    r"(?:let's|lets|let us) (?:network|grow)", r"(?:in|across) the (?:same )?(?:industry|sector|space|field)",
    r"(?:mutual|common) connections", rf"networking (?:purposes|{OPPORTUNITY}|with)",
)

OPEN_NETWORKING = (
    r"(?-i:LION)|open networker", r"(?:i|i'll|i will|i always|always) accept (?:all|every|any) (?:invit\w{0,8}|"
    r"requests?|connections?)",
    r"(?:never|don'?t|do not|won'?t|will not) (?:decline|reject|ignore|refuse|click idk|say idk|press idk)",
    r"#?follow ?back|#?followforfollow|f4f|like for like|l4l", r"(?:the )?more connections(?: the (?:better|merrier))?",
    r"\d{1,3} ?(?:k|mil) (?:connections|followers|contactos|contatos|conexiones|conex[õo]es|kontakte)|\d{1,3},?\d{3} "
    r"(?:connections|followers)", r"grow(?:ing)? (?:my|our) "
    r"(?:linkedin|connections|followers|network size)|(?:let's|lets|let us) grow (?:our networks )?together",
    r"(?:connect|connecting) with (?:everyone|anyone|all|as many)", r"i(?: will|'ll) do (?:the )?same(?: (?:for|on) "
    r"(?:ur|your))?", r"(?:like|endorse|share) my (?:posts?|skills)|support each other'?s? posts|#?opennetworker",
    r"red abierta|rede aberta|offenes netzwerk|(?:acepto|aceito|j'accepte) (?:todas|todos|toutes)", r"r[ée]seau ouvert",
)

SHARED_HISTORY_CLAIM = (
    r"worked together|work(?:ed|ing)? with you (?:at|on|in|when|back|before|during|for)",
    r"(?:great|good|nice|fun|pleasure|a pleasure) (?:working|collaborating) with you", r"we (?:both )?(?:worked|"
    r"studied|served|volunteered) (?:together )?(?:at|in|on|for|with)", r"we (?:met|spoke|chatted|talked|"
    r"crossed paths|sat|were introduced) (?:briefly |recently |earlier )?(?:at|during|in|on|last|yesterday|after|over|"
    r"through|via|this|today|earlier)", r"(?:good|great|nice|lovely|a pleasure|pleasure) (?:to )?(?:see|seeing|meet|"
    r"meeting|catch up|catching up|chat|chatting|talk|talking|speaking) (?:with )?(?:you )?(?:at|during|yesterday|"
    r"today|last|earlier|the other day|again|in person|on)", r"(?:nice|great|good|lovely) (?:meeting|seeing|"
    r"chatting with|talking to|catching up with) you", r"introduced (?:me )?(?:by|through|via)|introduced us",
    r"(?!(?:let|it|that|there|here|what|who|he|she)'s)[\w-]{1,20}'s (?:cousin|brother|sister|friend|colleague|partner|"
    r"wife|husband|son|daughter|flatmate|neighbou?r|mate)", r"(?:he|she|they) (?:said|mentioned|told me) (?:that )?you",
    r"(?:suggested|recommended|mentioned) (?:that )?(?:you|your name)|(?:suggested|recommended|"
    r"advised) (?:that )?(?:i|we) (?:get in touch|connect|reach out|contact|speak|talk|say hi|link up)",
    r"(?:former|old|ex-?|previous|past) (?:colleague|co-?worker|team ?mate|classmate|boss|manager|client|customer|"
    r"supplier|student)s?", r"(?:colleagues|classmates|teammates) (?:at|from|in)", r"we did business|(?:did|"
    r"done) business (?:together|with you)", r"(?:bought|purchased|ordered) (?:\w{1,25} ){0,2}from (?:you|your)",
    r"(?:at|from) (?:[\w-]{1,20} )?(?:school|uni|university|college) together|studied together|(?:were|was|studied|"
    r"worked|played|served) (?:at|in|on) (?:[\w-]{1,20} ){1,3}together", r"(?:on|"
    r"in) the same (?:[\w-]{1,20} )?(?:team|project|board|course|cohort|class|floor)",
    r"thanks? (?:you )?(?:again )?for (?:the|your|our) (?:chat|call|talk|meeting|help|presentation|session|advice|"
    r"coffee|lunch|intro|introduction|conversation|hospitality)", r"(?:following up|follow up) (?:on|from) our|"
    r"as (?:we )?discussed|per our (?:call|conversation|chat|discussion|meeting)", r"(?:after|following|"
    r"further to) our (?:chat|call|conversation|meeting|discussion|talk)", r"remember me|long time no see|it(?:'s|"
    r" has) been (?:a while|ages|too long|years)|since we last", r"you (?:interviewed|hired|managed|mentored|taught|"
    r"coached|supervised) me|i (?:reported|used to report) to you", r"you (?:were|used to be) my (?:manager|boss|"
    r"mentor|lecturer|teacher|tutor|lead|colleague)", r"(?:we|you and i) (?:both )?(?:did|worked|ran|built|shipped|"
    r"pulled|delivered|studied|played|sat|travell?ed|volunteered|served|led|organi[sz]ed|launched|trained|went|"
    r"spent) (?:[\w'-]{1,20} ){0,5}together", r"(?:sat|sitting|seated) (?:next to|beside|with) you|shared a (?:table|"
    r"stage|panel|cab|taxi|ride|flight|desk|office|booth)", r"our (?:last|recent|brief|great|lovely|earlier) (?:chat|"
    r"conversation|call|meeting|catch-?up|discussion)", r"(?:taking over|took over|inherited) (?:your|ur) account",
    r"(?:we|i) (?:sorted|handled|processed|installed|fixed|supplied|renovated|designed) (?:your|ur)",
    r"(?:coached|taught|trained|mentored|tutored|treated) (?:your|ur) (?:son|daughter|kids?|child|children|team)",
    r"i was your (?:[\w-]{1,20} ){1,3}(?:at|from|on|during|when|who|in|for)", r"ex-[\w-]{2,20} (?:crew|gang|folks|"
    r"mates?)", r"(?:trabajamos|trabalhamos|estudiamos|estudamos) juntos|travaill[ée] ensemble|zusammengearbeitet",
    r"nos (?:conocimos|vimos|conhecemos|vimos) (?:en|no|na|em|el|la)|(?:fue|foi) (?:un|um) (?:gusto|prazer|placer) "
    r"(?:conocerte|conocerlo|te conhecer|conhecer|conversar)|foi (?:[óo]timo|bom) (?:conversar|te ver|te conhecer)",
    r"on s'est (?:rencontr[ée]s|vus|crois[ée]s)|nous nous sommes rencontr[ée]s|ravie? de (?:vous|t')avoir "
    r"(?:rencontr[ée]e?|vu)", r"(?:kennengelernt|getroffen) haben|wie besprochen|(?:gespr[äa]ch|austausch) (?:auf|bei|"
    r"in|am) (?:der|dem|den)", r"kita pernah (?:satu|bertemu|kerja|bekerja)|senang bertemu (?:lagi|kembali)",
    r"(?:me passou|me pas[óo]) (?:seu|su|tu) contacto?|(?:sugeriu|recomendou|indicou|me recomend[óo]|me sugiri[óo]) "
    r"(?:que|contactar|falar)|m'a (?:conseill[ée]|sugg[ée]r[ée]|recommand[ée]) de",
)

RECIPIENT_WORK_REFERENCE = (
    rf"(?:read|reading|saw|seen|enjoyed|loved|liked|came across|noticed|watched|watching|heard|listened to|attended|"
    rf"found|followed|"
    rf"following|appreciated) your (?:(?!job|vacanc|hiring|career|recruit)[\w-]{{1,20}} ){{0,2}}{WORKS}",
    rf"your (?:{WORKS}|remarks|point|take|thoughts|insights) (?:on|about|at|regarding|re|around|last|yesterday|from)",
    r"agree(?:d)? with your|your point (?:about|on|that)|(?:as|like) you (?:said|wrote|mentioned|pointed out)",
    r"(?:listened|listening) to you (?:on|at|speak)|heard you (?:speak|talk|on|at)", r"you (?:spoke|presented|wrote|"
    r"posted|shared|commented) (?:at|on|about|in|recently|yesterday|last)",
    r"(?:li|vi|gostei d[oa]|le[íi]|me gust[óo]) (?:seu|sua|tu|su) (?:post|artigo|palestra|publica[çc][ãa]o|"
    r"publicaci[óo]n|art[íi]culo|charla|ponencia)|j'ai (?:lu|vu|aim[ée]|appr[ée]ci[ée]) (?:votre|ton) (?:post|"
    r"article|intervention|publication|conf[ée]rence)|(?:ihren|deinen) (?:beitrag|artikel|vortrag)|saya (?:membaca|"
    r"melihat|baca|lihat) (?:postingan|artikel|tulisan)",
)

COMMUNITY = (
    r"fellow (?:member|alum|alumnus|alumna|alumni|attendee|speaker|volunteer|organi[sz]er|panell?ist|mentor|"
    r"board member|graduate|student|classmate|cio|cto|ciso|it|tech|engineer|developer|architect|leader|manager|"
    r"practitioner|rustacean|pythonista|contributor|maintainer|toastmaster)s?", rf"(?:meetup|meet-up|user group|forum|"
    rf"chapter|community|guild|society|association|club) (?:i|we) (?:run|organi[sz]e|host|co-?organi[sz]e|lead|"
    rf"founded|started|chair|attend)", rf"(?:i|we) (?:run|organi[sz]e|host|co-?organi[sz]e|lead|chair|co-?host|"
    rf"started|founded) (?:the |a |an |our ){GAP}{GROUPS}s?", r"user ?groups?|meet-?ups?|alumn(?:i|us|a|ae)",
    r"same (?:forum|group|community|association|society|chapter|club|alma mater)", r"(?:both|also) (?:members?|"
    r"part) of", rf"(?:both|also) (?:on|in) (?:the |a ){GAP}(?:group|forum|committee|board|council|network|chapter|"
    rf"community|association)", rf"members? of the {GAP}(?:forum|association|society|institute|chapter|council|"
    rf"community|network|user group)", r"iitp|isaca|ieee|acm|pmi|bcs|owasp|toastmasters|ietf|w3c",
    r"open[- ]source (?:project|community|contributors?)",
)

THANKS_FOR_ACCEPTING = (
    r"(?:thanks?|thank you|thx|thnx|tks|ty|many thanks|appreciate(?: you)?)(?: so much| very much|"
    r" a lot)? (?:for )?(?:connecting|accepting|adding me|the connect(?:ion)?|the add|linking|being connected|"
    r"accepting my (?:invite|invitation|request|connection(?: request)?))", r"(?:glad|happy|great|nice|good|delighted|"
    r"pleased) (?:that )?(?:we(?:'re| are)|to be|we got) (?:now )?connected", r"now that we(?:'re| are) connected",
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
    r"(?:i'm|i am|im|i work as) (?:a |an |the )?"
    r"(?:(?!recruiting|hiring|looking|seeking|searching)[\w-]{1,20} ){0,2}"
    r"(?:account executive|account manager|sales (?:rep|representative|executive|manager|director|"
    r"consultant|lead)|business development (?:manager|executive|rep|representative|lead|director))",
)

PEER_QUESTION = (
    r"(?:have|ask|asking|ask you) (?:a |one )?(?:quick |short )?question (?:about|on|regarding|re)",
    rf"questions? (?:about|on|regarding) (?:your|the){GAP} (?:post|article|talk|project|library|repo|approach|paper|"
    rf"research|migration|setup|process)", r"(?:collaborat\w{1,6}|co-author|co-present|partner up) (?:on|"
    r"with you on) (?:a |an |the )?(?:open[- ]source|research|paper|talk|project|study|book|panel|event)",
    r"(?:i'm|i am|we're|we are) (?:researching|writing (?:a|my) (?:thesis|dissertation|paper|book)|doing (?:a|"
    r"my) (?:phd|masters|master's|thesis|dissertation|study|survey))", r"(?:phd|thesis|dissertation|"
    r"research project) (?:on|about|into)", r"how did you (?:find|handle|approach|manage|deal with|go about|decide)|"
    r"curious (?:how|whether|what) you", r"(?:working|work) on (?:a )?similar (?:problem|project|challenge|migration|"
    r"issue)", r"(?:would|could) (?:value|appreciate|love) your (?:input|thoughts|perspective|opinion|feedback|advice|"
    r"view)",
)

