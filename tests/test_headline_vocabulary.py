"""Headline vocabulary: roles across industries and languages fire their signal; look-alikes stay quiet."""

from __future__ import annotations

import pytest

from linkscreen.core import headline_vocabulary, signal_vocabulary
from linkscreen.core.signals import SignalText, detect_signals

FIRES = [
    ("HEADLINE_RECRUITER", "Head of Talent"),
    ("HEADLINE_RECRUITER", "Crewing Officer | Maritime & Offshore"),
    ("HEADLINE_RECRUITER", "Associate Director | Engineering & Mining Search"),
    ("HEADLINE_RECRUITER", "Labour Hire Coordinator"),
    ("HEADLINE_RECRUITER", "Charg\u00e9e de recrutement | Cabinet de recrutement"),
    ("HEADLINE_RECRUITER", "Chasseur de t\u00eates | Industrie & \u00c9nergie"),
    ("HEADLINE_RECRUITER", "Reclutadora IT | Latam"),
    ("HEADLINE_RECRUITER", "T\u00e9cnica de Selecci\u00f3n"),
    ("HEADLINE_RECRUITER", "Recrutadora | RH | Varejo"),
    ("HEADLINE_RECRUITER", "Personalberaterin"),
    ("HEADLINE_RECRUITER", "Penyalur tenaga kerja"),
    ("HEADLINE_SALES", "Medical Representative at Sunvita Pharma"),
    ("HEADLINE_SALES", "Relationship Officer \u2013 Microfinance"),
    ("HEADLINE_SALES", "REALTOR\u00ae | Buying or selling?"),
    ("HEADLINE_SALES", "Insurance Advisor | Families & small business"),
    ("HEADLINE_SALES", "Director, Strategic Accounts"),
    ("HEADLINE_SALES", "Owner, Coastline Marketing Co. \u2014 We grow local businesses"),
    ("HEADLINE_SALES", "Vertriebsingenieur | Antriebstechnik"),
    ("HEADLINE_SALES", "Ing\u00e9nieur d'affaires | Cybers\u00e9curit\u00e9"),
    ("HEADLINE_SALES", "Ejecutiva de Cuentas | Software"),
    # the same roles in Italian, Dutch, Polish, Turkish, Swedish, Romanian, Malay, and singular Spanish
    ("HEADLINE_RECRUITER", "Selezionatrice | Ricerca e selezione del personale"),
    ("HEADLINE_RECRUITER", "Senior Rekruterka IT"),
    ("HEADLINE_RECRUITER", "İşe Alım Uzmanı | Perakende"),
    ("HEADLINE_RECRUITER", "Rekryteringskonsult inom ekonomi"),
    ("HEADLINE_RECRUITER", "Recrutor IT | Cluj"),
    ("HEADLINE_SALES", "Direttore Commerciale Italia"),
    ("HEADLINE_SALES", "Senior Accountmanager Zorg"),
    ("HEADLINE_SALES", "Przedstawiciel handlowy | Bud"),
    ("HEADLINE_SALES", "Satış Müdürü | Otomotiv"),
    ("HEADLINE_SALES", "Säljare B2B"),
    ("HEADLINE_SALES", "Manager vânzări | Echipamente medicale"),
    ("HEADLINE_SALES", "Eksekutif Jualan Kanan"),
    ("HEADLINE_SALES", "Gerente de Cuenta Senior"),
    ("HEADLINE_OPEN_NETWORKER", "Apasionado de networking | Acepto a todos"),
    ("HEADLINE_OPEN_NETWORKER", "Netzwerkerin"),
    ("HEADLINE_JOB_SEEKING", "Ingénieure qualité | À la recherche d'un nouveau défi"),
    ("HEADLINE_JOB_SEEKING", "Magazziniere | Alla ricerca di lavoro"),
    ("HEADLINE_JOB_SEEKING", "Boekhouder | Open voor nieuwe uitdagingen"),
    ("HEADLINE_JOB_SEEKING", "Elektryk | Szukam pracy"),
    ("HEADLINE_JOB_SEEKING", "Lagerarbetare | Söker jobb"),
    ("HEADLINE_JOB_SEEKING", "Contabil | Caut un loc de muncă"),
    ("HEADLINE_SUSPICIOUS", "Inversor en criptomonedas | Libertad financiera"),
    ("HEADLINE_SUSPICIOUS", "Médecin militaire | Mission ONU | Veuf"),
    ("HEADLINE_SUSPICIOUS", "Capitão de navio | Viúvo"),
    ("HEADLINE_SUSPICIOUS", "Busco mi media naranja | Busco el amor"),
    ("HEADLINE_SALES", "Corretor de im\u00f3veis | CRECI"),
    ("HEADLINE_SALES", "Gerente comercial | Uniformes"),
    ("HEADLINE_SALES", "Executivo de Contas | Cloud"),
    ("HEADLINE_SALES", "Client Director at a digital agency"),
    ("HEADLINE_SALES", "Senior Client Executive | Commercial Insurance"),
    ("HEADLINE_SALES", "Partner Manager, APAC"),
    ("HEADLINE_SALES", "Au\u00dfendienst | Medizintechnik"),
    ("HEADLINE_SALES", "Freight Broker"),
    ("HEADLINE_SALES", "Country Manager | Software Reseller"),
    ("HEADLINE_SALES", "IT Solutions Provider"),
    ("HEADLINE_FOUNDER", "Empres\u00e1rio | Distribuidora de alimentos"),
    ("HEADLINE_FOUNDER", "Empresaria en el sector textil"),
    ("HEADLINE_OPEN_NETWORKER", "LION\u2122 | Teacher"),
    ("HEADLINE_OPEN_NETWORKER", "R\u00e9seau ouvert | J'accepte toutes les invitations"),
    ("HEADLINE_OPEN_NETWORKER", "Red abierta | Acepto todas las solicitudes"),
    ("HEADLINE_OPEN_NETWORKER", "Offenes Netzwerk"),
    ("HEADLINE_JOB_SEEKING", "Looking for new challenges | Hotel Operations"),
    ("HEADLINE_JOB_SEEKING", "Returning to the workforce after caregiving"),
    ("HEADLINE_JOB_SEEKING", "Laid off | Senior Recruiter"),
    ("HEADLINE_JOB_SEEKING", "Cherche alternance | BTS Comptabilit\u00e9"),
    ("HEADLINE_JOB_SEEKING", "Buscando nuevas oportunidades | Log\u00edstica"),
    ("HEADLINE_JOB_SEEKING", "Em busca de nova oportunidade | Assistente"),
    ("HEADLINE_JOB_SEEKING", "Auf Jobsuche | Industriekaufmann"),
    ("HEADLINE_JOB_SEEKING", "Naukri chahiye | Diploma Mechanical"),
    ("HEADLINE_SUSPICIOUS", "Certified Funds Recovery Agent"),
    ("HEADLINE_SUSPICIOUS", "General | US Army | Retired soon"),
    ("HEADLINE_SUSPICIOUS", "Account Manager | 40% monthly ROI"),
    ("HEADLINE_SUSPICIOUS", "Sweet lady | Single | Love nature"),
]

QUIET = [
    ("HEADLINE_SALES", "Sales Operations Analyst"),
    ("HEADLINE_SALES", "Sales Analyst | Power BI | Excel"),
    ("HEADLINE_SALES", "Sales Administrator"),
    ("HEADLINE_SALES", "HR Business Partner"),
    ("HEADLINE_SALES", "Procurement Manager"),
    ("HEADLINE_SALES", "Vendor Manager"),
    ("HEADLINE_SALES", "Data Broker Analyst"),
    ("HEADLINE_SALES", "Accounts Payable Officer"),
    ("HEADLINE_SALES", "Chief Marketing Officer"),
    ("HEADLINE_SALES", "Commercial Pilot"),
    ("HEADLINE_SALES", "Client Services Manager at City Mission"),
    ("HEADLINE_RECRUITER", "Talent Development Manager"),
    ("HEADLINE_RECRUITER", "Head of Talent Management"),
    ("HEADLINE_RECRUITER", "Head of Procurement | Strategic Sourcing"),
    ("HEADLINE_RECRUITER", "SEO & Search Marketing Lead"),
    ("HEADLINE_CONSULTANT", "Consultora de Recrutamento | Finan\u00e7as"),
    ("HEADLINE_OPEN_NETWORKER", "Network Engineer | Open Systems"),
    ("HEADLINE_JOB_SEEKING", "Always open to new connections | Teacher"),
    ("HEADLINE_SUSPICIOUS", "U.S. Army Veteran | Logistics Manager"),
    ("HEADLINE_SUSPICIOUS", "Single Malt Ambassador"),
    ("HEADLINE_SUSPICIOUS", "IT Asset Recovery Specialist"),
    ("HEADLINE_SUSPICIOUS", "Médico de família | Medicina geral"),
    ("HEADLINE_SUSPICIOUS", "Analista de investimentos | Renda fixa"),
    ("HEADLINE_JOB_SEEKING", "Zoekmachine-marketeer | SEO"),
    ("HEADLINE_RECRUITER", "HR-adviseur | Arbeidsrecht"),
    ("HEADLINE_SALES", "Analista di vendita | Business Intelligence"),
]


def fired(headline: str) -> set[str]:
    return {hit.name for hit in detect_signals(SignalText(headline=headline))}


@pytest.mark.parametrize(("name", "headline"), FIRES)
def test_given_a_role_in_any_wording_when_detecting_then_its_headline_signal_fires(name: str, headline: str) -> None:
    assert name in fired(headline)


@pytest.mark.parametrize(("name", "headline"), QUIET)
def test_given_a_look_alike_role_when_detecting_then_the_signal_stays_quiet(name: str, headline: str) -> None:
    assert name not in fired(headline)


def test_given_the_signal_vocabulary_then_it_re_exports_the_headline_tuples() -> None:
    for name in ("HEADLINE_RECRUITER", "HEADLINE_SALES", "HEADLINE_FOUNDER", "HEADLINE_CONSULTANT",
                 "HEADLINE_OPEN_NETWORKER", "HEADLINE_JOB_SEEKING", "HEADLINE_SUSPICIOUS"):
        assert getattr(signal_vocabulary, name) is getattr(headline_vocabulary, name)
