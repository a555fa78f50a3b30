"""Generic notes: a greeting and a wish to connect, nothing more, in any of a few languages.

"Hi, happy to connect!", "Please accept my request", "Ravi de rejoindre votre réseau": such a note says no
more about what the sender wants than LinkedIn's default note, so the taxonomy's rule for empty notes
applies (judge from the headline alone). A note is generic when every word of it is a greeting, a
courtesy or part of a request to connect, and it holds no number, link or address. A word that carries
meaning ("grow", "met", "role", "opportunity", "again") makes it specific. LinkedIn's own stock texts
("I'd like to add you to my professional network", in its interfaces' languages) count as no note at all
(`is_default_note`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from linkscreen.core.pattern_sets import normalise_text

MAX_GENERIC_WORDS = 30
MAX_GENERIC_CHARS = 300  # a longer note is never generic (and is not read word by word)

_ENGLISH = """
hi hello hey hiya heya hii helo hallo greetings greeting morning afternoon evening day there sir sirs
madam maam ma am mam mr mrs ms miss dr respected good
i me my we our you u your ur yours ya yall y'all
would will wish want wanted like love be being been am is are it its it's this that here on in to too with and
a an the of for as so very really just also always simply
great good nice happy glad pleased delighted keen eager honoured honored excited lovely wonderful
connect connecting connected connection link linking linked join joining add adding included include
network professional professionals people field industry sector other linkedin
came across saw seen viewed visited found profile thought pleasure
please pls plz kindly kind accept accepting request invite invitation
thanks thank thankyou thx thnx tks ty cheers regards best warm warmest warmly sincerely respectfully many much lot
let lets let's us hope hoping you're youre doing going how well keep stay staying touch look looking forward
have nice wonderful blessed bless god safe week weekend today ahead weather family fine everything meet
d s m ll re ve
"""
_OTHER_LANGUAGES = """
bonjour bonsoir salut madame monsieur je j moi vous votre vos te ton toi tu serais serai ravi ravie heureux heureuse
de d du des le la les l un une au aux a en et faire partie rejoindre rejoins reseau souhaiterais souhaite aimerais
voudrais ajouter connecter entrer contact avec plaisir echanger merci cordialement bonne journee bien espere allez
pour avoir accepte accepter accepte ma mon demande
hola buenos buenas dias tardes noches saludos saludo me encantaria encantado encantada gustaria conectar contigo con
usted tu su mi mis red agregar anadir formar sera seria placer gracias un una estar contacto es muy como estas esta
por favor aceptar acepte aceptado aceptada haber solicitud invitacion
ola oi bom boa dia tarde noite tudo bem gostaria fazer parte da do sua seu minha meu rede adicionar obrigado obrigada
abraco abracos prazer seria um uma contato em na no com voce voces aceitar aceite aceitado aceito ter convite
solicitacao
hallo guten tag morgen abend ich wurde mich uber eine einer vernetzung vernetzen freuen freue gerne gern mochte mit
ihnen ihrem ihr dir dich lass lassen uns sie auf die der den beste besten viele liebe herzliche grusse gruss danke
netzwerk meinem mein zu hinzufugen sich sehr fur annahme anfrage kontaktanfrage einladung angenommen haben meiner meine
halo hai selamat pagi siang sore malam salam kenal kak pak bu bapak ibu mas mbak terima kasih mohon izin terhubung
boleh berteman dengan anda saya ingin mau menerima undangan sudah permintaan
namaste namaskar ji aapse aap se judna judne chahta chahti hoon hun hu dhanyavaad dhanyawad shukriya
alaikum assalamu assalamualaikum marhaba ahlan shukran habibi
sr sra senor senora herr frau
"""
FILLER_WORDS = frozenset((_ENGLISH + _OTHER_LANGUAGES).split())

_NOT_WORDS = re.compile(r"[^\w']+|[\d_]+")  # a word in any script: one the filler words lack makes a note specific
# Latin letters that NFKD does not decompose, folded as readers type them without the key ("Søren", "Łukasz")
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                               "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h"})
_REPEATS = re.compile(r"(\w)\1+")
_LOWER_WORDS = re.compile(r"\b[a-z]+\b")
_SPECIFIC = re.compile(r"\d|@|https?:|www\.|\.(?:com|net|org|io)\b|\{|\[|%\w")


_LEADING = re.compile(
    r"(?:dear |respected )?"
    r"(?:(?:hi|hello|hey|hiya|heya|hii+|helo|hallo|hola|ola|oi|halo|hai|bonjour|bonsoir|salut|namaste|"
    r"namaskar|salam|marhaba|greetings|good (?:morning|afternoon|evening|day)|buen(?:o|a)s? (?:dias|tardes|noches)|"
    r"bom dia|boa (?:tarde|noite)|guten (?:tag|morgen|abend)|selamat (?:pagi|siang|sore|malam))\b[\W_]{0,5}){0,3}"
    r"(?:(?:mr|mrs|ms|miss|dr|sir|madam|ma'?am|pak|bu|ibu|bapak|kak|mas|mbak|ji|sr|sra|senor|senora|monsieur|madame|"
    r"herr|frau)\b\.?[\W_]{0,5})?",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?!I\b|I')[A-Z][\w'-]{0,30}(?:[ -][A-Z][\w'-]{0,30})?\b")  # capitalised, as names are written
_CLOSING_NAME = re.compile(
    r"\b(thanks|thank you|cheers|regards|best|saludos|merci|danke|gracias|obrigad[oa]|abraco|salam)[\W_]{1,5}"
    r"(?-i:[A-Z][\w'-]{0,30}(?: [A-Z][\w'-]{0,30}){0,2})[\W_]*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def is_generic_note(message: str) -> bool:
    """True when a non-empty note holds only greetings, courtesies and a wish to connect."""
    if len(message) > MAX_GENERIC_CHARS or not message.strip():
        return False
    if not all(_is_filler(word) for word in _LOWER_WORDS.findall(message)):  # quick: names are not lower-case
        return False
    if _SPECIFIC.search(message.casefold()):
        return False
    text = message.replace("\u2019", "'")
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        text = text.translate(_UNDECOMPOSED)
    text = _CLOSING_NAME.sub(r"\1", _drop_greeting(text.strip(" \t\n,.!")), count=1)
    words = _NOT_WORDS.sub(" ", text.casefold()).replace("'", " ").split()
    return len(words) <= MAX_GENERIC_WORDS and all(_is_filler(word) for word in words)


def _is_filler(word: str) -> bool:
    """True for a filler word, also when typed with letters held down ("heyyy", "thankss")."""
    return word in FILLER_WORDS or _REPEATS.sub(r"\1", word) in FILLER_WORDS


def _drop_greeting(text: str) -> str:
    """Drop an opening greeting, and the capitalised name it greets (the recipient's)."""
    greeting = _LEADING.match(text)
    if greeting is None or not greeting.group(0):
        return text
    name = _NAME.match(text, greeting.end())
    return text[name.end() if name else greeting.end():]


# LinkedIn's stock invitation texts, in English and in the languages of its other interfaces (the export keeps
# the text the sender's interface wrote), after an optional greeting ("Hi Ana," or just "Ana,") and before an
# optional "- Name" or "Regards, Name". The first is LinkedIn's stock text of the 2010s, still quoted in old exports.
_STOCK_TEXTS = (
    r"since you are a person i trust,? i wanted to invite you to join my (?:professional )?network",
    r"i(?:'d| would) like to (?:add you to my professional network|join your (?:linkedin |professional )?network"
    r"|connect(?: with you)?)", r"i want to connect with you",
    r"please add me to your (?:linkedin |professional )?network",
    r"gostaria de (?:adicion[aá]-l[oa](?:\(a\))?|adicionar voc[eê]|me conectar com voc[eê]|me conectar)"
    r"(?: [aà] minha rede(?: profissional)?)?",
    r"me gustar[ií]a (?:a[nñ]adirte|agregarte|conectar contigo)(?: a mi red(?: profesional)?)?",
    r"je souhaiterais vous inviter [aà] rejoindre mon r[ée]seau professionnel(?: en ligne)?"
    r"(?:,? sur le site linkedin)?",
    r"j'aimerais (?:faire partie de votre r[ée]seau|vous ajouter [aà] mon r[ée]seau)(?: professionnel)?",
    r"ich m[öo]chte sie (?:gerne |gern )?(?:zu meinem (?:beruflichen )?netzwerk(?: auf linkedin)? hinzuf[üu]gen"
    r"|als kontakt hinzuf[üu]gen)",
    r"vorrei aggiungerti alla mia rete(?: professionale)?",
    r"ik wil je (?:graag )?toevoegen aan mijn (?:professionele )?netwerk",
    r"saya ingin menambahkan anda ke jaringan(?: profesional)?(?: saya)?",
)
_STOCK_NOTE = re.compile(
    r"(?:(?:hi|hello|hey|dear|kia ora|ol[aá]|oi|hola|bonjour|hallo|ciao|halo)(?: [\w'-]{1,30}){0,2}[,!.]? ?|"
    r"(?-i:[A-Z][\w'-]{0,29})(?: (?-i:[A-Z][\w'-]{0,29}))?, ?)?"  # a bare name: capitalised words
    rf"(?:{'|'.join(_STOCK_TEXTS)})(?: (?:on|no|en|de|sur|auf|su|op|di) linkedin)?[.!]?(?: ?[-~] ?[^.!?]{{0,60}}|"
    r" (?:thanks|thank you|regards|best regards|kind regards|best|cheers|sincerely),?(?: (?-i:[A-Z][\w'.-]{0,29}))"
    r"{0,3})?",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def is_default_note(message: str) -> bool:
    """True when the note is empty or only LinkedIn's stock invitation text."""
    text = normalise_text(message)
    return not text or _STOCK_NOTE.fullmatch(text) is not None
