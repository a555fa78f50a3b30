"""The regex vocabulary of the networking, peer and known-contact signals: data only, one tuple of patterns per signal.

Networking talk, open networking, claims of shared history, references to the recipient's work, shared communities,
thanks for accepting and peer questions: what a note says about a tie between sender and recipient, or about
collecting ties. Each is listed in English and in the languages the corpus meets (Portuguese, Spanish, French,
German, Italian, Dutch, Indonesian, Malay, Polish, Turkish, Swedish, Romanian). `signal_vocabulary` re-exports
these tuples; the same rules hold (whole words, case-insensitive, every quantifier bounded, accented letters as
classes such as `[ée]`, the Turkish dotted and dotless i as `[iİıI]`). Each pattern starts with plain letters the
clue scan of `pattern_sets` can look for: a word that starts with an accented letter follows a fixed look-behind
(`(?<=[ée]tes-vous )ouvert`) or the word before it, and where `[iİıI]` would open a pattern a plain `i` stands
for it (IGNORECASE equates i, I, İ and ı).
"""

from __future__ import annotations

from linkscreen.core.headline_vocabulary import GAP, OPPORTUNITY

WORKS = (r"(?:posts?|articles?|talk|presentation|blog(?: post)?|paper|comments?|piece|podcast|newsletter|book|"
         r"keynote|panel|webinar|thread|video|session|answer|repo(?:sitory)?|research|write-?up|essay|lecture|"
         r"speech|interview)")  # things the recipient may have written or presented
GROUPS = (r"(?:meetup|meet-up|user group|forum|chapter|community|conference|network|group|society|association|"
          r"guild|hackathon|club)")

NETWORKING_TALK = (
    # a follow-up to a reaction on the sender's own post: "thanks for commenting on my post", "saw you liked my post"
    r"(?:thanks?|thank you) (?:so much )?for (?:commenting|reacting|liking|engaging|your comment|your reaction) "
    r"(?:on |to |with )?(?:my|a recent|one of my) (?:[\w-]{1,20} ){0,2}post",
    r"saw (?:that )?you (?:liked|commented on|reacted to|engaged with|enjoyed) (?:my|one of my) (?:[\w-]{1,20} ){0,2}"
    r"posts?",
    r"(?:grow|grows|growing|expand|expanding|build|building|broaden|broadening|extend|extending|widen|widening|"
    r"strengthen|increase|increasing) (?:my|our) (?:professional |linkedin |business )?network(?:s|ing)?",
    r"like[- ]minded", r"the more the merrier", r"(?:share|sharing|exchange|exchanging) (?:some |a few |my |"
    r"our )?(?:insights|ideas|knowledge|experiences|thoughts|best practices?)", r"(?:always )?(?:keen|happy|eager|"
    r"glad|love|like|looking) to connect with (?:other |fellow |senior |more )?(?:leaders|professionals|people|peers|"
    r"experts|executives|folks|individuals|colleagues|it|tech|technology|industry)", r"(?:i|we|it)(?: would|"
    r"'d) (?:love|like|be (?:great|nice|good|happy)) to (?:connect|network|be connected)", r"mutually beneficial",
    r"(?:let's|lets|let us) (?:network|grow)", r"(?:in|across) the (?:same )?(?:industry|sector|space|field)",
    r"(?:mutual|common) connections", rf"networking (?:purposes|{OPPORTUNITY}|with)",
    # the same in the corpus's other languages: "ampliar minha rede", "échanger nos bonnes pratiques", "kennis delen"
    r"(?:ampliar|expandir|aumentar|fortalecer|fazer crescer|hacer crecer) (?:a |la )?(?:minha|mi|nossa|nuestra) "
    r"(?:rede|red|network)",
    r"(?:trocar|troca de|intercambiar|intercambio de|compartir|compartilhar) (?:nuestras |nossas |as |las"
    r" )?(?:experi[êe]ncias|ideias|ideas|conhecimentos?|conocimientos?|insights|boas pr[áa]ticas|buenas pr[áa]cticas)",
    r"(?:pour|souhaite|veux|aime|cherche [àa])(?: simplement| vraiment| beaucoup)? (?:d[ée]velopper|[ée]largir) mon "
    r"r[ée]seau|partager (?:sur )?(?:nos|des) (?:exp[ée]riences|id[ée]es|bonnes pratiques|pratiques)",
    r"mein (?:berufliches )?netzwerk (?:[\w-]{1,20} ){0,4}(?:zu )?(?:erweitern|ausbauen|vergr[öo][ßs]ern|st[äa]rken)",
    r"(?:ampliare|espandere|allargare|far crescere|rafforzare) (?:la mia|il mio) (?:rete|network)",
    r"mijn netwerk (?:te )?(?:uitbreiden|uit te breiden|vergroten|versterken)|(?:kennis|ervaringen|idee[ëe]n) "
    r"(?:uitwisselen|uit te wisselen|delen|te delen)",
    r"(?:memperluas|perluas|menambah|mengembangkan|meluaskan) (?:jaringan|relasi|rangkaian|networking)|(?:berbagi|"
    r"bertukar|berkongsi) (?:pengalaman|ide|idea|wawasan|ilmu|pengetahuan|insight)",
    r"(?:poszerzy[ćc]|poszerza[ćc]|rozbudowa[ćc]|rozwija[ćc]|powi[ęe]kszy[ćc]) (?:moj[ąa]|swoj[ąa]) sie[ćc]",
    r"(?:deneyim|bilgi|fikir)\w{0,10} (?:payla[şs]\w{0,6}|ali[şs]veri[şs]\w{0,3})",
    r"(?:ut[öo]ka|bredda|bygga ut) mitt (?:professionella )?n[äa]tverk",
    r"(?:utbyta|dela) (?:erfarenheter|id[ée]er|kunskap)",
    r"(?:extind|extinde|dezvolt|dezvolta) re[țţt]eaua (?:mea|profesional[ăa])",
    r"gelijkgestemd(?:en|e)?|(?:trocar|trocarmos) (?:boas )?(?:ideias|vis[õo]es)|compartir aprendizajes|scambiarci "
    r"idee",
    r"(?:j'aime|aime|pour) (?:beaucoup )?[ée]changer avec (?:les|des) (?:dsi|dirigeants|responsables|pairs)",
    r"(?:im|an einem) austausch mit|wymieniam si[ęe] do[śs]wiadczeniami",
    r"(?:ter|tener(?:te|le)?) (?:a )?(?:voc[êe] )?(?:na|en) (?:minha|mi) (?:rede|red)|(?:averla|averti|avervi) nella "
    r"(?:mia|nostra) rete|(?:sie|dich) in meinem netzwerk (?:zu )?haben|in mijn netwerk (?:te )?hebben",
    r"(?<=pi[ùu] )siamo,? meglio [èe]",
)

OPEN_NETWORKING = (
    r"(?-i:LION)|open networker", r"(?:i|i'll|i will|i always|always) accept (?:all|every|any) (?:invit\w{0,8}|"
    r"requests?|connections?)",
    r"(?:never|don'?t|do not|won'?t|will not) (?:decline|reject|ignore|refuse|click idk|say idk|press idk)",
    r"#?follow ?back|#?followforfollow|f4f|like for like|l4l",
    r"(?:the )?more connections(?: the (?:better|merrier))?|the more (?:hands|people|contacts|connections|friends|"
    r"followers) (?:[\w'-]{1,20} ){0,3}the (?:more|merrier|better)",
    r"\d{1,3} ?(?:k|mil) (?:connections|followers|contactos|contatos|conexiones|conex[õo]es|kontakte)|\d{1,3},?\d{3} "
    r"(?:connections|followers)", r"grow(?:ing)? (?:my|our) "
    r"(?:linkedin|connections|followers|network size)|(?:let's|lets|let us) grow (?:our networks )?together",
    r"(?:connect|connecting) with (?:everyone|anyone|all|as many)", r"i(?: will|'ll) do (?:the )?same(?: (?:for|on) "
    r"(?:ur|your))?", r"(?:like|endorse|share) my (?:posts?|skills)|support each other'?s? posts|#?opennetworker",
    r"red abierta|rede aberta|offenes netzwerk|(?:acepto|aceito|j'accepte) (?:todas|todos|toutes)", r"r[ée]seau ouvert",
    # "aceito todos os convites", "ampliemos nuestras redes", "hoe meer connecties, hoe beter"
    r"(?:aceito|acepto|accetto) (?:tod[oa]s (?:os |as |los |las )?|tutt[ie] (?:gli |le )?|ogni )?(?:convites|"
    r"invitaciones|inviti|invito|solicitudes|richieste|conex[õo]es|conexiones|collegamenti|pedidos)|j'accepte "
    r"(?:toutes les |tous les )?(?:invitations|demandes|connexions)|(?:ich )?nehme (?:alle|jede) (?:kontaktanfragen?|"
    r"anfragen?|einladungen?) an|(?:ik )?accepteer (?:alle|elke|iedere) (?:uitnodigingen|uitnodiging|verzoeken|"
    r"connecties)",
    r"(?:saya )?(?:menerima|terima) (?:semua|setiap) (?:undangan|permintaan|koneksi|jemputan|sambungan)|akceptuj[ęe] "
    r"(?:wszystkie|ka[żz]de) (?:zaproszenia|zaproszenie|pro[śs]by)|(?:jag )?accepterar (?:alla|varje) (?:inbjudningar|"
    r"inbjudan|f[öo]rfr[åa]gningar|kontaktf[öo]rfr[åa]gningar)",
    r"accept (?:toate|orice) (?:invita[țţt]iile|invita[țţt]ii|cererile|conexiunile)",
    r"(?:davetler[iİıI]|istekler[iİıI]) (?:hep |her zaman )?kabul ed(?:[iİıI]yorum|er[iİıI]m)",
    r"(?:vamos|bora) (?:ampliar|expandir|aumentar|fazer crescer|fortalecer) (?:as |a )?(?:nossas|nossa) (?:redes?|"
    r"conex[õo]es)",
    r"(?:agrandissons|faisons grandir) (?:ensemble )?nos r[ée]seaux",
    r"(?:lass(?:t)? uns|lassen sie uns) (?:gemeinsam )?(?:unsere|unser) netzwerke? (?:gemeinsam )?(?:erweitern|"
    r"vergr[öo][ßs]ern|ausbauen|wachsen lassen)|(?:allarghiamo|ampliamo|espandiamo|facciamo crescere) (?:insieme"
    r" )?(?:le nostre reti|la nostra rete|i nostri network|i nostri contatti)|(?:laten we|laat ons) (?:samen"
    r" )?(?:onze netwerken|ons netwerk) (?:samen )?(?:uitbreiden|vergroten|laten groeien)",
    r"(?:mari|ayo|yuk) (?:kita )?(?:saling )?(?:perluas|memperluas|kembangkan|besarkan|perbesar|luaskan) (?:jaringan|"
    r"rangkaian|koneksi|relasi)",
    r"birlikte (?:b[üu]y[üu]yel[iİıI]m|b[üu]y[üu]tel[iİıI]m|geni[şs]letel[iİıI]m)",
    # accepting or connecting with everyone: "acepto a todos", "ik connect met iedereen", "aggiungo tutti"
    r"(?:aceito|acepto|accetto|accepteer|j'accepte|accepterar|akceptuj[ęe]) (?:sempre |siempre |toujours |altijd |ook"
    r" |alltid |zawsze |mereu )?(?:a |pe )?(?:todos|todo mundo|todo el mundo|tout le monde|iedereen|tutti|alla|"
    r"wszystkich|toat[ăa] lumea|to[țţt]i)|accetto sempre tutte le richieste|todo convite [ée] aceito|(?:ich )?nehme "
    r"(?:grunds[äa]tzlich |immer )(?:alle|jede) (?:kontaktanfragen?|anfragen?|einladungen?) an",
    r"(?:ich )?vernetze mich (?:gerne |gern )?mit (?:allen|jedem)|(?:ik )?connect met iedereen|semua (?:invite|"
    r"undangan|permintaan|koneksi) (?:saya )?(?:accept|terima)|aggiungo tutti",
    r"je gr[öo][ßs]er das netzwerk,? (?:desto|umso) besser|hoe groter (?:het|je|mijn) netwerk,? hoe (?:beter|meer)|"
    r"quanto maior a rede,? melhor",
)

SHARED_HISTORY_CLAIM = (
    # "thanks for coming to our event last night" (not a webinar: an audience list, not a meeting)
    r"thanks? (?:you )?(?:so much )?for (?:coming|attending|stopping by|joining us) (?:to|at) (?:our|my|the) "
    r"(?:[\w-]{1,20} ){0,2}(?:event|meetup|meet-up|talk|session|workshop|conference|dinner|launch|party|stand|booth)",
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
    # the same in the corpus's other languages: a colleague, a meeting, a named contact's advice, thanks for a talk
    r"(?:trabalhamos|trabajamos|estudamos|estudiamos) juntas|(?:fomos|fuimos) (?:colegas|compa[ñn]er[oa]s)",
    r"coincidimos en",
    r"wir haben uns (?:(?!nicht\b|nie\b)[\w.-]{1,20} ){0,9}(?:kennengelernt|getroffen|gesehen|unterhalten|"
    r"ausgetauscht)",
    r"(?<!non )ci siamo (?:conosciut[ie]|vist[ie]|incontrat[ie]|sentit[ie]|parlat[ie]|incrociat[ie])",
    r"(?<!non )(?:abbiamo lavorato|lavoravamo|abbiamo studiato) insieme",
    r"(?:we|wij) hebben (?:(?!niet\b|nooit\b)[\w'-]{1,20} ){0,4}samengewerkt",
    r"(?<!nie )(?:(?:pozna|spotka)(?:[łl]i|[łl]y)[śs]my si[ęe]|rozmawia(?:[łl]i|[łl]y)[śs]my (?:na|w|podczas|wczoraj|"
    r"ostatnio|przy)|pracowa(?:[łl]i|[łl]y)[śs]my razem)",
    r"tan[iİıI][şs](?:m[iİıI][şs])?t[iİıI]k",
    r"tack f[öo]r sist",
    r"(?<!nu )(?:am lucrat|am colaborat|lucram) (?:[\w-]{1,20} ){0,3}[îi]mpreun[ăa]",
    # a named contact's advice: "o Pedro me indicou você", "m'a transmis vos coordonnées", "op aanraden van"
    r"me passou (?:o )?seu (?:contato|nome)",
    r"(?:gaf|tipte|noemde) (?:mij |me )?(?:je|jouw|uw) naam",
    # following up a talk: "como conversamos", "suite à notre échange", "zoals besproken", "som vi pratade om"
    # did something together or sat in the same team: "fizemos o MBA juntos", "we zaten samen in de projectgroep"
    r"(?:fizemos|faz[íi]amos|ficamos|jogamos|a gente (?:fazia|trabalhava|estudava|jogava)|estuvimos|hicimos|"
    r"jug[áa]bamos|jugamos) (?:[\w'-]{1,20} ){0,6}junt[oa]s",
    r"(?:fomos da|fomos do|na|no) mesm[oa] (?:equipe|turma|time|projeto|sala|mesa|obra)",
    r"(?:en )?(?:el mismo|la misma) (?:equipo|proyecto|curso|grupo|clase|promoci[óo]n|obra|mesa)",
    r"(?:nous (?:[ée]tions|avons (?:travaill[ée]|install[ée]|fait|men[ée]|[ée]tudi[ée]))|on a (?:travaill[ée]|fait)) "
    r"(?:[\w'-]{1,20} ){0,4}ensemble|(?<=on [ée]tait )ensemble|(?:au|dans le|dans la) m[êe]me (?:stand|projet|"
    r"[ée]quipe|promo|classe|service)|nous nous sommes (?:rencontr|crois)[ée]e?s|(?<=on [ée]tait )en colocation",
    r"wir (?:waren|haben|hatten) (?:(?!nie\b|nicht\b|noch\b)[\w.-]{1,20} ){0,6}zusammen|(?:ti|le) (?:ho|abbiamo) "
    r"(?:fatto|installato|sistemato|fornito|riparato) (?:l'|il |la |i |gli |le )[\w-]{2,20}",
    r"(?:we|wij) (?:zaten|waren|speelden|werkten|studeerden|hebben) (?:(?!niet\b|nooit\b)[\w'-]{1,20} ){0,6}samen|"
    r"kita (?:dulu )?(?:satu|se) ?(?:tim|kantor|kelas|kamar|proyek|kampus|project|angkatan)|kita sekelas|teman "
    r"(?:sekamar|sekelas|sekantor|seangkatan|satu (?:tim|kelas|kantor))|ayn[iİıI] (?:yurtta|s[iİıI]n[iİıI]fta|"
    r"ek[iİıI]pte|projede|[şs][iİıI]rkette|okulda|ofiste|b[öo]l[üu]mde)|i samma (?:lag|korplag|klass|team|projekt|"
    r"grupp)",
    # remember me, long time no see, introduced by someone
    r"(?:(?:se )?lembra de mim|te acuerdas de m[íi]|tu te souviens de moi|vous vous souvenez de moi|erinnern sie sich "
    r"(?:noch )?an mich|erinnerst du dich (?:noch )?an mich|ti ricordi di me|si ricorda di me|weet je (?:nog )?wie ik "
    r"ben|masih ingat (?:saya|aku)|pami[ęe]tasz mnie|pami[ęe]ta (?:pan|pani) mnie|beni hat[iİıI]rl[iİıI]yor "
    r"musun(?:uz)?|minns du mig|(?:mai )?aminti[țţt]i de mine)",
    r"quanto tempo!",
    r"lange nicht (?:gesehen|geh[öo]rt)|lama (?:tak|tidak) (?:jumpa|bertemu|berjumpa|ketemu)",
    r"a gente se (?:conheceu|viu|falou) (?:n[oa]|em|durante|ontem)|nos present[óo]",
    # worked with you, said of the past: "foi ótimo trabalhar com você", "avoir travaillé avec toi"
    r"foi (?:[\w-]{1,20} ){0,2}trabalhar com voc[êe]",
    r"fue (?:[\w-]{1,20} ){0,2}trabajar con(?:tigo| usted)",
    r"avoir travaill[ée] avec (?:toi|vous)",
    r"(?:es war|war) (?:[\w,.-]{1,25} ){0,4}mit (?:dir|ihnen|euch) (?:[\w.-]{1,25} ){0,5}(?:zu arbeiten|"
    r"zusammenzuarbeiten)",
)

RECIPIENT_WORK_REFERENCE = (
    rf"(?:read|reading|saw|seen|enjoyed|loved|liked|came across|noticed|watched|watching|heard|listened to|attended|"
    rf"found|followed|"
    rf"following|appreciated) your (?:(?!job|vacanc|hiring|career|recruit)[\w-]{{1,20}} ){{0,2}}{WORKS}",
    rf"your (?:{WORKS}|remarks|point|take|thoughts|insights) (?:on|about|at|regarding|re|around|last|yesterday|from)",
    r"agree(?:d)? with your|your point (?:about|on|that)|(?:as|like) you (?:said|wrote|mentioned|pointed out)",
    r"(?:loved|liked|enjoyed|admired|saw|seen|read|followed) your (?:recent |latest )?(?:work|project) (?:on|with|for)",
    r"(?:listened|listening) to you (?:on|at|speak)|heard you (?:speak|talk|on|at)", r"you (?:spoke|presented|wrote|"
    r"posted|shared|commented) (?:at|on|about|in|recently|yesterday|last)",
    r"(?:li|vi|gostei d[oa]|le[íi]|me gust[óo]) (?:seu|sua|tu|su) (?:post|artigo|palestra|publica[çc][ãa]o|"
    r"publicaci[óo]n|art[íi]culo|charla|ponencia)|j'ai (?:lu|vu|aim[ée]|appr[ée]ci[ée]) (?:votre|ton) (?:post|"
    r"article|intervention|publication|conf[ée]rence)|(?:ihren|deinen) (?:beitrag|artikel|vortrag)|saya (?:membaca|"
    r"melihat|baca|lihat) (?:postingan|artikel|tulisan)",
    # the same in the corpus's other languages: "assisti à sua palestra", "ho letto il tuo articolo", "je post over"
    r"li (?:o |a )?(?:seu|sua|teu|tua) (?:post|postagem|artigo|palestra|publica[çc][ãa]o|texto|apresenta[çc][ãa]o|"
    r"coment[áa]rio|podcast|v[íi]deo|live|entrevista|livro|webinar)|vi (?:o |a )?(?:seu|sua|teu|tua) (?:post|postagem|"
    r"artigo|palestra|publica[çc][ãa]o|texto|apresenta[çc][ãa]o|coment[áa]rio|podcast|v[íi]deo|live|entrevista|livro|"
    r"webinar)|assisti(?: a| [àa])? (?:o |a )?(?:seu|sua|teu|tua) (?:post|postagem|artigo|palestra|publica[çc][ãa]o|"
    r"texto|apresenta[çc][ãa]o|coment[áa]rio|podcast|v[íi]deo|live|entrevista|livro|webinar)|ouvi (?:o |a )?(?:seu|"
    r"sua|teu|tua) (?:post|postagem|artigo|palestra|publica[çc][ãa]o|texto|apresenta[çc][ãa]o|coment[áa]rio|podcast|"
    r"v[íi]deo|live|entrevista|livro|webinar)|acompanhei (?:o |a )?(?:seu|sua|teu|tua) (?:post|postagem|artigo|"
    r"palestra|publica[çc][ãa]o|texto|apresenta[çc][ãa]o|coment[áa]rio|podcast|v[íi]deo|live|entrevista|livro|"
    r"webinar)|gostei (?:muito )?d[oa] (?:o |a )?(?:seu|sua|teu|tua) (?:post|postagem|artigo|palestra|"
    r"publica[çc][ãa]o|texto|apresenta[çc][ãa]o|coment[áa]rio|podcast|v[íi]deo|live|entrevista|livro|webinar)|adorei "
    r"(?:o |a )?(?:seu|sua|teu|tua) (?:post|postagem|artigo|palestra|publica[çc][ãa]o|texto|apresenta[çc][ãa]o|"
    r"coment[áa]rio|podcast|v[íi]deo|live|entrevista|livro|webinar)",
    r"(?<=le[íi] )(?:tu|su) (?:post|publicaci[óo]n|art[íi]culo|charla|ponencia|presentaci[óo]n|comentario|podcast|"
    r"v[íi]deo|entrevista|hilo|libro|webinar)|vi (?:tu|su) (?:post|publicaci[óo]n|art[íi]culo|charla|ponencia|"
    r"presentaci[óo]n|comentario|podcast|v[íi]deo|entrevista|hilo|libro|webinar)|escuch[ée] (?:tu|su) (?:post|"
    r"publicaci[óo]n|art[íi]culo|charla|ponencia|presentaci[óo]n|comentario|podcast|v[íi]deo|entrevista|hilo|libro|"
    r"webinar)|segu[íi] (?:tu|su) (?:post|publicaci[óo]n|art[íi]culo|charla|ponencia|presentaci[óo]n|comentario|"
    r"podcast|v[íi]deo|entrevista|hilo|libro|webinar)|me gust[óo] (?:mucho )?(?:tu|su) (?:post|publicaci[óo]n|"
    r"art[íi]culo|charla|ponencia|presentaci[óo]n|comentario|podcast|v[íi]deo|entrevista|hilo|libro|webinar)|"
    r"disfrut[ée] (?:de )?(?:tu|su) (?:post|publicaci[óo]n|art[íi]culo|charla|ponencia|presentaci[óo]n|comentario|"
    r"podcast|v[íi]deo|entrevista|hilo|libro|webinar)|me encant[óo] (?:tu|su) (?:post|publicaci[óo]n|art[íi]culo|"
    r"charla|ponencia|presentaci[óo]n|comentario|podcast|v[íi]deo|entrevista|hilo|libro|webinar)",
    r"(?:seu|sua|tu|su) (?:post|postagem|artigo|art[íi]culo|palestra|publica[çc][ãa]o|publicaci[óo]n|charla|ponencia|"
    r"coment[áa]rio|comentario) (?:sobre|acerca de|de ontem|de ayer|no linkedin|en linkedin)",
    r"j'ai (?:lu|vu|aim[ée]|appr[ée]ci[ée]|beaucoup aim[ée]|[ée]cout[ée]|suivi|regard[ée]) (?:avec (?:grand |beaucoup "
    r"d')?int[ée]r[êe]t )?(?:votre|ton) (?:post|article|publication|intervention|conf[ée]rence|pr[ée]sentation|"
    r"commentaire|podcast|talk|tribune|livre|webinar|interview)|(?:votre|ton) (?:post|article|publication|"
    r"intervention|commentaire|tribune) (?:sur|[àa] propos|concernant|au sujet)",
    r"(?:ihr(?:en)?|dein(?:en)?) (?:linkedin-)?(?:post|beitrag|artikel|vortrag|kommentar|podcast|talk|buch|impuls|"
    r"keynote|interview|blogbeitrag|webinar) (?:zu|zum|zur|[üu]ber|auf|bei|gelesen|gesehen|geh[öo]rt|von gestern)",
    r"(?:ho letto|ho visto|ho ascoltato|ho seguito|mi [èe] piaciut[oa]|ho apprezzato) (?:(?:molto|con (?:grande"
    r" )?interesse) )?(?:il tuo|il suo|la tua|la sua|tuo|suo|tua|sua) (?:post|articolo|intervento|talk|pubblicazione|"
    r"commento|presentazione|podcast|libro|webinar|intervista)|(?:il tuo|il suo|la tua|la sua) (?:post|articolo|"
    r"intervento|pubblicazione|commento|talk|presentazione) (?:su|sul|sulla|sull'|riguardo|a proposito|di ieri)",
    r"(?:je|jouw|uw) (?:linkedin-?)?(?:post|artikel|bericht|blog|presentatie|talk|lezing|reactie|podcast|boek|"
    r"interview|webinar|column|keynote) (?:over|op|bij|tijdens|van gisteren|gelezen|gezien|gehoord|beluisterd)",
    r"(?:sudah |telah )?(?:membaca|menonton|mendengarkan|mengikuti|baca|tonton) (?:postingan|artikel|tulisan|"
    r"presentasi|webinar|podcast|unggahan|hantaran|ceramah|perkongsian)|(?:postingan|artikel|tulisan|presentasi|"
    r"unggahan|komentar|hantaran|perkongsian) (?:anda|kamu|bapak|ibu|tuan|puan) (?:tentang|mengenai|soal|terkait|"
    r"kemarin|semalam)",
    r"(?:przeczyta|czyta|widzia|obejrza|wys[łl]ucha)[łl](?:am|em) (?:z (?:du[żz]ym )?zainteresowaniem )?(?:tw[óo]j|"
    r"twoj[aeą]|pana|pani|pa[ńn]stwa) (?:post|artyku[łl]|wpis|wyst[ąa]pienie|prezentacj[ęe]|komentarz|podcast|wywiad|"
    r"ksi[ąa][żz]k[ęe])",
    r"(?:pana|pani) (?:post|artyku[łl]|wpis|komentarz) (?:o|na temat|dotycz)",
    r"(?:yaz[iİıI]n[iİıI]z[iİıI]|yaz[iİıI]n[iİıI]|payla[şs][iİıI]m[iİıI]n[iİıI]z[iİıI]|payla[şs][iİıI]m[iİıI]n[iİıI]|"
    r"makalen[iİıI]z[iİıI]|sunumunuzu|konu[şs]man[iİıI]z[iİıI]|yorumunuzu) (?:[\w-]{1,20} )?(?:okudum|g[öo]rd[üu]m|"
    r"[iİıI]zled[iİıI]m|d[iİıI]nled[iİıI]m|be[ğg]end[iİıI]m)",
    r"jag (?:l[äa]ste|s[åa]g|har l[äa]st|har sett) (?:ditt|din|ert|er) (?:inl[äa]gg|artikel|f[öo]redrag|presentation|"
    r"kommentar|podd|podcast|bok|intervju|post)",
    r"(?:ditt|din|ert|er) (?:inl[äa]gg|artikel|f[öo]redrag|presentation|kommentar) (?:om|p[åa] linkedin|kring|ig[åa]r)",
    r"(?:am citit|am v[ăa]zut|am ascultat|mi-a pl[ăa]cut) (?:cu (?:mult )?interes )?(?:articolul|postarea|prezentarea|"
    r"interviul|comentariul|podcastul|cartea|discursul) (?:t[ăa]u|ta|dumneavoastr[ăa]|dvs)",
    # more of the recipient's work, seen or read: "acompanhei seu depoimento", "he visto tu hilo", "ik las je artikel"
    r"(?:vi|li|acompanhei|assisti) (?:o |a |os |as )?(?:seus|suas|seu|sua) (?:posts|artigos|publica[çc][õo]es|"
    r"resposta|depoimento|estudo|pesquisa|tese)",
    r"vi (?:en )?(?:tu|su|tus|sus) (?:publicaci[óo]n|publicaciones|posts|art[íi]culos|hilo|p[óo]ster|estudio|trabajo "
    r"publicado|respuesta|investigaci[óo]n|tesis)|(?<=le[íi] )(?:en )?(?:tu|su|tus|sus) (?:publicaci[óo]n|"
    r"publicaciones|posts|art[íi]culos|hilo|p[óo]ster|estudio|trabajo publicado|respuesta|investigaci[óo]n|tesis)|he "
    r"le[íi]do (?:en )?(?:tu|su|tus|sus) (?:publicaci[óo]n|publicaciones|posts|art[íi]culos|hilo|p[óo]ster|estudio|"
    r"trabajo publicado|respuesta|investigaci[óo]n|tesis)|he visto (?:en )?(?:tu|su|tus|sus) (?:publicaci[óo]n|"
    r"publicaciones|posts|art[íi]culos|hilo|p[óo]ster|estudio|trabajo publicado|respuesta|investigaci[óo]n|tesis)|"
    r"segu[íi] (?:en )?(?:tu|su|tus|sus) (?:publicaci[óo]n|publicaciones|posts|art[íi]culos|hilo|p[óo]ster|estudio|"
    r"trabajo publicado|respuesta|investigaci[óo]n|tesis)",
    r"j'ai (?:lu|vu|aim[ée]|appr[ée]ci[ée]|[ée]cout[ée]|suivi) (?:ta|tes|vos|votre|ton) (?:publication|publications|"
    r"posts?|articles?|[ée]tude|texte|r[ée]ponse|th[èe]se|recherche|pr[ée]sentation|intervention)|ho letto (?:la sua|"
    r"la tua|il suo|il tuo) (?:analisi|studio|ricerca|risposta|tesi)",
    r"(?:ik )?(?:las|zag|lees) (?:je|jouw|uw) (?:artikel|post|draadje|onderzoek|vraag|antwoord|studie|column|blog)|"
    r"(?:je|jouw|uw) (?:artikel|post|column|blog) in",
    r"(?:jag|och) s[åa]g (?:din|er) (?:fr[åa]ga|studie|forskning|tr[åa]d)",
    r"am citit (?:lucrarea|studiul|cercetarea|r[ăa]spunsul) (?:t[ăa]|dumneavoastr[ăa]|dvs)",
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
    r"(?:discord|slack) (?:server|community|group|channel|workspace)",
    # a chat group the sender is in, named: "estou no Grupo de Data Engineering no WhatsApp", "faço parte do grupo de
    # UX no Telegram", "I'm in the Lagos PMs community on WhatsApp"
    r"(?:estou|estamos|t[ôo]|estoy|fa[çc]o parte|fazemos parte|formo parte|sou|somos|soy)(?: tamb[ée]m| tambi[ée]n)? "
    r"(?:no|na|num|numa|do|da|del|en el|en la|em um|em uma|de um|de uma|de un|de una) (?:mesmo |mismo )?(?:grupo|"
    r"comunidade|comunidad|canal) (?:[\w&.+#'-]{1,25} ){0,5}(?:no|do|de|en|em|na|da) (?:whatsapp|telegram|discord|"
    r"slack)",
    r"(?:i'm|i am|im|we're|we are)(?: both| also)? (?:in|on|part of|a member of|members of) (?:the|a|this) (?:(?:group|"
    r"community|channel) (?:[\w&.+#'-]{1,25} ){0,5}|(?:[\w&.+#'-]{1,25} ){0,5}(?:group|community|channel|chat|server) )"
    r"(?:on|in) (?:whatsapp|telegram|discord|slack)",
    # where the sender found the recipient, when it is a named place and not LinkedIn itself ("in"/"from" often
    # name a city): "found your profile through Coding Minutes discord", "saw your linkedin on XHacks"
    r"(?:connecting with you|found (?:you|your (?:li |linkedin )?profile)|saw (?:you|your (?:li |linkedin )?"
    r"(?:profile|linkedin))|came across (?:you|your (?:li |linkedin )?profile)) (?:through|via|on) "
    r"(?!(?:linkedin|li|my|your|a|an|google|search|facebook|instagram|tiktok|people|pymk|feed|suggestions?|indeed|"
    r"glassdoor|naukri|monster|ziprecruiter|jobstreet|dice|careerbuilder|job ?boards?|"
    r"recommendations?|the (?:platform|app|site|website|feed|search|algorithm|suggestions?|recommendations?|"
    r"people|linkedin|internet|web))\b)[\w'&.@#-]{2,30}(?: (?!(?:and|to|i|would|so|but|as|&)\b)[\w'&.@#-]{1,30})"
    r"{0,2}",
    r"(?:both|also) (?:are|were) (?:members?|part) of",
    r"(?:scholarship|fellowship|bootcamp|mentorship|mentoring|accelerator) (?:program|programme|cohort|batch|track)",
    # the same in the corpus's other languages: "também sou membro da", "ci siamo entrambi nel", "sesama alumni"
    r"(?:tamb[ée]m|tambi[ée]n) (?:sou|soy|somos) (?:membro|miembro|s[óo]ci[oa]|associad[oa]|parte)s?|(?:ambos|ambas|"
    r"os dois|as duas|los dos|las dos) (?:somos (?:membros|miembros|s[óo]ci[oa]s)|fazemos parte|formamos parte)|"
    r"(?:mesmo|mismo) (?:grupo|f[óo]rum|foro|cap[íi]tulo|clube|club)|(?:organizo|coorganizo|coordeno|coordino|lidero) "
    r"(?:o|a|el|la|um|uma|un|una) (?:[\w-]{1,20} ){0,3}(?:meetup|comunidade|comunidad|grupo|encontro|encuentro|"
    r"f[óo]rum|foro|cap[íi]tulo)",
    r"(?:aussi) (?:membre|adh[ée]rente?|b[ée]n[ée]vole)s?",
    r"(?:tous|toutes) (?:les )?deux (?:membres|adh[ée]rents|adh[ée]rentes)",
    r"(?:la|le|du|de la|au|dans la|dans le) m[êe]me (?:communaut[ée]|association|promo(?:tion)?|club|groupe)",
    r"(?:auch|ebenfalls) (?:mitglied|teil) (?:im|in der|des|der|bei)",
    r"(?:anch'io|anche io) (?:sono )?(?:membro|socio|socia|parte|iscritt[oa])|(?:siamo )?entrambi (?:membri|soci|"
    r"iscritti|parte)",
    r"ook lid (?:van|bij)",
    r"sesama (?:anggota|member|alumni|alumnus|peserta|pengurus|ahli|relawan)",
    r"jestem (?:te[żz]|r[óo]wnie[żz]) (?:cz[łl]onkiem|cz[łl]onkini[aą])",
    r"(?:ben de|ikimiz de) (?:[\w-]{1,20} ){0,3}(?:[üu]yesiyim|[üu]yeyiz|[üu]yesi)",
    r"sunt (?:[șşs]i eu|de asemenea) (?:membr[uă]|membra) (?:al|a|[îi]n)",
    r"ik zit ook in (?:de|het)|wir sind beide (?:im|in der|bei|mitglied)|(?:on fait|nous faisons) (?:tous|toutes) "
    r"(?:les )?deux partie|jag [äa]r ocks[åa] (?:med|medlem) i",
)

THANKS_FOR_ACCEPTING = (
    r"(?:thanks?|thank you|thx|thnx|tks|ty|many thanks|appreciate(?: you)?)(?: so much| very much|"
    r" a lot)? (?:for )?(?:connecting|accepting|adding me|the connect(?:ion)?|the add|linking|being connected|"
    r"accepting my (?:invite|invitation|request|connection(?: request)?))", r"(?:glad|happy|great|nice|good|delighted|"
    r"pleased) (?:that )?(?:we(?:'re| are)|to be|we got) (?:now )?connected", r"now that we(?:'re| are) connected",
    # the same in the corpus's other languages: "obrigado por aceitar", "merci d'avoir accepté", "tack för kontakten"
    r"(?:obrigad[oa]|valeu) (?:por|pela|pelo) (?:aceitar|me aceitar|conectar|a conex[ãa]o|adicionar|me adicionar|"
    r"aceite)|gracias por (?:aceptar|conectar|la conexi[óo]n|agregarme|a[ñn]adirme|aceptarme)|merci (?:beaucoup |bien"
    r" )?(?:d'avoir accept[ée]|pour l'ajout|pour la connexion|d'accepter|de m'avoir ajout[ée])",
    r"(?:danke|vielen dank) (?:f[üu]rs|f[üu]r das|f[üu]r die|f[üu]r ihre|f[üu]r deine) (?:annehmen|akzeptieren|"
    r"vernetzen|vernetzung|annahme|best[äa]tigung)|grazie (?:mille )?(?:per (?:aver accettato|il collegamento|la "
    r"connessione|avermi aggiunto)|di (?:aver accettato|avermi accettato))|(?:bedankt|dank je|dank u|dankjewel|"
    r"dankuwel) (?:wel )?voor (?:het (?:accepteren|connecten|verbinden|linken)|de connectie)",
    r"terima kasih (?:sudah |telah |atas |untuk )?(?:menerima|terhubung|koneksi(?:nya)?|connect|menambahkan)|"
    r"dzi[ęe]kuj[ęe] (?:za (?:przyj[ęe]cie|akceptacj[ęe]|dodanie|po[łl][ąa]czenie|zaakceptowanie)|[żz]e "
    r"(?:przyj[ąa][łl]|zaakceptowa[łl]))|kabul (?:etti[ğg]iniz|kurdu[ğg]unuz) (?:[iİıI][çc]in )?te[şs]ekk[üu]r\w{0,6}",
    r"tack f[öo]r (?:att (?:du|ni) (?:accepterade|godk[äa]nde|lade till)|kontakten|connecten|accepten)|mul[țţt]umesc "
    r"(?:frumos )?(?:pentru (?:acceptare|conectare|ad[ăa]ugare)|c[ăa] (?:a[țţt]i|ai) acceptat)",
    r"senang (?:bisa |dapat )?terhubung(?! (?:lagi|kembali))",
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
    r"view)", r"(?:want|wanted|would like|'d like) to (?:know|ask|get|learn) (?:a few |few |some |more )?"
    r"(?:things|info|information|details|insights?) (?:about|regarding|on|of)"
    r"(?! (?:the |any |your )?(?:jobs?|openings?|vacanc|roles?|positions?|referrals?|opportunit|hiring))",
)
