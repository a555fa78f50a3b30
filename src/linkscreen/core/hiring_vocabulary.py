"""The regex vocabulary of the recruiting note signals: data only, one tuple of patterns per signal.

A candidate offered and a role brought to the recipient (the job seeker's own ask is in `seeker_vocabulary`): each is
listed in English and in the languages the corpus meets (Portuguese, Spanish, French, German, Italian, Dutch,
Indonesian, Malay, Polish, Turkish, Swedish, Romanian), with the look-alikes kept apart (a recruiter's "cerchiamo"
is no job seeker's "cerco lavoro"; "would you be open to" is no "I am open to"). `signal_vocabulary` re-exports
these tuples; the same rules hold (whole words, case-insensitive, every quantifier bounded, accented letters as
classes such as `[ée]`, the Turkish dotted and dotless i as `[iİıI]`, a plain `i` where the class would open a
pattern) and, for speed, each pattern starts with plain letters the clue scan of `pattern_sets` can look for.
"""

from __future__ import annotations

from linkscreen.core import role_offer_vocabulary as plain
from linkscreen.core.headline_vocabulary import GAP, NOT_A_JOB, OPPORTUNITY, PEOPLE, TITLES

LONG_GAP = r"(?:[^.!?]|\.(?=\w)){0,80}?"  # a longer stretch inside one sentence
RESUME = r"(?:cv|c\.v|r[ée]sum[ée]|curriculum vitae)s?"
NOT_TO_AN_INBOX = r"(?! (?:to|at|on) (?!you\b))"  # "share resume to hr@..." is a job post asking the reader to apply

CANDIDATE_PUSH = (
    # candidates on the sender's books for the reader's open roles: "I have Agency candidates with strong experience
    # ... a great fit for the Head of Media role at <your company>" (not "you / your background would be a great fit
    # for the PM role at Stripe": that is a role for the reader)
    r"(?:i|we) (?:currently )?(?:have|'ve got) (?:a few |several |some |two |three |many )?(?:agency |strong |great |"
    r"excellent |qualified |experienced |pre-?vetted |vetted )?candidates (?:with|who|that|available)",
    r"(?<!you )(?<!u )(?<!background )(?<!profile )(?<!experience )(?<!expertise )(?<!skills )(?<!skillset )"
    r"(?:would be|are|is) (?:a )?(?:great|good|strong|perfect|excellent) (?:fits?|matche?s?) for (?:the|your) "
    r"(?:[\w&/.+#-]{1,25} ){1,6}(?:roles?|positions?|openings?|vacanc(?:y|ies)) (?:at|in|with)",
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
    rf"candidates){NOT_TO_AN_INBOX}", rf"share (?:some |a few |sample |relevant ){{0,2}}(?:profiles|{RESUME}|"
    rf"candidates){NOT_TO_AN_INBOX}",
    r"(?:my|our|a) (?:candidate|consultant|contractor)s? (?:is|are|who) (?:currently )?(?:available|looking|keen|"
    r"interested|open)", r"candidate of mine", r"staff(?:ing)? aug(?:mentation)?", r"c2c|corp[- ]to[- ]corp|w2|h-?1b",
    r"(?:we|i) (?:can )?(?:supply|provide|offer|place)(?:s|ing)? (?:(?!to |for |with |our |"
    r"your )[\w.#+/-]{1,20} ){0,4}(?:contractors|developers|engineers|consultants|candidates|talent|testers|staff|"
    r"(?<!ai )agents|nurses|devs|labourers|workers|temps|teams)",
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
    # the same in the corpus's other languages: candidates or consultants available (plural, so never the sender),
    # profiles or CVs to send, the recipient's hiring needs, staff leasing
    r"(?:presentar|proponer)(?:te|le|les) (?:a )?(?:un|una) (?:candidat[oa]|perfil|profesional)|(?:necesidades|"
    r"planes) de (?:contrataci[óo]n|selecci[óo]n|reclutamiento|personal|incorporaci[óo]n)",
    r"(?:vous pr[ée]senter|(?:vous )?(?:proposer|envoyer|transmettre|partager)) (?:quelques|des|plusieurs|un|une|deux|"
    r"trois) (?:[\w-]{1,20} )?(?:profils?|cvs|candidats?|candidates?|consultants?|candidatures)|besoins? (?:en |de"
    r" )(?:recrutement|personnel|profils|renfort|d[ée]veloppeurs|consultants|int[ée]rim|talents)",
    r"(?:ho|abbiamo) (?:un|una|un'|due|tre|alcuni|diversi) ?(?:[\w'-]{1,20} ){0,3}(?:candidat[oia]|consulent[ei]|"
    r"sviluppator[ei]|ingegner[ei]|professionist[ai]) (?:[\w,-]{1,20} ){0,5}(?:disponibil[ei]|che (?:cerca|sta "
    r"cercando|[èe] (?:alla ricerca|disponibile|interessat)))",
    r"kandidaten (?:[\w'-]{1,20} ){0,2}beschikbaar|consultants (?:[\w'-]{1,20} ){0,2}beschikbaar|ontwikkelaars "
    r"(?:[\w'-]{1,20} ){0,2}beschikbaar|developers (?:[\w'-]{1,20} ){0,2}beschikbaar",
    r"specialisten (?:[\w'-]{1,20} ){0,2}beschikbaar|zzp'?ers (?:[\w'-]{1,20} ){0,2}beschikbaar|freelancers "
    r"(?:[\w'-]{1,20} ){0,2}beschikbaar|profielen (?:[\w'-]{1,20} ){0,2}beschikbaar|monteurs (?:[\w'-]{1,20}"
    r" ){0,2}beschikbaar|engineers (?:[\w'-]{1,20} ){0,2}beschikbaar",
    r"(?:mengirimkan|mengirim|berbagi|membagikan|menghantar|kongsi) (?:beberapa )?(?:cv|profil|resume) (?:kandidat|"
    r"calon)",
    r"dost[ęe]pn(?:ych|i|e) (?:kandydat[óo]w|programist[óo]w|specjalist[óo]w|konsultant[óo]w|in[żz]ynier[óo]w|"
    r"pracownik[óo]w)",
    # someone the sender has on hand who is available or wants a change ("temos três devs saindo de um projeto e
    # disponíveis"); the stretch between may not speak of the sender's own experience or self ("I am")
    r"(?:tenho|temos|estou com|estamos com|conto com|contamos com) (?:um|uma|dois|duas|tr[êe]s|alguns|algumas|"
    r"v[áa]ri[oa]s|\d{1,3}(?! anos)|uma equipe|um time|um squad|uma turma|turma)\b(?:(?!experi[êe]ncia|estou\b|"
    r"sou\b)(?:[^.!?]|\.(?=\w))){0,80}?\b(?:dispon[íi]ve(?:l|is)|disponibilidade imediata|pront[oa]s? (?:para|pra)|"
    r"(?:que )?(?:est[áa]|est[ãa]o) (?:buscando|procurando|deixando|saindo|abert[oa]s?)|saindo de (?:um|uma) projeto)",
    r"(?:tengo|tenemos|disponemos de|contamos con|estamos acompa[ñn]ando a|acompa[ñn]o a) (?:un|una|dos|tres|varios|"
    r"varias|unos|unas|\d{1,3}(?! a[ñn]os)|un equipo|una base)\b(?:(?!experiencia|estoy\b|soy\b)(?:[^.!?]|"
    r"\.(?=\w))){0,80}?\b(?:disponibles?|disponibilidad inmediata|listos? para|(?:que )?(?:est[áa]|se est[áa]) "
    r"(?:buscando|yendo|considerando)|buscando (?:un )?cambio|que quiere (?:cambiar|trasladarse)|ya evaluados)",
    r"(?:j'ai|nous avons|je dispose d[e']|nous disposons d[e']|j'accompagne|je repr[ée]sente) ?(?:un|une|deux|trois|"
    r"plusieurs|des|quelques)\b(?:(?!exp[ée]rience|je suis\b)(?:[^.!?]|\.(?=\w))){0,80}?\b(?:disponibles?|dispo|en "
    r"fin de mission|qui (?:cherche|recherche) (?:un nouveau|une nouvelle))",
    r"(?:ich habe|wir haben|ich betreue|ich begleite|ich vertrete|ich vermittle) (?:aktuell |derzeit |zurzeit |gerade"
    r" )?(?:einen|eine|zwei|drei|mehrere|einige)\b(?:(?!erfahrung|ausbildung|studium|abschluss|bin\b|position\b|"
    r"stelle\b)(?:[^.!?]|\.(?=\w))){0,80}?\b(?:verf[üu]gbar|an der hand|(?:der|die) (?:wechseln|sich ver[äa]ndern|"
    r"sich neu orientieren) m[öo]chte|(?:starten|anfangen) k[öo]nnte|ab sofort|f[üu]r projekte frei)",
    r"(?:ho|abbiamo|seguo|sto seguendo|rappresento) (?:un|una|un'|due|tre|alcuni|alcune|diversi|diverse|dei|degli|"
    r"delle)\b(?:(?!esperienza|laurea|sono\b)(?:[^.!?]|\.(?=\w))){0,80}?\b(?:disponibil[ei]|(?:che|chi) (?:sta|"
    r"stanno) (?:valutando|cercando)|da subito)",
    r"(?:ik heb|wij hebben|we hebben) (?:een|twee|drie|enkele|meerdere|nog)\b(?:(?!ervaring|opleiding|ben\b|plek|"
    r"plaats|ruimte|tijd\b)(?:[^.!?]|\.(?=\w))){0,80}?\b(?:beschikbaar|vrijkomt|die openstaat voor|per direct)",
    r"(?:jag har|vi har) (?:en|ett|tv[åa]|tre|flera|n[åa]gra)\b(?:(?!erfarenhet|bakgrund|utbildning|examen|jag "
    r"[äa]r\b|och [äa]r\b)(?:[^.!?]|\.(?=\w))){0,80}?\b(?:som kan b[öo]rja|tillg[äa]ngliga?)",
    r"(?:kami|saya) (?:punya|memiliki|mempunyai|menyediakan) (?:(?!pengalaman|tahun\b)[\w-]{1,20} ){1,8}(?:yang"
    r" )?(?:sudah |siap )?(?:siap (?:ditempatkan|bekerja|berangkat|bergabung)|terlatih|berpengalaman yang siap)",
    r"(?:elimizde|elimde) (?:[\w.-]{1,25} ){1,8}var",
    r"(?:developer|gel[iİıI][şs]t[iİıI]r[iİıI]c[iİıI]|uzman|aday|personel|tekn[iİıI]syen)\w{0,4}(?:lar|"
    r"ler)[iİıI]m[iİıI]z var",
    r"(?:mam|mamy) (?:(?!do[śs]wiadcz|jestem)[\w-]{1,20} ){1,6}(?:dost[ęe]pn\w{1,3}|gotow\w{1,3} do (?:pracy|"
    r"podj[ęe]cia)|od zaraz)|avem (?:(?!experien|sunt\b)[\w-]{1,20} ){1,6}disponibil[ie]?",
    # their CV or profile offered, or the sender's pool put forward: "te passo o CV dele", "stuur ik je zijn cv"
    r"cv (?:dele|dela)",
    r"curr[íi]culo (?:dele|dela)",
    r"perfil (?:dele|dela)|(?:mando|envio|passo|enviar|mandar|passar|compartilho|compartilhar) (?:os )?perfis|"
    r"(?:enviar(?:le|te)?|env[íi]o|mandar(?:le|te)?|mando|compartir(?:le|te)?|comparto|pasar(?:le|te)?|paso) (?:su|"
    r"sus) (?:cv|cvs|curr[íi]culum|perfil|perfiles)|(?:son|leurs?) (?:cv|profil|profils|dossier de comp[ée]tences)",
    r"(?:schicke?|sende|schicken|senden) (?:ich )?(?:ihnen |dir |euch )?(?:gern[e]? )?(?:sein(?:en)?|das|die) "
    r"(?:profil|profile|lebenslauf|cv)|(?:inviar(?:le|ti|vi)|mandar(?:le|ti)|girar(?:le|ti)|ti giro|le giro|ti mando|"
    r"le mando|ti invio|le invio) (?:il|i) (?:cv|curriculum|profil[oi])|presentar(?:glielo|gliela|glieli|telo|tela|"
    r"teli)",
    r"(?:zijn|haar|hun|z'n) (?:cv|profiel|cv'?s)|(?:kirim(?:kan)?|bagikan|hantar|kongsi) (?:cv|profil|resume)-?nya",
    r"(?:profil|cv)leri (?:iletebilirim|g[öo]nderebilirim|payla[şs]abilirim)",
    # whether the recipient needs people, and staffing by the sender: "zoeken jullie toevallig iemand?"
    r"loca[çc][ãa]o de m[ãa]o de obra|reforzar (?:la )?plantilla|en r[ée]gie",
    r"(?:per|in) somministrazione|(?:zoeken jullie|zoekt u|zoek je) (?:toevallig |nog |misschien )?(?:capaciteit|"
    r"versterking|extra handen)|extra (?:mensen|handen) gebruiken|flexpool|(?:butuh|membutuhkan) (?:tenaga|tambahan "
    r"(?:tenaga|orang))|tenaga (?:kerja )?outsourcing",
    r"(?<=d[iİıI][şs] )kaynak olarak",
    r"beh[öo]ver ni (?:f[öo]rst[äa]rkning|personal|folk)|ave[țţt]i nevoie de (?:personal|oameni|muncitori)|"
    r"potrzebuj[ąa] (?:pa[ńn]stwo )?(?:wsparcia|pracownik[óo]w|ludzi)",
)

ROLE_FOR_YOU = (
    rf"(?:exciting|great|unique|fantastic|interesting|amazing|excellent|rare|confidential|career|"
    rf"leadership) {OPPORTUNITY}",
    # "a role that may interest you"; a proposal or a product that would interest you is no role
    r"(?:role|position|opportunity|vacancy|opening|job|search)s? (?:that |which )?(?:may|might|could|would|will) "
    r"(?:be of interest to you|interest you|suit you)|suit you|(?:you'd|you would) suit (?:a|an|the|our)",
    r"be a (?:good|great|perfect|strong) (?:fit|match) for you",
    # the reader's fit for a role, never the opener any stranger uses ("your profile caught my eye / stood out")
    r"(?:your|ur) (?:background|experience|profile|skill ?set|skills|expertise|track record) (?:(?:would be|looks|"
    r"seems|is) (?:like )?(?:a |an )?(?:(?:very|really|perfect|great|good|strong|ideal|excellent|close|natural) ){0,2}"
    r"(?:fit|match|aligned|suitable)|(?:really )?(?:matches|aligns|fits))",
    # "we'd like you to be Brand Ambassador intern at", "would like you to join as Marketing intern"
    rf"(?:want|would like|would love|(?:we|i)'d like|(?:we|i)'d love) you (?:to join (?:us |our team )?as|to be|as) "
    rf"(?:our |a |an )?(?:[\w&./-]{{1,20}} ){{0,5}}(?:intern|ambassador|trainee|{TITLES})s?",
    r"(?:confidential|discreet|exploratory|informal|private) (?:chat|conversation|discussion|call|talk)",
    r"(?:my|our|a) client (?:that |who |which )?(?:is |are )?(?:currently )?(?:looking|seeking|searching|hiring|"
    r"recruiting|building|growing|expanding)",
    rf"would you be (?:open|interested|keen) (?:to|in) (?:a |an |hearing about |exploring |discussing |"
    rf"considering )?(?:(?:new|confidential|discreet|career|exciting|senior|permanent|contract) ){{0,2}}(?:role|"
    rf"position|{OPPORTUNITY}|move|change|challenge)", rf"open to (?:new )?(?:{OPPORTUNITY}|roles|a move|"
    rf"a new challenge|a change|offers)\?", r"jd|job description", r"(?:i am|i'm|we are|"
    r"we're) (?:currently )?(?:recruiting|hiring|headhunting) (?:for )?(?:a|an)", rf"(?:i|we)(?: have|'ve got|"
    rf" have got| am working on|'m working on| are working on|'re working on) (?:a|an){GAP} (?:role|position|"
    rf"{OPPORTUNITY}|vacancy|search|mandate|assignment|opening)(?! (?:in|on) (?:my|our) (?:calendar|diary|schedule))",
    r"your next (?:career )?(?:move|step|challenge|role)",
    r"thought of you", r"(?:salary|package|remuneration|day rate) (?:of|up to|is|range|\$|£|€)",
    rf"(?:permanent|perm|contract|fixed[- ]term|interim) (?:role|position|{OPPORTUNITY})",
    rf"reach(?:ing)? out (?:to you )?(?:about|regarding|re|in regards? to) (?:a|an) (?:[\w()/&.,'-]{{1,25}} ){{0,5}}"
    rf"(?:role|position|{OPPORTUNITY}|vacancy)",
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
    rf"(?:i am|i'm|im|we are|we're) (?:currently |urgently |actively )?(?:recruiting|hiring|headhunting) "
    rf"(?!fewer |more |less )(?:[\w&/-]{{1,20}} ){{0,3}}"
    rf"(?:{TITLES}|{PEOPLE})s?", r"(?<!no )(?:tengo|tenemos) (?:una )?(?:vacante|posici[óo]n|oportunidad)|(?<!n[ãa]o )"
    r"(?:tenho|temos) (?:uma )?(?:vaga|oportunidade|posi[çc][ãa]o)|vaga (?:aberta|dispon[íi]vel)",
    r"(?:estoy|estamos|estou|estamos) "
    r"(?:reclutando|recrutando|contratando|buscando) (?:un|una|um|uma) (?:[\w&/-]{1,20} ){0,3}(?:para|pra|en|em)",
    r"(?:je recrute|nous recrutons|je recherche|nous recherchons) (?:un|une) (?:[\w&/-]{1,20} ){0,3}(?:pour|h/f|f/h)|"
    r"poste (?:de [\w-]{1,20} )?(?:à|a) pourvoir", r"wir suchen (?:eine?n? |f[üu]r )",
    r"(?:een )?(?:klus|opdracht|vacature|functie|baan) voor (?:je|jou|u)\b",
    rf"(?:are|will|would) (?:you|u) (?:be )?(?:currently |now |still )?(?:looking|searching|open) (?:for|to) (?:a |"
    rf"your )?(?:new |next )(?:role|position|job|{OPPORTUNITY}|challenge|move|project|assignment|contract|gig)",
    r"(?:ada|kami punya|kami ada) lowongan (?:[\w-]{1,20} ){0,4}(?:di|untuk)|lowongan "
    r"(?:untuk|sebagai)", r"would (?:you|u) consider(?: (?:a|"
    r"an) (?:conversation|chat|call|move|change))?\?",
    # the same in the corpus's other languages: your profile fits, a role that may interest you, open to a new
    # challenge (asked of the recipient, never "I am open"), my client is looking, thought of you
    r"(?<!n[ãa]o )(?:estou com|estamos com) (?:uma )?(?:vaga|posi[çc][ãa]o|oportunidade de (?:carreira|emprego|"
    r"trabalho))|(?:seu|teu) perfil (?:combina|se encaixa|encaixa|[ée] (?:muito |bem )?aderente|est[áa] (?:muito |bem"
    r" )?alinhado|tem (?:tudo|muito) a ver)",
    r"(?:tu|su) perfil (?:encaja|encajar[íi]a|se ajusta|cuadra|podr[íi]a encajar|coincide)|(?:votre|ton) (?:profil|"
    r"parcours) (?:correspond|pourrait (?:correspondre|convenir)|a (?:particuli[èe]rement )?retenu mon attention|"
    r"colle|semble (?:correspondre|parfait|id[ée]al)|m'int[ée]resse|est en ad[ée]quation)|(?:ihr|dein) (?:profil|"
    r"werdegang|lebenslauf|hintergrund) (?:passt|w[üu]rde (?:gut |perfekt |sehr gut )?passen)",
    r"(?:je|jouw|uw) (?:profiel|achtergrond|cv) (?:past|sluit (?:goed |mooi |perfect )?aan)|profil (?:anda|kamu|bapak|"
    r"ibu|tuan|puan) (?:sangat |cukup )?(?:cocok|sesuai|pas|relevan)",
    r"deney[iİıI]m[iİıI]n[iİıI]z (?:[çc]ok |olduk[çc]a |tam )?(?:uygun|uyumlu)|profiliniz (?:[çc]ok |olduk[çc]a |tam"
    r" )?(?:uygun|uyumlu)|profilin (?:[çc]ok |olduk[çc]a |tam )?(?:uygun|uyumlu)",
    r"(?:vacature|functie|rol|positie|opdracht|baan) die (?:je|jou|u) (?:misschien |wellicht |mogelijk"
    r" )?(?:interessant|zou kunnen|interesseert|aanspreekt|past)",
    r"(?:estar[íi]as|estar[íi]a usted) (?:abiert[oa]|interesad[oa]|dispuest[oa]) (?:a|en) (?:escuchar |conocer |"
    r"explorar |valorar )?(?:un nuevo |una nueva |nuevos |nuevas |una |un )?(?:retos?|desaf[íi]os?|oportunidad(?:es)?|"
    r"cambio|vacante|posici[óo]n)",
    r"(?:sind sie|bist du|(?<=w[äa]ren )sie|(?<=w[äa]rst )du) (?:aktuell |derzeit |grunds[äa]tzlich"
    r" )?(?:wechselbereit|wechselwillig|offen f[üu]r (?:eine |einen )?(?:neue[n]? |berufliche[n]?"
    r" )?(?:herausforderung|ver[äa]nderung|position|stelle|rolle|perspektive|wechsel))",
    r"(?:apakah|adakah) (?:anda|kamu|bapak|ibu|tuan|puan) (?:terbuka|tertarik|berminat) (?:untuk|dengan|pada|kepada|"
    r"terhadap) (?:peluang|kesempatan|tantangan|cabaran|posisi|peranan|jawatan|tawaran kerja|pekerjaan)",
    r"(?:(?<=by[łl]by )pan|(?<=by[łl]aby )pani|jest (?:pan|pani)|jeste[śs]) (?:otwart[ya]|zainteresowan[ya]) na "
    r"(?:now[eąa] )?(?:wyzwani[ea]|zmian[ęe]|propozycj[eę] (?:pracy|zawodow[eą])|ofert[ęy] pracy|rol[ęe])",
    r"(?:skulle du vara|skulle ni vara) (?:[öo]ppen|intresserad) (?:f[öo]r|av) (?:en |att )?(?:ny |nya )?(?:utmaning|"
    r"m[öo]jlighet|roll|tj[äa]nst|steg|karri[äa]rm[öo]jlighet|byta jobb)",
    r"ai fi (?:deschis|deschis[ăa]|interesat|interesat[ăa]) (?:la|de|s[ăa]) (?:o |un |noi |o nou[ăa] )?(?:provocare|"
    r"oportunitate|oportunit[ăa][țţt]i|pozi[țţt]ie|rol|schimbare)|sunte[țţt]i (?:deschis|deschis[ăa]|interesat|"
    r"interesat[ăa]) (?:la|de|s[ăa]) (?:o |un |noi |o nou[ăa] )?(?:provocare|oportunitate|oportunit[ăa][țţt]i|"
    r"pozi[țţt]ie|rol|schimbare)|(?<=a[țţt]i )fi (?:deschis|deschis[ăa]|interesat|interesat[ăa]) (?:la|de|s[ăa]) (?:o"
    r" |un |noi |o nou[ăa] )?(?:provocare|oportunitate|oportunit[ăa][țţt]i|pozi[țţt]ie|rol|schimbare)",
    r"klien (?:kami|saya) (?:sedang )?(?:mencari|membutuhkan|memerlukan)",
    r"pozisyonu i[çc]in (?:[\w-]{1,25} ){0,3}(?:ariyor|ariyoruz)",
    r"(?:stiamo cercando|cerchiamo|ricerchiamo|selezioniamo|siamo alla ricerca di) (?:un|una|un') ?(?:[\w&/'-]{1,20}"
    r" ){0,3}(?:per (?:un|una|un'|importante|il nostro|la nostra|nostro|nostra|azienda|societ[àa]|cliente)|da "
    r"inserire)|(?:ik zoek|wij zoeken|we zoeken|ik ben op zoek naar|wij zijn op zoek naar|we zijn op zoek naar) "
    r"(?:een )?(?:[\w&/-]{1,20} ){0,3}voor (?:een|onze|mijn) (?:klant|opdrachtgever)",
    r"(?:kami|saya) sedang (?:mencari|merekrut) (?:seorang |kandidat )?(?:[\w&/-]{1,20} ){0,3}untuk (?:klien|"
    r"perusahaan|posisi|salah satu)",
    r"un [ée]change confidentiel",
    r"cet [ée]change confidentiel|notre [ée]change confidentiel",
    r"(?:vertrauliche[sn]?|diskrete[sn]?) (?:gespr[äa]ch|austausch|telefonat)|(?:conversazione|telefonata|"
    r"chiacchierata|call) riservata|vertrouwelijke? (?:gesprek|kennismaking)|(?:diskusi|pembicaraan|perbincangan) "
    r"(?:secara )?rahasia|poufn[aąe] rozmow[aęy]",
    r"pensei em (?:voc[êe]|ti)",
    # asking for the recipient's CV: a recruiter's move, where a job seeker sends their own ("kindly share your latest
    # resume", "me envia seu currículo", "CV'nizi iletebilir misiniz")
    rf"(?:share|send|forward|e-?mail|mail|drop|attach|revert(?: back)?(?: to me| to us| me| us)? with) (?:me |us )?"
    rf"(?:your|ur) (?:latest |updated |recent |current |most recent |up[- ]to[- ]date |detailed )?{RESUME}"
    rf"(?! (?:tips|template|advice|writing|format|review))",
    r"(?:envi[ae]r?|mand[ae]r?|passa(?:r)?|compartilh[ae]r?)(?: (?:me|pra mim))? (?:o )?(?:seu|teu) (?:cv|curr[íi]culo)"
    r"|(?:env[íi]a(?:me|nos)?|m[áa]nda(?:me|nos)?|enviar(?:me|nos)?|comp[áa]rte(?:me|nos)?) (?:tu|su) (?:cv|"
    r"curr[íi]culum|hoja de vida)|(?:manda|mandi|invia|invii|inviare|mandare)(?:mi|ci)? (?:il )?(?:suo |tuo )?cv|"
    r"(?:envoyer|m'envoyer|nous envoyer|transmettre|me transmettre|partager) (?:votre|ton) cv|"
    r"cv'?n[iİıI]z[iİıI]|[öo]zge[çc]mi[şs]in[iİıI]z[iİıI]",
    # a placement agency or a job advert: "we can help you get placed", "Exp: 3-8 Years", "immediate joiners"
    r"get (?:you )?placed|(?:help|support|assist)(?: you)?(?: to)? (?:get )?placed|(?:help|support|assist|able to|can|"
    r"will|could) (?:to )?place you (?:on|in|with|at|into)",
    r"(?:exp|experience|work experience) ?[:-] ?\d{1,2} ?(?:-|to) ?\d{1,2} ?(?:years|yrs)|immediate joiners?|"
    r"urgent(?:ly)? (?:hiring|recruiting|requirement (?:for|of))",
    # "your next move" in Portuguese and Spanish
    r"(?:seus|teus) pr[óo]ximos passos|(?:seu|teu) pr[óo]ximo (?:passo|desafio)|(?:tus|sus) pr[óo]ximos pasos|"
    r"(?:tu|su) pr[óo]ximo (?:paso|reto|desaf[íi]o)",
    # a search the sender runs, or a job the sender writes about: "conduzo a busca de", "je t'écris au sujet d'un poste"
    r"(?:conduzo|estou conduzindo|estamos conduzindo) (?:a|o|um|uma) (?:busca|processo|recrutamento|sele[çc][ãa]o)|"
    r"(?:estoy|estamos) (?:trabajando|llevando|gestionando|con|liderando) (?:un|una|el|la) (?:proceso|b[úu]squeda|"
    r"selecci[óo]n) (?:de|para)|(?:adelantamos|llevamos|gestionamos) (?:el|un) proceso (?:de selecci[óo]n )?para|"
    r"(?:tengo|tenemos) abiert[oa] (?:una|un) (?:vacante|proceso|b[úu]squeda)|(?:ich betreue|wir betreuen|ich besetze|"
    r"wir besetzen) (?:aktuell |derzeit |gerade )?(?:die|eine|einen) (?:position|vakanz|stelle|suche|besetzung)",
    r"(?:sto seguendo|seguo|sto gestendo|stiamo seguendo) (?:la|una) (?:ricerca|selezione) (?:di|per)|(?:kami"
    r" )?sedang (?:membuka|merekrut) (?:posisi|lowongan|untuk)",
    r"(?:estamos|stiamo|estou|sto) hiring|on recrute (?:un|une)",
    r"au sujet d'un (?:poste|r[ôo]le)|(?<=[àa] )propos d'un (?:poste|r[ôo]le)",
    r"(?:in merito|riguardo|a proposito) (?:a|ad) (?:una|la) (?:posizione|opportunit[àa] (?:lavorativa|professionale)|"
    r"ricerca)",
    r"(?<=[îi]n )leg[ăa]tur[ăa] cu (?:un|o) (?:post|pozi[țţt]ie|rol) de",
    # an employer (the sender's, or a client) looking for someone with a title, never the sender's own search (no
    # "job", "post", "new" in between): "una clinica di Verona cerca un Direttore Sanitario", "zoek ik een Teamlead"
    r"(?:busca|buscamos|procura|procuramos|cherche|recherchons|sucht|suchen|suche ich|cerca|cerchiamo|zoekt|zoeken|"
    r"zoek ik|szuka|szukamy|poszukuje|poszukujemy|ariyor|ariyoruz|caut[ăa]|mencari|sedang cari) (?:bij ons |bei uns |"
    r"aktuell |gerade |actuellement |attualmente |momenteel |obecnie )?(?:un|una|um|uma|une|un\(e\)|un/a|una/o|um/a|"
    r"einen|eine|een|o|en|ett|seorang|bir)? ?(?:(?!poste|emploi|stage|trabajo|empleo|puesto|vaga|emprego|lavoro|posto|"
    r"baan|werk\b|functie|stelle|job|pekerjaan|kerja|pracy|praca|jobb|tj[äa]nst|roll\b|munc|oportunidad|opportunit|"
    r"oportunidade|nuov|nieuwe|neue|nouve|nova|novo|nueva|nuevo|ny\b|cdi|cdd|en tant que|comme|als\b|come\b|como\b|"
    r"i[şs]\b)[\w/()&.'-]{1,25} ){0,3}[\w-]{0,14}(?:manager|engineer|director|lead|owner|developer|designer|head|"
    r"chief|officer|architect|analyst|consultant|specialist|coordinator|supervisor|diretor[a]?|directora?|directeur|"
    r"directrice|direttore|direttrice|gerente|jef[ea]|responsable|responsabile|leiter(?:in)?|leitung|teamlead|leider|"
    r"kierownik|dyrektor|m[üu]d[üu]r[üu]?|chef|chefe|coordenador[a]?|coordinador[a]?|coordinatore|engenheir[oa]|"
    r"ingenier[oa]|ing[ée]nieur|ingegnere|ingenieur|ingenj[öo]r|inginer|m[üu]hendis|desenvolvedor[a]?|"
    r"desarrollador[a]?|d[ée]veloppeur|sviluppatore|entwickler(?:in)?|ontwikkelaar|programista|utvecklare|dezvoltator|"
    r"berater(?:in)?|adviseur|consultor[a]?|analista|specjalista|uzmani?|manajer|kepala|supervisora?)",
    # could interest you, said of a job (not of a product): "por si te interesa", "echt iets voor jou"
    r"vielleicht (?:interessant|etwas) f[üu]r (?:sie|dich)|(?:le|ti) interesserebbe|(?:potrebbe|le potrebbe|ti "
    r"potrebbe) interessar(?:le|ti)|(?:echt |misschien )?iets voor (?:jou|je|u)(?! te)|mungkin (?:ibu|bapak|anda|mas|"
    r"mbak|kamu) tertarik",
    # the role fits the recipient's profile: "encaja con tu perfil", "passt gut zu Ihrem Profil"
    r"(?:encaja|encajar[íi]a|cuadra|coincide) con (?:tu|su) perfil",
    # a job offered in a recruiter's or an employer's own words: "see if you'd be interested in a full time job
    # opportunity", "interested candidates share your resume to hr@...", "looking to hire a Data Engineer for one of
    # our clients", "Join our Product Team!", "looking to add a Senior Product Manager to our growing team"
    rf"(?:you'd|you would|you might|you may|you will|you'll) be (?:interested|open) (?:in|to) (?:a|an|this|the|"
    rf"exploring|hearing about|new)? ?(?:(?!{NOT_A_JOB})[\w-]{{1,20}} ){{0,3}}(?:job|role|position|{OPPORTUNITY}|"
    rf"opening)",
    rf"(?:share|send|email|mail|forward|drop) (?:me |us )?(?:your |ur |the |an |updated |latest ){{0,3}}{RESUME}"
    r" (?:to|at|on)(?= (?!you\b))|interested (?:candidates?|applicants?|ones) (?:can |may |please |kindly |should )?"
    r"(?:share|send|apply|email|drop|revert|forward|reach)",
    rf"looking to (?:hire|recruit|fill|add) (?:a|an) (?:[\w/&+#.-]{{1,25}} ){{0,4}}(?:for (?:one of )?(?:our|my) "
    rf"(?:[\w-]{{1,20}} ){{0,2}}clients?|to (?:our|my|the) (?:growing |expanding |new )?team)",
    r"join (?:our|my) (?:[\w&-]{1,20} ){0,2}team\b(?! (?:at|for) (?:our|the|a) (?:webinar|event|session|workshop))",
    # "I currently have an opening", "we are looking for SQL Developer", "paid board and advisory positions", "paid
    # research initiative" (work for the reader), "contamos con diversas vacantes activas"
    r"(?:i|we) (?:currently |now |also )?(?:have|'ve got|have got) (?:an? |several |multiple |a few )?(?:urgent |"
    r"immediate |new |open |exciting )?(?:opening|openings|vacancy|vacancies|requirements?|position|positions)"
    r"(?! (?:for|in|on) (?:my|our) (?:team|bench|calendar|diary|schedule))",
    rf"(?:we are|we're|(?:team|company|client|firm|organi[sz]ation|start-?up) is) (?:currently |actively )?"
    rf"(?:(?:looking|searching) for|seeking) "
    rf"(?:an? |experienced |skilled |talented |passionate |senior |junior |new ){{0,2}}(?:[\w/&.+#-]{{1,20}} ){{0,3}}"
    rf"(?:{PEOPLE}|intern|student|fresher|graduate|trainee|talent|executive)s?"
    r"(?! (?:to|who) (?:help|build|deliver))",
    r"(?:whether|if) you(?:'re| are) (?:available|open) (?:for|to) (?:paid |freelance |writing )?(?:commissions|"
    r"freelance (?:work|projects?|gigs?)|contract (?:work|projects?)|a (?:paid |freelance )?(?:project|gig))",
    # a recruiter's search in their own words: "I'm really looking for someone with experience in Salesforce", "are
    # you still on the market?", "it's about a deep learning opportunity"
    r"(?:i'm|i am|we're|we are) (?:really |currently |actively )?looking for (?:someone|somebody|a person|people) "
    r"(?:with|who has|who have)", r"(?:you're|you are|are you) (?:still )?on the (?:job )?market",
    rf"(?:it's|it is) (?:about|regarding) (?:a|an) (?:(?!{NOT_A_JOB})[\w-]{{1,20}} ){{0,3}}(?:job|role|position|"
    rf"{OPPORTUNITY}|vacancy)",
    # the same in Turkish, Dutch and Italian: "… Developer arayışımız bulunmakta", "size uygun pozisyonlarımız", "iş
    # fırsatlarını değerlendirdiğiniz", "op zoek naar een goede C++ ontwikkelaar", "vorrei parlarle di un'opportunità"
    r"aray[ıi][şs][ıi]m[ıi]z (?:bulunmakta|mevcut|s[öo]z konusu|var)\w{0,12}|(?:size|sizin i[çc]in) uygun (?:bir )?"
    r"pozisyon\w{0,12}|pozisyon(?:umuz|lar[ıi]m[ıi]z)\w{0,12}|(?:i[şs] |yeni )(?:f[ıi]rsat|teklif)\w{0,12} "
    r"(?:de[ğg]erlendir(?:di[ğg]iniz|ir misiniz|meyi d[üu][şs][üu]n[üu]rseniz|mek ister misiniz)|a[çc][ıi]ksan[ıi]z)",
    r"op zoek naar (?:een |twee |drie )?(?:goede |ervaren |enthousiaste |nieuwe |senior |junior |medior )?"
    r"(?:(?!baan|functie|job|stage|uitdaging|werk)[\w+#/-]{1,20} ){0,3}(?:ontwikkelaars?|developers?|engineers?|"
    r"collega'?s?|consultants?|programmeurs?|medewerkers?|kandidaten|kandidaat|specialisten|specialist)",
    r"parlar(?:le|ti|vi) di (?:un'|una |un )(?:opportunit[àa]|posizione|ruolo)|(?:le|ti) chiedo (?:gentilmente )?"
    r"(?:il|un) (?:cv|curriculum)",
    r"paid (?:[\w-]{1,20} ){0,2}(?:research|survey|study|interview|board|advisory) (?:[\w-]{1,20} ){0,2}(?:initiative|"
    r"study|project|positions?|seats?|roles?|opportunit(?:y|ies)|session)",
    rf"vacantes? (?:abiertas?|activas?|disponibles?){plain.NOT_A_COURSE}|(?:contamos con|tenemos) (?:[\w-]{{1,20}} )"
    rf"{{0,2}}vacantes{plain.NOT_A_COURSE}",  # never places in a course: "tenemos vacantes para el taller"
    # an employer answering the reader's application, or looking for someone "to join" a team
    r"thanks? (?:you )?for (?:applying|your application)|(?:reviewed|received|reviewing|read) your application",
    r"your application (?:for|to) (?:the|our|a|an|this) (?:[\w-]{1,20} ){0,3}(?:role|position|job|vacancy|opening|"
    r"post|internship|traineeship|apprenticeship)|(?:invite|inviting) you (?:to|for) (?:an? )?(?:[\w-]{1,15} ){0,2}"
    r"interview(?! (?:on|for|with) (?:my|our) (?:podcast|show|channel|blog|newsletter))|(?:din|er) ans[öo]kan"
    r"|(?:votre|ta) candidature (?:au|pour|[àa])|(?:sua|tua) candidatura (?:para|[àa])",
    # someone else's hiring, passed on: "they're hiring controls engineers", "sourcing for a QA Specialist"
    rf"(?:they're|they are|the team is|the company is) (?:currently |actively )?(?:hiring|recruiting) "
    rf"(?!fewer |less |more )(?:[\w&/-]{{1,20}} ){{0,3}}(?:{TITLES}|{PEOPLE})s?",
    rf"sourcing (?:candidates )?for (?:a|an) (?:[\w&/-]{{1,20}} ){{0,4}}(?:{TITLES}|{PEOPLE}|role|position|vacancy)",
    r"(?:writing|reaching out|getting in touch|contacting you) (?:to you )?(?:about|regarding) (?:a|an) "
    r"(?:[\w-]{1,20} ){0,3}opening(?! (?:ceremony|event|night|party|keynote|session|talk|of))|(?<!n[ãa]o )"
    r"(?:estou|estamos) a (?:recrutar|contratar)",
    rf"(?:i'm|i am|we're|we are) (?:currently )?looking for an? (?:[\w/&+#.-]{{1,25}} ){{0,5}}(?:{TITLES}|{PEOPLE})s? "
    r"to join (?:a|an|our|my|the|their)",
    # the employer's "we are looking for", the role and the reader's fit, in Nordic, Central European, Baltic and
    # Vietnamese job offers: "vi söker dig som", "spennende stilling", "kiinnostaisiko sinua", "ciekawa oferta",
    # "hledáme nového kolegu", "izgalmas pozíció", "ieškome", "bên em đang tuyển" (patterns are Latin-script: their
    # clues are ASCII, so Cyrillic offers are left to the text model)
    r"vi (?:s[öo]ker|s[øo]ker|s[øo]ger) (?:nu |n[åa] |lige nu |just nu )?(?:etter )?(?:en|ett|et|ei|dig|deg|flere|"
    r"fler|nye?)|(?:sp[äa]nnande|spennende|sp[æa]ndende|intressant|interessant) (?:ny |nytt |nye? )?(?:roll|rolle|"
    r"tj[äa]nst|stilling|uppdrag|oppdrag|karri[äa]rm[öo]jlighet|jobbmulighet|jobmulighed|m[öo]jlighet|mulighet|"
    r"mulighed)|(?:din|er) (?:profil|bakgrund|bakgrunn|baggrund|erfarenhet|erfaring) (?:passar|passer|matchar|matcher|"
    r"ser ut att|virker|verkar)",
    r"(?:[äa]r du|er du|skulle du vara) (?:[öo]ppen|[åa]pen|[åa]ben|intresserad|interessert|interesseret) (?:f[öo]r|"
    r"for|av|af|p[åa]) (?:en |ett |et |ei |att |[åa] )?(?:ny |nytt |nye? )?(?:roll|rolle|tj[äa]nst|stilling|utmaning|"
    r"utfordring|udfordring|jobb|job|m[öo]jlighet|mulighet|mulighed|uppdrag|oppdrag)",
    r"kiinnostaisiko (?:sinua|teit[äa])|etsimme (?:nyt |parhaillaan )?(?:joukkoomme|tiimiimme|riveihimme|"
    r"(?:\w{2,30} ){0,2}\w{0,30}(?:kehitt[äa]j[äa][äa]|asiantuntijaa|p[äa][äa]llikk[öo][äa]|insin[öo][öo]ri[äa]|"
    r"osaajaa|tekij[äa][äa]|hoitajaa|johtajaa|vastaavaa))|(?:uusi|kiinnostava|mielenkiintoinen) (?:teht[äa]v[äa]|"
    r"rooli|ty[öo]paikka|mahdollisuus)|profiilisi (?:sopi|vaikutt|n[äa]ytt)\w{0,8}",
    r"(?:ciekaw|interesuj[ąa]c|atrakcyjn)\w{0,3} (?:ofert|propozycj|stanowisk|rol)\w{0,3}|(?:mam|mamy) (?:dla "
    r"(?:ciebie|pana|pani) )?(?:ofert|propozycj)\w{0,3} (?:pracy|wsp[óo][łl]pracy)|(?:by[łl]by pan|by[łl]aby pani|"
    r"by[łl]by[śs]|by[łl]aby[śs]) (?:otwart|zainteresowan)\w{0,2} (?:now\w{0,3} |t\w{0,2} )?(?:rol|stanowisk|ofert|"
    r"propozycj|prac|zmian)",
    r"hled[áa]me (?:nov[éeo]ho|novou|nov[ée]|kolegu|kolegyni|posilu|v[áa]s|tebe|\w{2,20}[ae]? na)|(?:zaj[íi]mav|nov)"
    r"\w{0,2} (?:pozic|nab[íi]dk|p[řr][íi]le[žz]itost)\w{0,3}|nab[íi]dk\w{0,2} pr[áa]ce|m[ěe]l(?:a)? (?:byste|bys) "
    r"z[áa]jem",
    r"(?:izgalmas|[ée]rdekes) (?:poz[íi]ci[óo]|lehet[őo]s[ée]g|[áa]ll[áa]s|munkalehet[őo]s[ée]g)\w{0,4}|"
    r"[áa]ll[áa]saj[áa]nlat|keres(?:[üu]nk|s[üu]k) (?:egy |[úu]j )?\w{2,25}|nyitott (?:lenn[ée]l|lenne) (?:egy )?"
    r"(?:[úu]j )?(?:kih[íi]v[áa]s|lehet[őo]s[ée]g|poz[íi]ci[óo]|v[áa]lt[áa]s|[áa]ll[áa]s)\w{0,4}",
    r"oportunitate (?:de (?:angajare|carier[ăa])|profesional[ăa])|c[ăa]ut[ăa]m (?:un|o)",
    r"darbo pasi[ūu]lym\w{0,4}|ie[šs]kome|(?:jus|tave) (?:gal[ėe]t[ųu] )?sudomint\w{0,3}",
    r"(?:b[êe]n (?:m[ìi]nh|em|ch[ịi]|anh)|ch[úu]ng t[ôo]i|c[ôo]ng ty (?:m[ìi]nh|ch[úu]ng t[ôo]i)) (?:hi[ệe]n )?"
    r"(?:[đd]ang )?(?:c[ầa]n )?tuy[ểe]n|c[ơo] h[ộo]i (?:vi[ệe]c l[àa]m|ngh[ềe] nghi[ệe]p)",
) + plain.ROLE_OFFERS  # and the plain ways of saying it
