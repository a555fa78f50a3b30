"""The regex vocabulary of the bait, fraud and trick signals: data only, one tuple of patterns per signal.

Off-platform contact, money bait, romance openers, links, unfilled merge fields, requests for fees or
personal details, too-good offers and text aimed at the screener itself. `signal_vocabulary` re-exports
these tuples; the same rules hold (whole words, case-insensitive, every quantifier bounded).
"""

from __future__ import annotations

from linkscreen.core.headline_vocabulary import OPPORTUNITY

LOOKS = r"(?:handsome|beautiful|gorgeous|stunning|cute|pretty|lovely|attractive|charming|sexy)"
MERGE_FIELDS = (r"(?:first[ _]?name|firstname|last[ _]?name|lastname|full[ _]?name|name|company(?:[ _]?name)?|"
                r"job[ _]?title|title|role|position|city|location|industry|recipient|contact|prospect|your[ _]?name|"
                r"school|fname|lname)")

# A chat group named as where two people met ("saw you in the GATE prep telegram group") is shared context, not a
# move off LinkedIn; being asked into the sender's own group ("join my Telegram group", "add you to") still is.
_WHATSAPP = r"(?:wh?at'?s ?ap+|whatapp|whtsapp|whats@pp)"
_CHAT_APP = rf"(?:{_WHATSAPP}|tele?gram)"
_GROUP = r"(?:groups?|channels?|communit(?:y|ies))"
_CHAT_GROUP = rf"(?: [\w-]{{1,20}})? (?:{_GROUP}|circles?)\b"
# The app after a group named as where they are ("the study group on Telegram", "estou no Grupo de Data Engineering
# no WhatsApp") is vetoed by the signal: a look-behind cannot hold a group's name of any length.
OFF_PLATFORM_VETO = (rf"\b(?:{_GROUP}|grupos?|gruppen?|groupes?|gruppo|groep|grupa|comunidades?|communaut[ée]|canal)"
                     r"(?: [\w&.+#'-]{1,25}){0,5} (?:on|in|no|do|na|da|de|em|en|auf|sur|su|op|p[åa])")

# "Write to me" in each language the corpus meets, with how it goes on: in private (a move off LinkedIn, "scrivimi in
# privato") or plainly (contact details, "contactez-moi par e-mail"). Each ask is written once for both signals.
_WRITE_TO_ME = (  # (the ask, its private ending, its plain ending)
    (r"(?:text|call|message|msg|ring|reach|contact|email|e-mail|mail|write|ping|dm) me", r"privately",
     r"(?:at|on|via|through|directly)(?! (?:here|linkedin|this))"),
    (r"(?:escr[íi]beme|escr[íi]bame)", r"(?:al|por|en) privado", r"(?:al|por|a mi|directamente)(?! privado)"),
    (r"contactez-moi", r"en priv[ée]", r"(?:sur|via|par|directement)"),
    (r"(?:schreib|schreiben sie|kontaktieren sie|ruf|rufen sie) (?:mir|mich)(?: gerne)?", r"privat",
     r"(?:auf|per|[üu]ber|unter|direkt)"),
    (r"(?:scrivimi|contattami|chiamami|scrivetemi|mandami un messaggio)", r"in privato",
     r"(?:su|via|al|a|direttamente)"),
    (r"(?:stuur|bel|mail|contacteer) (?:me|mij)", r"priv[ée]", r"(?:op|via)"),
    (r"(?:napisz|zadzwo[ńn]|odezwij si[ęe])(?: do mnie)?", r"prywatnie", r"(?:na|przez|pod|bezpo[śs]rednio)"),
    (r"(?:skriv|ring|sms:a|maila|mejla|kontakta) (?:till )?mig", r"privat", r"(?:p[åa]|via|direkt)"),
    (r"(?:scrie-mi|sun[ăa]-m[ăa]|contacteaz[ăa]-m[ăa]|scrie[țţt]i-mi|contacta[țţt]i-m[ăa]|suna[țţt]i-m[ăa])",
     r"(?:pe |in |[îi]n )?privat", r"(?:pe|prin|direct|la)(?! privat)"),
)

OFF_PLATFORM_CONTACT = (
    rf"{_WHATSAPP}(?!{_CHAT_GROUP})|wa\.me",
    rf"tele?gram(?!{_CHAT_GROUP})|t\.me/\w{{1,40}}",
    rf"(?:join|add (?:you|u) (?:to|in)|invite (?:you|u) (?:to|in)|(?:in|on|to) my) (?:[\w'-]{{1,20}} ){{0,3}}"
    rf"(?:{_CHAT_APP}{_CHAT_GROUP}|{_GROUP} (?:on|in) {_CHAT_APP})",
    r"signal (?:app|messenger|number)",
    r"wechat|(?:on|via|through|my|add me on) we chat|we chat id|weixin|viber|kakao ?talk|line id|kik|"
    r"(?:google )?hangouts?|google chat", r"(?:personal|private) (?:email|e-mail|chat|number)",
    r"(?:wire|threema|session|snapchat|line) app|"
    r"download the [\w-]{2,20} app",
    # "chama no zap", "app me op", "bana özel mesajla yazın", and every "write to me in private"
    r"(?:no|pelo|via) (?:zap|zapzap|whats)|me chama no (?:zap|whats|privado)|(?:app|whatsapp) (?:me|mij) (?:op|via)",
    r"(?:bana|benimle) [öo]zel(?:den| mesaj\w{0,3})",
    *(f"{ask} {private}" for ask, private, _ in _WRITE_TO_ME),
)

# An e-mail address or a phone number, or a plain ask to use one ("drop me an email", "my number is"): how
# legitimate senders sign far more often than how scammers lure; kept apart from the chat apps and private asks
# above so the model can weigh the two differently.
CONTACT_DETAILS = (
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}", r"\+ ?\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,5}){2,4}",
    r"\(?0\d{1,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}",
    r"my (?:direct )?(?:email|e-mail|mail|number|phone|cell|mobile|contact|handle|id)(?: address| number)?(?: is|:)",
    r"(?:send|drop) me an? (?:email|e-mail|mail|text|sms)",
    # every plain "write to me" ("email me at", "contactez-moi par e-mail", "ring mig på"), and the Turkish one
    *(f"{ask} {plain}" for ask, _, plain in _WRITE_TO_ME),
    r"(?:bana|benimle) (?![öo]zel)(?:[\w-]{1,20} ){0,2}(?:ula[şs][iİıI]n|yaz[iİıI]n|"
    r"[iİıI]let[iİıI][şs][iİıI]me ge[çc][iİıI]n)",
)

MONEY_BAIT = (
    r"(?:earn|earning|earned|make|making|made|generate|generating|profit|profited|receive)(?: up to| over| about|"
    r" around)? [$£€₦]? ?\d[\d,.]{0,12} ?(?:k|usd|dollars|pounds|euros|btc|usdt)?(?: (?:a|per|each|every) (?:day|week|"
    r"month|hour|trade)| weekly| daily| monthly)", r"(?:passive|residual|extra|second) income|side (?:income|hustle)",
    rf"(?<!for )(?<!seeking )investment (?:{OPPORTUNITY}|plans?|platform|scheme|package)",  # never investors' search
    r"invest (?:with|in) (?:me|us|crypto|bitcoin|forex|my)",
    # crypto as money made, never as a market someone hires or works in ("the Crypto Licensing Market")
    r"usdt|forex|binary options?|(?:trad(?:e|es|ed|ing)|invest(?:ing|ed|ment|ments)?|earn(?:s|ed|ing)?|profits?|"
    r"inversi[óo]n|invertir|investir|investissement|handel(?:en)?|lost) (?:[\w-]{1,15} ){0,3}(?:crypto(?:currenc(?:y|"
    r"ies))?|bitcoins?|btc|ethereum)|\d{2,3} ?% (?:win rate|accurate (?:signals|trades|calls))|recover "
    r"(?:[\w-]{1,15} ){0,3}lost (?:funds|money|crypto|assets)|(?:crypto(?:currenc(?:y|ies))?|"
    r"bitcoins?|btc|ethereum)[- ](?:trad(?:e|es|er|ers|ing)|invest(?:ing|or|ors|ment|ments)?|mining|arbitrage|"
    r"signals?|mentor|analyst|wallet|platform|pool|portfolio|account|profits?|returns?|funds|atm)",
    r"(?:daily|weekly|monthly|guaranteed|huge|massive|consistent) (?:profits?|returns?|income|payouts?|roi)",
    r"\d{1,4} ?% (?:daily|weekly|monthly|guaranteed|profit|returns?)", r"financial(?:ly)? free(?:dom)?|"
    r"be your own boss", r"mlm|multi[- ]level marketing|network marketing|downline",
    # a business opportunity offered as such, never "a book of business opportunities" or "Lucrative referral bonus"
    rf"(?:a|an|our|this|my|the) (?:[\w-]{{1,15}} )?business (?:{OPPORTUNITY}|proposal|deals?)|get rich|lucrative "
    r"(?:business|deal|contract|proposal|investment)", r"double your (?:money|investment|income)",
    r"(?:receive|get|earn|keep) \d{1,2} ?% (?:of|for)",
    r"(?:foreign|reliable|trustworthy|trusted) partner (?:to|in your country|who)",
    r"(?:move|transfer|receive) (?:the |his |her |these )?(?:funds|payment|inheritance)",
    r"politically exposed|next of kin|unclaimed", r"trading (?:platform|account|expert|mentor|signals|strategy|bot)",
    # the multi-level-marketing recruiter who never names a product: "open to new ventures?", "doing things online"
    r"(?:open to|interested in|looking for) (?:new |other |exciting )?(?:business )?ventures"
    r"|(?:new |additional |extra |"
    r"multiple )income streams?|(?:doing|do) (?:some )?(?:things|business|stuff) online|ground[- ]floor",
    r"(?:looking for|seeking|need) (?:a few |some |\d{1,2} )?(?:more )?"
    r"(?:motivated|driven|ambitious|like-minded|hungry|coachable|positive|hard-working) "
    r"(?:people|women|men|ladies|mums|moms|mamas|individuals|entrepreneurs|go-getters) "
    r"(?:to join|who want)|life[- ]changing (?:opportunity|income|business|results)",
    # the same in the corpus's other languages: earnings per day or week, passive income, guaranteed returns, MLM
    r"(?:ganhe|ganhar|ganho|gane|ganar|gano|gagnez|gagner|gagne|verdiene|verdienen|guadagna|guadagnare|guadagno|"
    r"verdien|verdient|dapatkan|hasilkan|menghasilkan|zarabiaj|zarabiam|zarobi[ćc]|tj[äa]na|tj[äa]nar) (?:at[ée] |"
    r"hasta |jusqu'[àa] |bis zu |fino a |tot |hingga |sampai |do |nawet |upp till |p[âa]n[ăa] la )?(?:r\$|rp|[$£€]|"
    r"z[łl]|kr)? ?\d[\d.,]{0,9} ?(?:k|mil|reais|euros?|usd|d[óo]lares|dollars?|juta|ribu|z[łl]|pln|kr|kronor|lei|ron|"
    r"€|\$|%)? (?:(?:por|par|pro|al|a la|a|per|in de|op|om|pe|[îi]n fiecare|i|na) (?:dia|semana|m[êe]s|mes|jour|"
    r"semaine|mois|tag|woche|monat|giorno|settimana|mese|dag|week|maand|hari|minggu|bulan|dzie[ńn]|tydzie[ńn]|veckan|"
    r"m[åa]naden|dagen|zi|lun[ăa]|s[ăa]pt[ăa]m[âa]n[ăa])|sehari|seminggu|sebulan|dziennie|tygodniowo|miesi[ęe]cznie)",
    r"renda (?:passiva|extra)|ingresos? (?:pasivos?|extra)|revenus? (?:passifs?|compl[ée]mentaires?)|penghasilan "
    r"(?:pasif|tambahan)|venit(?:uri)? (?:pasiv(?:e)?|suplimentar(?:e)?)",
    r"(?:lucros?|rendimentos?|retornos?|ganhos|beneficios|ganancias|rentabilidad|gains|rendements?|profitti|"
    r"rendimenti|guadagni|keuntungan|profit) (?:garantid[oa]s?|garantizad[oa]s?|garanti(?:e|s|es)?|di[áa]ri[oa]s?|"
    r"quotidiens?|garantit[ie]|giornalier[ie]|dijamin|harian|garantat[ăe]?|zilnic[ăe]?)",
    r"(?:garantierte[n]?|gegarandeerde?|dagelijkse?|gwarantowan[ye]|codzienn[ye]|garantili|garanterad|daglig) "
    r"(?:gewinne?|renditen?|ertr[äa]ge|rendement|winst|zyski?|zwrot|doch[óo]d|kazan[çc]|getiri|avkastning|vinst)",
    r"finanzielle (?:freiheit|unabh[äa]ngigkeit)",
)

ROMANCE_FLATTERY = (
    rf"(?:you(?:'re| are| look)|u r|ur) (?:so |very |really |truly |such an? |an? )?{LOOKS}", r"handsome|sexy",
    r"(?:so|very|really|such a|what a) (?:handsome|gorgeous|cute)", rf"{LOOKS} (?:man|woman|lady|gentleman|face|smile|"
    rf"eyes|girl|guy|soul)", r"(?:my|hello|hi|hey|oh) (?:dear|dearest|darling|sweetheart|honey)|dear (?:friend|one|"
    r"beloved)|dearest|sweetheart|darling|sweetie|babe|(?:meu|minha|mi) querid[oa]|querid[oa] amig[oa]",
    r"your (?:lovely |beautiful |nice |charming |sweet |warm |amazing )?(?:smile|eyes|face|looks)",
    # "...and I felt", never "...and was impressed" (anyone's opener)
    r"(?:saw|seen|came across|found|viewed|checked|went through|noticed) (?:your|ur) profile (?:and|&) (?:i )?"
    r"(?:felt|fell|couldn't)",
    r"(?:attracted|captivated|drawn) (?:by|with|to) (?:your|ur) (?:profile|smile|looks?|photo|picture|pic|beauty|"
    r"personality|face)", r"(?:impressed|amazed) (?:by|with) (?:your|ur) (?:smile|looks?|photo|picture|pic|beauty|"
    r"personality|face)", r"(?:your|ur) profile (?:picture|photo|pic)",
    r"(?:your|ur) (?:linkedin )?profile (?:is|looks) (?:very |so |really |quite )?(?:attractive|beautiful)",
    r"(?:i am|i'm|am) (?:a )?(?:single|widow|widower|divorced)|are you (?:single|"
    r"married)|single (?:mom|mum|dad|father|mother|lady|woman|man|parent)", r"(?:looking for|seeking|"
    r"find) (?:a )?(?:true )?(?:love|friendship|soul ?mate|life partner|serious relationship|good friend|new friend)",
    r"kind[- ]hearted|caring and loving|loving and caring", r"(?:hi|hello|hey) (?:beautiful|gorgeous|"
    r"handsome|pretty|sexy|cutie|cute)", r"(?:saw|seen|love|loved|like|liked) (?:your|ur) (?:pics?|photos?|pictures?)",
    r"how are (?:you|u) (?:doing )?today|where are (?:you|u) from",
    # the "wrong number" opener: "is this Mr. Harrison from the golf club? My assistant gave me this profile"
    r"is this (?:mr|mrs|ms|miss|dr)\.? [\w-]{1,20}(?: from| of| at)?|my (?:assistant|secretary|friend) gave me "
    r"(?:this|your) (?:profile|number|contact)",
    # small talk from a stranger with nothing to ask, the opener of befriend-then-invest scams: "I'm so bored at the
    # airport, want to chat a bit?", "my friend is late again lol, can we talk for a while?"
    r"(?:i'm|i am|im|feeling|feel) (?:so |very |really |a bit |a little |kinda |kind of )?(?:bored|lonely)",
    r"(?:can|could|shall) we (?:talk|chat) for a while|(?:want|like|wanna) to chat (?:a bit|a little|for a while)",
    r"let(?:'s|s| us)? be friends|(?:like|love|want) (?:us )?to be (?:your )?friends?|friend ?requests?",
    r"(?:you have|you've got|u have|you got) (?:a |such a |the )?(?:very |so |really )?"
    r"(?:nice|lovely|beautiful|great|cute|"
    r"charming|sweet|warm|pretty|killer) (?:smile|face|eyes)", r"(?:your|ur) (?:pic|pics|photo|photos|picture|profile "
    r"(?:pic|photo|picture)) (?:is|was|looks|are) (?:so |very |really |just )?(?:captivating|beautiful|lovely|stunning|"
    r"cute|gorgeous|amazing|attractive)",
)

LINK = (
    r"https?://\S{1,200}", r"www\.\S{1,200}", r"(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|lnkd\.in|ow\.ly|rb\.gy|cutt\.ly|"
    r"is\.gd|tiny\.cc|shorturl\.at)/\S{1,60}", r"(?<![@\w.-])(?!(?:asp|vb|"
    r"ado)\.net\b)[a-z0-9][\w-]{1,62}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:com|net|org|io|ai|biz|info|xyz|app|site|online|"
    r"store|shop|top|club|live|dev|tech|co\.nz|co\.uk|com\.au)(?:/\S{0,100})?", r"check (?:out )?(?:my|"
    r"our) (?:website|site|page|portfolio|channel|link|blog)", r"visit (?:my|our) (?:website|site|page|channel)",
    r"link in (?:my )?bio", r"click (?:on )?(?:the|this|my) link",
)

MERGE_FIELD = (
    r"\{\{? ?[\w .-]{1,30}? ?\}\}?", rf"\[ ?{MERGE_FIELDS} ?\]", rf"< ?{MERGE_FIELDS} ?>", r"%[a-z_]{2,30}%",
    rf"#{MERGE_FIELDS}#",
)

FEE_OR_DETAILS_REQUEST = (
    r"(?<!zero )(?<!no )(?<!free )(?<!waived )(?:registration|processing|application|training|visa|onboarding|admin|"
    r"administrative|activation|clearance|"
    r"verification|background check|document|certification|release|delivery|courier|shipping|handling|interview) fees?",
    r"(?:pay|paying|send|transfer) (?:a |the |small |token |refundable ){0,2}(?:fee|deposit|payment)",
    r"pay (?:a |the |just |only )?[$£€] ?\d{1,5}", r"(?:purchase|buy) (?:the |a )?(?:company |work )?(?:laptop|"
    r"equipment|kit|software|starter pack)", r"(?:send|provide|share|forward|submit|give) (?:me |us )?(?:your|"
    r"ur) (?:full |personal |contact |bank(?:ing)? |home |complete )?(?:details|information|info|address|full name|"
    r"phone number|date of birth|dob|passport|ssn)", r"bank(?:ing)? (?:details|account|information|info|login)|"
    r"account (?:number|details)|routing number|iban|swift code|sort code", r"(?:copy|scan|photo) of (?:your |a |"
    r"the )?(?:passport|id|driver'?s licen[cs]e)|passport (?:number|copy|details|photo|scan)",
    r"(?:national |photo )?id (?:card|number|copy)|drivers?'? licen[cs]e|social security|ssn|date of birth",
    r"gift ?cards?|western union|moneygram|wire transfer|upfront (?:payment|fee)|(?:refundable|security) deposit",
)

TOO_GOOD_OFFER = (
    rf"work (?:from|at) home (?:jobs?|{OPPORTUNITY}|positions?)", r"no experience (?:needed|required|necessary)",
    r"(?:online|remote|part[- ]time|home[- ]based) (?:jobs?|work|positions?) (?:paying|that pays|"
    r"with (?:a )?(?:high )?(?:salary|pay))", r"(?:you have been|you've been|you are|you were|u have been|u are|"
    r"u r) (?:selected|shortlisted|chosen|picked)|(?:congrats|congratulations) on being (?:selected|shortlisted|"
    r"chosen)|selected (?:you|u) for", r"congratulations,? you", r"100 ?% (?:legit|legal|genuine|guaranteed|safe|"
    r"risk[- ]free)", r"risk[- ]free (?:investment|returns?|profits?|income|trading)", r"guaranteed (?:income|"
    r"returns?|profits?|salary|job|placement)", r"(?:limited|only \d{1,3}) (?:slots|spots|places|seats) (?:left|"
    r"remaining|available)", r"(?:salary|pay|earn) of (?:up to )?[$£€] ?\d[\d,]{0,9}(?: ?k)? (?:per|a) (?:week|day|"
    r"hour)",
    # task-job scams in the languages they arrive in: "no se requiere experiencia, entre 30 y 150€ por hora"
    r"(?:no se requiere|sin) experiencia(?: previa)?(?: necesaria)?|n[ãa]o (?:[ée] necess[áa]ri[ao]|precisa(?: de)?|"
    r"requer) experi[êe]ncia|sem experi[êe]ncia (?:necess[áa]ria|pr[ée]via)|aucune exp[ée]rience (?:requise|"
    r"n[ée]cessaire)|keine (?:vor)?erfahrung (?:erforderlich|n[öo]tig|notwendig)",
    r"(?:entre|between|from|de|zwischen) [$£€]? ?\d{1,4} ?[$£€]? (?:y|e|and|et|und|to|a|-) [$£€]? ?\d{1,5} ?[$£€]?"
    r"(?: (?:usd|eur|dollars?|euros?|reais))? (?:per|a|por|par|pro) (?:hour|day|hora|d[íi]a|heure|jour|stunde|tag)",
)

SCREENER_MANIPULATION = (
    r"(?:ignore|disregard|forget) (?:all |any |the )?(?:previous|prior|above|earlier|your|preceding) (?:instructions|"
    r"prompts?|rules|directions|context)", r"(?:system|developer) (?:prompt|message|instructions?)",
    r"you are now (?:an? )?(?:ai|assistant|language model|llm|chatbot|classifier)|as an (?:ai|llm|language model)",
    r"(?:classify|label|mark|flag|treat|score|rate) (?:this|me|my)(?: (?:request|message|note|reply|invitation|invite|"
    r"sender|profile))? as (?:a |an )?(?:safe|known|trusted|legitimate|accepted|genuine|priority|context_given|"
    r"known_contact|peer_value)", r"new instructions:|\[inst\]|<\|im_start\|>",
)
