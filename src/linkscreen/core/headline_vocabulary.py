"""The regex vocabulary of the headline signals: data only, one tuple of patterns per signal, named after it.

Headlines are what an empty or generic note leaves to judge by, so each role is listed in the ways people
write it: across industries (banking, insurance, property, pharma, logistics, staffing, trades) and in the
languages the corpus meets (English, French, Spanish, Portuguese, German, Italian, Dutch, Polish, Turkish,
Swedish, Romanian, Indonesian, Malay, Hindi in Latin script), with the look-alikes that are not commercial kept
out (a sales analyst, an HR business partner).
`signal_vocabulary` re-exports these tuples; the same rules hold (whole words, case-insensitive, every
quantifier bounded). Texts are NFKC-folded but keep their accents, so accented letters are written as
classes (`[ée]`).
"""

from __future__ import annotations

GAP = r"(?:[^.!?]|\.(?=\w)){0,40}?"  # a short stretch of words inside one sentence
OPPORTUNITY = r"op{1,2}[ou]r?tunit(?:y|ies|ys|es)"
PEOPLE = (r"candidate|developer|engineer|consultant|architect|contractor|analyst|professional|manager|specialist|"
          r"tester|designer|expert|controller|accountant|chef|nurse|pharmacist|lead|officer|director|administrator|"
          r"technician|programmer|scientist|lawyer|attorney|solicitor|teacher|electrician|operator|labourer|driver|"
          r"assistant")  # people a recruiter may put forward
TITLES = r"vp|cto|cio|ceo|cfo|coo|ciso|head|director|manager|officer|lead|chief|partner|associate|gm|engineer|principal"
NOT_A_JOB = (r"(?:business|partnership|investment|sponsorship|collaboration|speaking|advertising|franchise|income|"
             r"earning|trading|networking)\b")  # "you'd be interested in a business opportunity" offers no job
RECRUITER = r"re(?:cruit|cuit|crut|criut|qruit|ctuit)(?:er|ers|ment|ing|or|ors|s)?"
SEARCH_SECTORS = (r"exec(?:utive)?|retained|technical|tech|it|board|leadership|engineering|mining|finance|financial|"
                  r"legal|healthcare|industrial|energy|sales|digital|c-suite|interim|hr|supply chain")
SECTOR_PAIRS = r"engineering|mining|finance|financial|legal|healthcare|industrial|energy|sales|digital|technology"

HEADLINE_RECRUITER = (
    rf"{RECRUITER}", r"talent (?:acquisitions?|aquisition)(?: (?:partner|lead|specialist|manager|advis[oe]r|"
    r"consultant))?", r"talent (?:partner|advis[oe]r|sourcer|sourcing|scout|hunter|specialist|consultant|lead|"
    r"business partner|attraction)", r"(?:ta|t\.a\.) (?:partner|lead|specialist|consultant|advisor)",
    rf"(?:{SEARCH_SECTORS}) search(?! engine| marketing| ads| advertising| optimi[sz])",
    rf"(?:{SECTOR_PAIRS}) (?:&|and) [\w-]{{2,20}} search(?! engine| marketing| ads| advertising| optimi[sz])",
    r"search (?:consultant|partner|associate)", r"head[- ]?hunt(?:er|ers|ing|ress|erin)?", r"staffing",
    r"(?:talent |technical |tech )?sourcer", r"resourcer", r"resourcing (?:consultant|partner|specialist|manager|lead|"
    r"leader|team|advis[oe]r|officer|coordinator)", r"perm(?:anent)? (?:&|and|/) contract(?:s|ing)?", r"hiring for",
    r"we(?:'re| are) hiring", r"#hiring", r"bench sales", r"rpo",
    r"(?:campus|lateral|bulk|volume|graduate) hiring",
    r"placement (?:consultant|specialist|officer|manager)", r"(?:head|director|vp) of talent(?! (?:development|"
    r"management|programs?|learning))", r"labou?r hire", r"crewing (?:officer|manager|agent|agency|coordinator|"
    r"specialist|department)", r"(?:recruitment|employment|placement|staffing|domestic staff|nanny|nursing|maid|"
    r"manpower|overseas employment) agenc(?:y|ies)", r"manpower (?:supply|supplier|agency|consultant|consultancy|"
    r"services|provider|solutions)",
    r"hays|randstad|adecco|manpower(?:group)?|michael page|page ?group|robert (?:half|walters)|kelly services|"
    r"korn ferry|spencer stuart|heidrick(?: & struggles)?|egon zehnder|russell reynolds",
    # French, Spanish, Portuguese, German, Indonesian, Dutch
    r"recrut(?:eur|euse|eurs|ement|amento|ador|adora|adores|adoras)", r"reclut(?:ador|adora|adores|adoras|amiento)",
    r"chasseu(?:r|se|rs) de t[êe]tes?", r"charg[ée]e? de (?:recrutement|recherche)", r"cabinet de recrutement",
    r"atra(?:[çc][ãa]o|cci[óo]n) de talentos?", r"(?:t[ée]cnic[oa]|consultor[a]?|responsable|analista) de "
    r"selecci[óo]n", r"selecci[óo]n de personal|reclutamiento y selecci[óo]n|recrutamento e sele[çc][ãa]o|r&s",
    r"agencia de (?:colocaci[óo]n|empleo|reclutamiento)|empresa de trabajo temporal", r"personalberater(?:in)?|"
    r"personalvermittl(?:er|erin|ung)|personaldienstleist(?:er|ung)|personalberatung", r"rekrut(?:er|erin|ierung)|"
    r"perekrut|penyalur (?:tenaga kerja|tki|pekerja)|agen (?:tenaga kerja|penyalur)", r"werving(?: en selectie)?",
    # Italian, Polish, Turkish, Swedish, Romanian, Dutch
    r"selezionat(?:ore|rice|ori)(?: del personale)?|ricerca e selezione(?: del personale)?|reclutat(?:ore|rice)",
    r"rekruter(?:ka|zy)?|specjalist(?:a|ka) (?:ds\.? )?rekrutacji|[iİıI][şs]e al[ıi]m(?: uzman[ıi])?|"
    r"yetenek kazan[ıi]m[ıi]|rekryter(?:are|ing|ingskonsult|ingsspecialist)|recrutor|recrutare|"
    r"intercedente?|uitzendbureau|detacheerder",
)

HEADLINE_SALES = (
    r"(?:pre-?)?sales(?:person|man|woman|people)?(?! (?:and |& )?(?:operations |ops |data |reporting |planning )?"
    r"(?:analyst|administrator|admin|clerk)s?\b)",
    r"(?:key )?account (?:executive|exec|manager|director|lead|partner|representative|rep)s?",
    r"ae|bdm|bdr|sdr|bde|bda|kam", r"capital raising",
    r"business develop\w{0,5}|biz ?dev|bus dev|new business",  # with its typos: "Business Developmet Director"
    r"bd (?:executive|manager|lead|director|associate|rep)|(?:head|director|vp) of bd",
    r"partnerships?", r"(?:channel|distribution|reseller) (?:manager|sales|partner(?: manager)?|lead|partners)",
    r"alliances? (?:manager|lead|director)", r"territory manager", r"client partner",
    r"client (?:director|executive|lead)|partner (?:manager|director)",
    r"(?:relationship|engagement) manager", r"relationship (?:officer|executive|associate|banker)",
    r"(?:customer|client) success", r"tele-?sales|tele-?marketing|telemarketer|televendas|televentas",
    r"growth (?:hacker|marketer|manager|lead|partner|consultant|director)|head of growth",
    r"revenue (?:leader|officer|operations|growth)", r"go[- ]to[- ]market|gtm",
    r"(?:lead|demand) gen(?:eration)?|appointment sett(?:ing|er)", r"(?:strategic|key|major|global|national|"
    r"enterprise|named|corporate) accounts?(?! payable| receivable| assistant| clerk| officer)",
    r"commercial (?:manager|director|lead|executive|head|officer|partner|specialist)|head of commercial",
    r"export (?:sales|manager|executive|marketing)",
    r"solutions? (?:consultant|engineer|specialist|executive|sales|director)",
    r"franchise (?:development|sales|consultant)", r"bids? (?:manager|writer|director|lead|specialist|coordinator)|"
    r"head of bids|capture (?:director|manager|lead|executive)|(?:client|customer) acquisition(?! (?:analytics|"
    r"analyst|data|insights|modell?ing|science|scientist|research))",
    r"medical (?:representative|"
    r"rep|sales)|pharma(?:ceutical)? (?:rep|representative|sales)|sales rep(?:resentative)?s?",
    r"realtor|real ?estate (?:agent|consultant|advis[oe]r|broker|sales|specialist|negotiator|professional|associate)|"
    r"(?:estate|letting|leasing) agent|property (?:consultant|advis[oe]r|agent|negotiator|specialist|broker)",
    r"mortgage (?:broker|advis[oe]r|specialist|consultant|agent)|loan officer", r"insurance (?:advis[oe]r|agent|"
    r"broker|consultant|specialist|sales|executive|representative|planner)", r"(?:financial|wealth|investment|"
    r"retirement|pension) (?:advis[oe]r|planner)|wealth manager|private banker",
    r"(?<!chief )(?:marketing|sales|field) (?:executive|officer|representative|agent)", r"brand ambassador",
    r"distributor|dealership|wholesaler|stockist|(?<!stock )(?<!data )(?<!change )broker"
    r"|(?:it |tech(?:nology)? |software |"
    r"solutions? |services? |cloud |security )(?:provider|vendor|supplier|reseller)s?|reseller",
    r"(?:freight|cargo) forward(?:er|ing)|customs (?:broker|agent|"
    r"clearing)|clearing (?:and|&) forwarding", r"travel (?:agent|consultant)", r"we (?:help|grow|move|build|deliver|"
    r"supply|provide|install|fix|clean|design|sell|ship|handle|offer|service|repair|import|export|distribute)",
    r"help(?:ing|s)? [\w&'-]{1,30}(?: [\w&'-]{1,30}){0,4} (?:to )?(?:grow|scale|increase|reduce|cut|save|generate|win|"
    r"close|achieve|boost|double|triple|10x|automate|unlock|drive|land|book|get more|get|attract|rank|sell|convert|"
    r"acquire|hit)",
    # a vendor of teams: "Offshore development partner", "Dedicated teams from India", "IT Staff Augmentation"
    r"staff(?:ing)? augmentation|(?:offshore|nearshore|offshoring|outsourced) (?:development|software|teams?|partner|"
    r"outsourcing|services|developers)|outsourcing (?:services|company|partner|solutions|provider)|"
    r"dedicated (?:development |dev )?teams",
    # a business describing its market: "Owner | IT support for small businesses", "Bookkeeping & Tax for Freelancers"
    r"(?:for|to) (?:small (?:and medium(?:-sized)? )?businesses|smes|smbs|startups|freelancers|tradies|landlords|"
    r"homeowners|property owners)",
    # a vendor's business in the headline: "CEO | Digital Agency | Web & App Development",
    # "Microsoft Dynamics 365 Partner"
    r"(?:digital|marketing|creative|advertising|seo|web|design|branding|media|software|app|video|content|social media) "
    r"agency", r"(?:web|website|app|mobile app|software|web and app|web & app) (?:design|development) (?:company|"
    r"services|agency|studio|solutions|firm)", r"(?:microsoft|aws|azure|google cloud|salesforce|sap|oracle|servicenow|"
    r"dynamics 365|hubspot|xero|shopify)(?: [\w-]{1,20}){0,2} "
    r"(?:gold |silver |certified |premier |registered |solutions? )?"
    r"partner",
    # French, Spanish, Portuguese, German, Indonesian
    r"ing[ée]nieure? (?:d'affaires|commercial(?:e)?)|charg[ée]e? d'affaires|business developer|grands comptes",
    r"(?:directeur|directrice|responsable|attach[ée]e?|technico|conseill(?:er|[eè]re)|d[ée]l[ée]gu[ée]e?|agent) "
    r"commercia(?:l|le)", r"d[ée]l[ée]gu[ée]e? (?:m[ée]dical|pharmaceutique)e?|visiteu(?:r|se) m[ée]dical(?:e)?",
    r"agent immobilier|n[ée]gociat(?:eur|rice) immobilier|conseill(?:er|[eè]re) (?:immobilier|patrimonial|financier|"
    r"en assurance|client[eè]?l?e?)", r"ventas|vendas|vendedor(?:a|es|as)?|comercial(?:es)?|representante",
    r"e[jx]ecutiv[oa] de (?:cuentas|contas|ventas|vendas|negocios|neg[óo]cios)"
    r"|gerente de (?:cuentas|contas|ventas|vendas|negocios|neg[óo]cios)",
    r"(?:asesor|asesora|agente|corretor|corretora|consultor|consultora) (?:comercial|inmobiliari[oa]|imobili[áa]ri[oa]|"
    r"de im[óo]veis|de seguros|financier[oa]|de ventas|de vendas|de neg[óo]cios)", r"propagandista|visitador m[ée]dico",
    r"desarrollo de negocios|desenvolvimento de neg[óo]cios", r"vertrieb\w{0,20}|au(?:ss|\u00df)endienst\w{0,12}|"
    r"verkauf(?:sleiter|sberater|sberaterin|sleiterin)?|verk[äa]ufer(?:in)?|immobilienmakler(?:in)?|makler(?:in)?",
    r"penjualan|pemasaran|tenaga pemasar",
    # the singular forms, and Italian, Dutch, Polish, Turkish, Swedish, Romanian, Malay
    r"e[jx]ecutiv[oa] de (?:cuenta|conta|negocio)|gerente de (?:cuenta|conta|negocio)|desarrollo de negocio|"
    r"desenvolvimento de neg[óo]cio|direct(?:eur|rice) (?:des|de) comptes",
    r"(?:direttore|direttrice|responsabile|consulente|agente|funzionari[oa]|tecnico) commerciale|commerciale|"
    r"agente di commercio|vendit(?:ore|rice|ori)|sviluppo commerciale",
    r"accountmanager|verkoper|verkoopadviseur|verkoop(?:manager|medewerker|leider|directeur)|"
    r"commercieel (?:medewerker|manager|directeur|adviseur)|buitendienst(?:medewerker)?",
    r"handlowiec|przedstawiciel(?:ka)? handlow[ya]|(?:specjalista|kierownik|dyrektor) (?:ds\.? )?sprzeda[żz]y|"
    r"sat[ıi][şs] (?:m[üu]d[üu]r[üu]|temsilcisi|uzman[ıi]|dan[ıi][şs]man[ıi])|[iİıI][şs] geli[şs]tirme|"
    r"s[äa]ljare|f[öo]rs[äa]ljnings(?:chef|ansvarig|konsult)|aff[äa]rsutvecklare|kundansvarig|"
    r"(?:agent|reprezentant|manager|director|consultant) (?:de )?v[âa]nz[ăa]ri|dezvoltare (?:a )?afacerilor",
    r"pembangunan perniagaan|pengurus (?:akaun|jualan)|eksekutif jualan|jurujual|pengembangan bisnis",
)

HEADLINE_FOUNDER = (  # who runs a business: what it sells, if anything, the note or the rest of the headline says
    r"(?<!agency )(?<!agency co-)(?:co-?)?founder|founding partner",
    r"ceo|proprietor|managing (?:director|partner)",
    r"(?<!product )(?<!process )(?<!service )(?<!system )(?<!data )(?<!risk )(?<!control )(?<!platform )(?<!asset )"
    r"(?<!feature )(?<!application )(?<!budget )(?<!domain )(?<!agency )owner", r"(?:serial )?entrepreneur",
    r"fondat(?:eur|rice)|fundador(?:a)?|gr[üu]nder(?:in)?|inhaber(?:in)?|pemilik|propri[ée]taire|propriet[áa]ri[oa]|"
    r"due[ñn][oa]|empreendedor(?:a)?|emprendedor(?:a)?|empres[áa]ri[oa]",
    r"s[óo]ci[oa][- ](?:fundador|diretor|propriet[áa]rio)a?",
)

HEADLINE_CONSULTANT = (  # who sells their own services: consultants, advisers, coaches, freelancers, agencies
    r"(?<!nurse )(?<!recruitment )(?<!recruiting )"
    r"(?<!search )(?<!staffing )(?<!talent )(?<!resourcing )consultant(?! (?:anaesthetist|surgeon|physician|"
    r"psychiatrist|radiologist|paediatrician|cardiologist|obstetrician|neurologist|dermatologist|oncologist|"
    r"pathologist|geriatrician|midwife))|consulting|consultancy", r"(?:board|strategic|trusted|startup|technology|"
    r"business|growth|independent) advis[oe]r|advisory", r"(?<!agile )(?<!scrum )(?<!sports )(?<!netball )(?<!rugby )"
    r"(?<!football )coach|coaching", r"agency (?:co-?)?(?:owner|founder|director|lead)", r"freelance(?:r|rin)?",
    r"fractional (?:[a-z]{2,4}|chief \w{2,20})", r"self[- ]employed", r"solopreneur",
    r"independent (?:consultant|contractor|advis[oe]r)",
    r"consultor(?:a)?(?! de (?:recrutamento|reclutamiento|sele[cç]))|consultante(?! (?:en |de )?recrutement)",
    # self-employed in the corpus's other languages: "at Autónomo", "Selbstständig", "Libero professionista"; never
    # "Universidad Autónoma de Madrid" or "conducción autónoma" (autonomous driving)
    r"(?<!conducci[óo]n )(?<!condu[çc][ãa]o )aut[óôo]nom[oa]"
    r"(?= *(?:$|[|,/·•(-]))|trabajador(?:a)? independiente|selbst(?:st)?[äa]ndig(?:e|er)?|freiberufler(?:in)?|"
    r"libero professionista|(?:auto|micro)-?entrepreneur|zzp(?:'?er)?",
)

HEADLINE_OPEN_NETWORKER = (
    r"(?-i:LION)|(?-i:LIONTM)|l\.i\.o\.n\.?", r"open network(?:er|ers|ing)?", r"accept(?:s|ing)? (?:all|every|any) "
    r"(?:invit\w{0,8}|requests?|connections?(?: requests?)?)", r"(?:never|no|don'?t|won'?t|will not) (?:click |press |"
    r"report )?idk", r"toplinked|top linked", r"\d{1,3}(?:[,.]\d{3})+\+? (?:connections|contacts)",
    r"\d{1,3} ?k\+(?: (?:connections|contacts|network))?", r"\d{1,3} ?k (?:connections|contacts)",
    r"(?:all )?(?:invites|"
    r"invitations|connections|connection requests|requests) (?:welcome|accepted)", r"(?:happy|glad|love) to connect "
    r"with (?:everyone|anyone|all)", r"open to (?:all |new )?connections?|#?follow ?back|#?followforfollow|f4f|"
    r"#letsconnect|#connectwithme|#?opennetworker", r"(?:super|avid|active|lifelong|global|mega) networker",
    r"more connections",
    r"r[ée]seau ouvert|red abierta|rede aberta|offenes netzwerk|jaringan terbuka", r"(?:j'accepte|acepto|aceito|"
    r"ich akzeptiere|ich nehme|saya terima) "
    r"(?:toutes? (?:les )?|todas? (?:las |as )?|todos (?:os )?|alle |jede |semua )"
    r"(?:invitations|demandes|solicitudes|invitaciones|convites|solicita[çc][õo]es|pedidos|anfragen|einladungen|"
    r"kontaktanfragen|anfrage|undangan|permintaan)(?: an)?",
    r"acepto a todos|aceito todos|j'accepte tout le monde|accetto tutti|ik accepteer iedereen|"
    r"deschis[ăa]? la orice conexiune|akceptuj[ęe] wszystkich|herkesi kabul ediyorum",
    r"(?:passionate|passionierter?|passionn[ée]e?|apasionad[oa]|apaixonad[oa]|appassionat[oa]|pasionat[ăa]) "
    r"(?:networker|de networking|di networking|por networking|pelo networking)|netzwerker(?:in)?(?: aus leidenschaft)?|"
    r"r[ée]seauteu(?:r|se)|(?:me encanta|adoro|amo|j'adore|ich liebe) (?:hacer |fazer |le |il )?networking|"
    r"networking [ée] tudo",
)

HEADLINE_JOB_SEEKING = (
    r"#?open ?(?:to|for) ?work", rf"open (?:to|for) (?:new )?(?:{OPPORTUNITY}|roles|offers|positions|job offers)",
    rf"(?:seeking|looking for|searching for|in search of) {GAP}(?:{OPPORTUNITY}|roles?|positions?|jobs?|employment|"
    rf"work|internships?|placements?|challenges?|careers?)", rf"open (?:to|for) (?:[\w-]{{1,20}} ){{1,3}}"
    rf"(?:{OPPORTUNITY}|roles|jobs|positions|offers)", r"immediate joiner|can join immediately",
    r"actively (?:looking|seeking|searching|job hunting|"
    r"applying)", r"aspiring [\w-]{2,30}", r"#?job ?seek(?:er|ing)|#?hireme|#?lookingforwork|job ?hunt(?:ing|er)?",
    r"available (?:for|to) (?:work|hire|immediate start)", r"immediately available|available (?:immediately|now)",
    r"available for (?:contract|interim|new|permanent|full[- ]time|part[- ]time) (?:roles|positions|work|assignments|"
    rf"{OPPORTUNITY})", r"in transition|between (?:roles|jobs|positions)", r"career (?:break|changer|transition|"
    r"returner)|civilian transition|transitioning (?:to|into) (?:a )?(?:civilian|new career|new role)",
    r"(?:ready|available) for (?:my |the |a )?(?:next|new) (?:chapter|challenge|role|opportunity|adventure|move|step)",
    r"returning to (?:the )?(?:workforce|work|employment)|back to work", r"laid off|#laidoff|made redundant|"
    r"impacted by (?:layoffs?|restructuring)", r"(?:recent|fresh|new) (?:graduate|grad)|fresher|unemployed",
    # French, Spanish, Portuguese, German, Indonesian, Hindi, Italian, Dutch
    r"recherche (?:active|d'(?:un |une )?(?:emploi|poste|opportunit[ée]|alternance|stage|cdi|cdd|contrat|job|mission)|"
    r"de (?:poste|stage|nouvelles opportunit[ée]s|nouveaux d[ée]fis|mission|contrat|emploi|travail))",
    r"cherche (?:un |une )?(?:emploi|poste|alternance|stage|cdi|cdd|job|travail|mission)|demandeu(?:r|se) d'emploi|"
    r"ouverte? aux (?:opportunit[ée]s|propositions|offres)|disponible imm[ée]diatement|en reconversion",
    r"(?:busco|buscando|procuro|procurando) (?:empleo|trabajo|emprego|trabalho|vaga|est[áa]gio|pr[áa]cticas|"
    r"recoloca[çc][ãa]o|(?:una |uma |nuevas? |novas? )?(?:oportunidad(?:es)?|oportunidades?|retos?|desaf[íi]os?))",
    r"en b[úu]squeda (?:activa|de empleo|de trabajo|de nuevas oportunidades|laboral)|abiert[oa] a (?:nuevas )?"
    r"(?:oportunidades|propuestas|ofertas)|disponibilidad inmediata|desemplead[oa]",
    r"em busca de (?:nova |novas |uma )?(?:oportunidades?|emprego|recoloca[çc][ãa]o|vaga|trabalho|est[áa]gio|"
    r"desafios?)|em recoloca[çc][ãa]o|abert[oa] a (?:novas )?oportunidades|desempregad[oa]|em transi[çc][ãa]o",
    r"auf (?:der )?(?:job|stellen|arbeits)suche|jobsuche|auf der suche nach (?:einer? |einen )?(?:neuen? )?(?:stelle|"
    r"herausforderung|position|job|arbeit|besch[äa]ftigung|t[äa]tigkeit)", r"suche (?:eine |einen )?(?:neue |neuen )?"
    r"(?:stelle|herausforderung|position|job|arbeit|besch[äa]ftigung|t[äa]tigkeit)", r"offen f[üu]r (?:neue )?"
    r"(?:positionen|herausforderungen|stellen|angebote|m[öo]glichkeiten|jobangebote|aufgaben)|arbeit(?:s)?suchend",
    r"mencari (?:pekerjaan|kerja|lowongan|peluang)|sedang mencari|butuh (?:kerja|pekerjaan)|pencari kerja|siap kerja",
    r"naukri (?:chahiye|ki talash)|(?:job|kaam) chahiye", r"cerco lavoro|in cerca di (?:lavoro|nuove)|"
    r"op zoek naar (?:een )?(?:nieuwe )?(?:baan|uitdaging|functie)|werkzoekend",
    r"(?:[àa] la )?recherche d'une? (?:nouveau |nouvel |nouvelle )(?:poste|emploi|opportunit[ée]|job|d[ée]fi|"
    r"challenge|aventure)|ouverte? [àa] (?:de )?(?:nouvelles )?opportunit[ée]s",
    r"(?:busco|buscando|procuro|procurando|em busca de|en busca de) (?:nuevos|novos) (?:retos|desaf[íi]os|"
    r"horizontes|projetos|proyectos)",
    r"disponibile (?:per|a) (?:nuove )?(?:opportunit[àa]|sfide|proposte)|alla ricerca di (?:un |una |nuove |nuovi )?"
    r"(?:lavoro|impiego|opportunit[àa]|sfide|occupazione)|in cerca di occupazione|apert[oa] a nuove|disoccupat[oa]",
    r"open voor (?:nieuwe )?(?:kansen|uitdagingen|functies|banen|opdrachten)|per direct beschikbaar|"
    r"zoek(?:t|end)? (?:een |naar een )?(?:nieuwe )?(?:baan|uitdaging|functie|werkplek)",
    r"[iİıI][şs] ar[ıi]yorum|[iİıI][şs] arayan|yeni (?:i[şs] )?f[ıi]rsatlara a[çc][ıi][kğ][ıi]m|yeni mezun",
    r"s[öo]ker (?:nya? )?(?:jobb|arbete|utmaningar|tj[äa]nst|m[öo]jligheter)|arbetss[öo]kande|"
    r"[öo]ppen f[öo]r nya (?:m[öo]jligheter|utmaningar)",
    r"szukam (?:pracy|nowych wyzwa[ńn]|zatrudnienia)|poszukuj[ęe] pracy|w poszukiwaniu pracy|"
    r"otwart[ya] na (?:nowe )?(?:oferty|wyzwania|propozycje)",
    r"caut (?:un )?(?:loc de munc[ăa]|job|serviciu)|[îi]n c[ăa]utarea unui (?:loc de munc[ăa]|job)|"
    r"deschis[ăa]? (?:la|pentru) (?:noi )?oportunit[ăa][țţt]i",
)

HEADLINE_SUSPICIOUS = (
    r"(?:crypto(?:currency)?|bitcoin|btc|blockchain|forex|binary options?|nft|pips?) (?:trader|trading|investor|"
    r"investment|expert|mentor|coach|analyst|signals?|broker|account manager|mining|miner|specialist|advis[oe]r|"
    r"educator)s?", r"forex|binary options", r"financial(?:ly)? free(?:dom)?|passive income|(?:6|7|six|seven|multi)[- ]"
    r"figures?", r"millionaire|make money online", r"sugar (?:mommy|mummy|momma|mama|daddy|baby)", r"army general|"
    r"general (?:in|of) the (?:u\.?s\.? )?army|(?:4|four)[- ]star general", r"(?<!veteran )(?:general|commander|"
    r"colonel|lieutenant|sergeant|admiral)(?: ?[|,@-] | at | in (?:the )?| of (?:the )?)(?:u\.?s\.? |united states )?"
    r"(?:army|navy|marine corps|marines|air force|special forces|military)",
    r"(?:military|army|navy|un) (?:doctor|surgeon|nurse)", r"(?:doctor|surgeon) (?:on|aboard) (?:a |the )?(?:ship|"
    r"vessel)", r"peace ?keeping mission", r"(?:looking for|seeking) (?:my )?(?:soul ?"
    r"mate|true love|love|a serious relationship|a life partner)", r"whats ?app|telegram",
    r"(?:funds?|crypto|scam|bitcoin) recovery|recover (?:your |lost )?(?:funds|money|crypto|assets|"
    r"investments?)|scammed\?", r"\d{1,3} ?% (?:daily|weekly|monthly|guaranteed) (?:roi|returns?|profits?)|"
    r"(?:daily|weekly|monthly) roi", r"diplomatic (?:courier|agent)|consignment (?:delivery|box|agent|officer)|"
    r"next[- ]of[- ]kin", r"sweet (?:lady|girl|woman|heart)|single (?:lady|woman|mum|mom|dad|father|mother|parent)|"
    r"single(?= ?\||$)",
    # promised returns, in the languages bait profiles use: "Guaranteed profits daily", "Lucro garantido todo dia"
    r"guaranteed (?:profits?|returns?|income|earnings|payouts?)|(?:daily|weekly) (?:profits?|earnings|payouts?)",
    r"(?:rendement|gains?|revenus?) garantis?|lucros? garantidos?|retorno garantido|ganancias (?:diarias|garantizadas)|"
    r"rentabilidad garantizada|chama no zap", r"(?:investissement|inversi[óo]n|inversiones|investimentos?|investment) "
    r"(?:en |em )?(?:crypto|cripto)",
    r"(?:visas?|jobs?|placements?|work permits?) (?:100 ?% )?guaranteed|guaranteed (?:visas?|jobs?|placements?)",
    # the romance persona: "Lovely girl | Looking for honest man", "Surgeon | US Navy | Deployed overseas"
    r"(?:looking for|seeking|searching for) (?:an? |my )?(?:honest|genuine|serious|caring|loving|faithful|good) (?:man|"
    r"woman|lady|gentleman|friend|friendship)|(?:looking for|seeking) (?:serious |true |genuine )?"
    r"friendship|lovely (?:girl|lady|woman)|lady looking for", r"deployed (?:overseas|abroad)|(?:with|for) (?:the )?"
    r"(?-i:UN) (?:in|mission|peace)",
    # the same personas in other languages: crypto traders, financial freedom, military doctors, widowers
    r"(?:trader|trading|investidor[a]?|investimentos?|investimenti|inversionista|inversor[a]?|inversi[óo]n(?:es)?|"
    r"investisseu(?:r|se)|investissements?|investitore|investitrice|belegger|beleggen|inwestor|inwestycje|"
    r"yat[ıi]r[ıi]mc[ıi]|investerare|investitor) (?:\w{1,3} ){0,2}(?:cripto\w{0,9}|crypto\w{0,9}|krypto\w{0,9}|"
    r"kripto\w{0,9}|bitcoins?|binance|forex)",
    r"liberdade financeira|libertad financiera|libert[ée] financi[eè]re|libert[àa] finanziaria|finanzielle freiheit|"
    r"financi[ëe]le vrijheid|niezale[żz]no[śs][ćc] finansowa|finansal [öo]zg[üu]rl[üu]k|ekonomisk frihet|"
    r"libertate financiar[ăa]|kebebasan finansial|renda (?:passiva|extra)|ingresos pasivos|revenus passifs|"
    r"passives einkommen|reddito passivo|passief inkomen",
    r"rendimenti garantiti|guadagni garantiti|renda (?:extra )?garantida|garantierte? (?:einkommen|rendite|gewinne?)|"
    r"gegarandeerde? (?:rendement|winst|inkomen)|gwarantowan[ye] zyski?|garantili (?:kazan[çc]|getiri)",
    r"m[ée]dic[oa] militare?|m[ée]decin militaire|chirurgi(?:en|enne) militaire|milit[äa]r[äa]rzt(?:in)?|"
    r"militaire arts|lekarz wojskowy|askeri doktor|chirurg militar|medic militar",
    r"mission(?:e)? (?:di pace|onu|de paix)|misi[óo]n (?:de paz|onu)|miss[ãa]o (?:de paz|da onu)|friedensmission|"
    r"vredesmissie|misiune(?:a)? (?:onu|de pace)",
    r"vi[úu]v[oa]|veuf|veuve|vedov[oa]|witwer|witwe|weduwnaar|weduwe|wdowiec|wdowa|v[ăa]duv[ăo]?",
    r"capit[áa]n de (?:buque|barco)|capit[ãa]o de navio|capitaine de navire|capitano di (?:nave|petroliera)|"
    r"kapitein op een|kapit[äa]n (?:auf|eines)",
    r"(?:procuro|busco|cherche|cerco|suche|zoek) (?:um |una? |el |o |l'|la |die |de |een )?(?:homem|hombre|mulher|"
    r"mujer|amor|amour|amore|liebe|liefde|companheir[oa]|compa[ñn]er[oa]|[âa]me s[œo]eur|alma g[êe]mea)",
)
