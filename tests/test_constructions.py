"""Constructions and resolution rules added after the error analysis of the dev set, each on
sentences written for these tests (none is taken from an annotated article)."""
import pytest
from conftest import by_content


# -- what is a report, and where its content ends --------------------------------------

def test_infinitive_cue_with_no_source_is_no_report(extract):
    assert extract("Une commission habilitée à juger les fautes commises par des ministres a été créée.") == []


@pytest.mark.parametrize("text", [
    "Le tribunal correctionnel de Bobigny a condamné jeudi un policier à dix-huit mois de prison avec sursis.",
    "La cour a condamné Jean Dupont à verser 5000 euros à la victime.",
])
def test_a_sentence_passed_on_someone_is_no_report(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "Le Paris Saint-Germain s'est qualifié pour les demi-finales de la Ligue des champions mardi soir.",
    "Le prix du gaz s'est maintenu à un niveau très élevé pendant tout l'hiver.",
])
def test_a_reflexive_verb_that_says_nothing_is_no_report(extract, text):
    assert extract(text) == []


def test_a_demand_takes_a_que_clause_after_a_discourse_phrase(extract):
    a = by_content(extract("Le Bloc québécois réclame pour sa part que Québec conserve ses compétences."), "Québec")
    assert (a.content.text, a.speaker) == ("Québec conserve ses compétences", "Bloc québécois")


def test_a_comparison_with_que_is_no_que_clause(extract):
    a = by_content(extract("Beaucoup au PS réclament une mise en ordre de bataille plus précoce que prévu."), "bataille")
    assert a.content.text == "une mise en ordre de bataille plus précoce que prévu"


def test_a_wish_is_no_report(extract):
    # GUIDE.md: verbs of wishing or planning are not cues
    assert extract("Le maire souhaite que les travaux commencent avant la fin de l'année.") == []


@pytest.mark.parametrize("text, content", [
    ("La réforme sera votée en juin, comme l'a rappelé le ministre Jean Dupont devant les députés.",
     "La réforme sera votée en juin"),
    ("Comme l'a souligné la ministre Claire Martin, la réforme sera votée en juin.", "la réforme sera votée en juin"),
])
def test_comme_l_a_dit_x_reports_the_rest_of_the_sentence(extract, text, content):
    a = by_content(extract(text), "votée")
    assert a.content.text == content
    assert a.speaker in ("Jean Dupont", "Claire Martin")


def test_a_judging_verb_the_tagger_took_for_a_noun_before_a_quoted_attribute(extract):
    # « juge » is also a noun: « La ministre juge « inacceptable » X » has no verb for the parser
    a = by_content(extract("La ministre juge « inacceptable » le comportement de certains élus."), "comportement")
    assert (a.content.text, a.speaker) == ("« inacceptable » le comportement de certains élus", "La ministre")


def test_an_apposition_after_the_name_in_pour_x_ends_at_its_comma(extract):
    a = by_content(extract("Le ministre a été limogé lundi. Pour le politologue Moussa Diaw, enseignant à l'université "
                           "Gaston-Berger de Saint-Louis, ce limogeage « traduit des tensions au sommet de l'État »."),
                   "limogeage")
    assert a.content.text.startswith("ce limogeage") and a.speaker == "Moussa Diaw"


def test_selon_at_the_end_of_a_long_sentence_reports_all_of_it(extract):
    text = ("Les travaux de rénovation de la ligne, qui devaient durer six mois, ont finalement pris deux ans et coûté "
            "près du double, selon un rapport de la Cour des comptes publié mardi.")
    a = by_content(extract(text), "travaux")
    assert a.content.text == ("Les travaux de rénovation de la ligne, qui devaient durer six mois, ont finalement pris "
                              "deux ans et coûté près du double")
    assert a.speaker == "Cour des comptes"


def test_on_with_a_source_after_it_is_that_source(extract):
    a = by_content(extract("« La décision sera prise lundi », indique-t-on de source gouvernementale."), "décision")
    assert (a.speaker, a.anonymous) == ("source gouvernementale", True)


@pytest.mark.parametrize("text, content", [
    ("Jean-Luc Mélenchon a attaqué Emmanuel Macron, qu'il accuse d'avoir « abandonné les classes populaires ».",
     "avoir « abandonné les classes populaires »"),
    ("La députée l'accuse d'avoir menti aux Français sur le coût de la réforme.",
     "avoir menti aux Français sur le coût de la réforme"),
])
def test_an_accusation_of_a_pronoun_object_reports_its_complement(extract, text, content):
    a = by_content(extract(text), "avoir")
    assert a.content.text == content


def test_condemning_words_is_a_report(extract):
    a = by_content(extract("Le maire a condamné l'appel à la violence lancé sur les réseaux sociaux."), "appel")
    assert a.speaker == "Le maire"


def test_content_ends_before_the_subject_of_a_later_report(extract):
    text = ("À Paul Roux, le maire de Nantes, qui a prévenu que la ville ne paierait pas les travaux du stade, "
            "Marie Lenoir a répondu que l'État prendrait en charge la totalité de la facture.")
    atts = extract(text)
    first = by_content(atts, "ne paierait pas")
    second = by_content(atts, "prendrait en charge")
    assert "Marie Lenoir" not in first.content.text
    assert second.content.text == "l'État prendrait en charge la totalité de la facture"
    assert second.speaker == "Marie Lenoir"


def test_noun_phrase_content_runs_over_its_participle_with_an_agent(extract):
    text = ("Le député Jean Morel a vivement critiqué la réforme des retraites, présentée mardi par le "
            "gouvernement pour réduire le déficit.")
    a = by_content(extract(text), "réforme des retraites")
    assert a.content.text.endswith("présentée mardi par le gouvernement pour réduire le déficit")
    assert a.speaker == "Jean Morel"


def test_report_nested_in_a_report_with_its_own_cue(extract):
    text = ("Lors de l'audience, le procureur a demandé que l'amende soit portée à deux millions d'euros, "
            "selon l'agence Reuters.")
    atts = extract(text)
    outer = by_content(atts, "Lors de l'audience")
    inner = next(a for a in atts if a.content.text.startswith("l'amende soit portée"))
    assert outer.speaker == "Reuters"
    assert inner.cue.text == "a demandé"


def test_selon_a_capitalised_institution_noun(extract):
    a = by_content(extract("Trois cents touristes ont été évacués vers la capitale, selon le Quai d'Orsay."), "touristes")
    assert a.content.text == "Trois cents touristes ont été évacués vers la capitale"
    assert a.speaker == "Quai d'Orsay"


def test_selon_a_communication_noun_speaks_for_its_authors(extract):
    text = "Selon les indiscrétions de plusieurs banquiers, la banque centrale aurait acheté des titres italiens."
    a = by_content(extract(text), "banque centrale")
    assert a.content.text == "la banque centrale aurait acheté des titres italiens"
    assert "banquiers" in a.speaker


def test_selon_aside_takes_the_clause_around_it(extract):
    a = by_content(extract("Ces familles, selon la préfecture, pourront rentrer chez elles dès demain matin."), "familles")
    assert a.content.text.startswith("Ces familles, selon la préfecture, pourront")


def test_selon_lesquelles(extract):
    text = "Sa démission fait suite à des révélations selon lesquelles le ministre aurait menti aux enquêteurs."
    a = by_content(extract(text), "aurait menti")
    assert a.content.text == "le ministre aurait menti aux enquêteurs"
    assert a.cue.text == "selon lesquelles"
    assert a.speaker == "des révélations"
    assert a.anonymous


def test_passive_with_agent(extract):
    a = by_content(extract("La hausse du salaire minimum est réclamée par les syndicats depuis des mois."), "salaire minimum")
    assert a.content.text == "La hausse du salaire minimum"
    assert a.speaker == "les syndicats"


def test_passive_without_agent_has_no_speaker(extract):
    a = by_content(extract("Les habitants ont été priés de quitter leurs maisons avant la tempête."), "quitter")
    assert a.content.text == "quitter leurs maisons avant la tempête"
    assert a.speaker is None


def test_participle_sharing_the_auxiliary_is_a_report(extract):
    text = "Claire Dubois a salué le courage des pompiers et demandé aux habitants de rester chez eux ce week-end."
    a = by_content(extract(text), "rester chez eux")
    assert a.speaker == "Claire Dubois"


def test_incise_verb_outside_the_lexicon(extract):
    text = "Le sélectionneur Paul Marchand a retrouvé ses joueurs. « Rien n'est encore perdu pour nous », rapelle-t-il."
    a = by_content(extract(text), "Rien n'est encore perdu")
    assert a.kind == "direct"
    assert a.speaker == "Paul Marchand"


def test_croire_savoir_que(extract):
    a = by_content(extract("Les dirigeants du parti croient savoir que le président soutiendra la réforme."), "président")
    assert a.content.text == "le président soutiendra la réforme"
    assert a.speaker == "Les dirigeants du parti"


def test_complement_stops_before_the_relative_clause_of_a_place(extract):
    text = "Le préfet Marc Petit a appelé les habitants à quitter la zone inondable en Bretagne où les pluies ont redoublé."
    a = by_content(extract(text), "habitants")
    assert a.content.text == "les habitants à quitter la zone inondable en Bretagne"


# -- who said it --------------------------------------------------------------------------

def test_masculine_title_is_not_the_woman_with_the_feminine_title(extract):
    text = ("Paul Martin a réuni ses ministres lundi. Le Premier ministre a assuré qu'il agirait avec prudence. "
            "À Édimbourg, la Première ministre Claire Dubois a souligné que les données restaient fragiles.")
    atts = extract(text)
    assert by_content(atts, "agirait avec prudence").speaker == "Paul Martin"
    assert by_content(atts, "données restaient fragiles").speaker == "Claire Dubois"


def test_pronoun_after_a_title_subject_of_the_author(extract):
    text = ("Paul Martin a réuni ses ministres lundi.\n"
            "« Les chiffres baissent enfin », a déclaré le ministre de la Santé, Jacques Roux.\n"
            "Avant son allocution, le Premier ministre s'est entretenu avec l'opposition. "
            "« Nous agirons avec la plus grande prudence », a-t-il dit.")
    assert by_content(extract(text), "plus grande prudence").speaker == "Paul Martin"


def test_pronoun_and_short_title_go_to_an_unnamed_described_speaker(extract):
    text = ("« Les plaintes sont nombreuses », a déclaré le procureur général près la cour d'appel.\n"
            "Le président, Paul Roux, est lui hors de cause.\n"
            "Ces plaintes seront examinées une à une.\n"
            "« Elles seront toutes instruites avec soin », a-t-il expliqué.\n"
            "« Certaines tiennent en une page », a détaillé le procureur général.")
    atts = extract(text)
    for needle in ("plaintes sont nombreuses", "instruites avec soin", "tiennent en une page"):
        a = by_content(atts, needle)
        assert a.speaker == "le procureur général près la cour d'appel", needle
        assert a.anonymous


def test_signed_writing_speaks_for_its_signatories(extract):
    text = ("Une tribune signée par cent médecins réclame un plan d'urgence pour l'hôpital public. "
            "Le texte propose de doubler le nombre des postes d'internes dans les régions. "
            "« Il faut agir vite », concluent les signataires.")
    atts = extract(text)
    assert by_content(atts, "doubler le nombre").speaker == "les signataires"
    assert by_content(atts, "agir vite").speaker == "les signataires"


def test_person_description_goes_to_the_person_of_the_story(extract):
    text = ("Le boxeur Karim Benali prépare son combat de samedi.\n"
            "« Ce combat est le plus important de ma carrière », a expliqué le sympathique gaillard.")
    assert by_content(extract(text), "plus important").speaker == "Karim Benali"


def test_ceux_qui_is_the_article_description(extract):
    a = by_content(extract("Le ministre a répondu à ceux qui craignent que la police perde son indépendance."), "police")
    assert a.speaker == "ceux qui craignent"
    assert a.anonymous


def test_one_letter_first_name_slip_is_one_person(extract):
    text = ("Antonis Samaras dirige le principal parti de l'opposition. "
            "Antonio Samaras a répondu que sa parole suffisait et qu'il ne signerait rien.")
    assert by_content(extract(text), "parole suffisait").speaker == "Antonis Samaras"


def test_counted_group_keeps_its_words(extract):
    a = by_content(extract("Environ 300 Français ont demandé à être rapatriés dans les prochains jours."), "rapatriés")
    assert a.speaker == "Environ 300 Français"
    assert a.speaker_type == "group"


def test_accompanied_subject_and_plural_pronoun(extract):
    text = ("Le conseiller du président, Paul Roux, accompagné du diplomate Marc Petit, rencontrent la presse. "
            "« Faites du bruit », disent-ils.")
    assert by_content(extract(text), "Faites du bruit").speaker == "Paul Roux et Marc Petit"


def test_possessive_title_is_not_its_owner(extract):
    text = "Paul Martin a présidé la réunion. Il agira avec une extrême prudence, selon son porte-parole."
    a = by_content(extract(text), "extrême prudence")
    assert a.speaker == "son porte-parole"


def test_participle_sentence_goes_with_the_author_subject(extract):
    text = ("« Le budget est prêt », a déclaré Jacques Roux.\n"
            "Marie Lenoir n'a pas évoqué la crise. En rappelant que la ville avait été détruite deux fois au siècle dernier.")
    assert by_content(extract(text), "détruite deux fois").speaker == "Marie Lenoir"


def test_title_after_a_contrast_marker_is_not_the_last_speaker(extract):
    text = ("« Les salariés paieront la facture », estime Sophie Binet, secrétaire générale de la CGT.\n"
            "La Première ministre a pour sa part assuré que le gouvernement resterait vigilant.")
    a = by_content(extract(text), "resterait vigilant")
    assert a.speaker != "Sophie Binet"
    assert a.speaker == "La Première ministre"


def test_content_never_ends_on_an_opening_mark(extract):
    text = ("Des sources diplomatiques évoquent une rencontre discrète à Genève. « Les contacts n'ont jamais "
            "cessé », a indiqué une source proche du dossier.")
    atts = extract(text)
    assert by_content(atts, "rencontre discrète").content.text == "une rencontre discrète à Genève"
    assert by_content(atts, "contacts").speaker == "une source proche du dossier"


def test_que_clause_carries_on_over_the_quote_it_opens(extract):
    a = by_content(extract("Mark Rutte a déjà prévenu qu'il ne fallait « rien exclure »."), "fallait")
    assert a.content.text == "il ne fallait « rien exclure »"
    assert a.kind == "mixed"


def test_partitive_object(extract):
    text = "Le président Paul Martin a réclamé vendredi de nouvelles livraisons d'armes à ses alliés."
    a = by_content(extract(text), "livraisons")
    assert a.content.text == "nouvelles livraisons d'armes à ses alliés"


def test_new_title_describes_the_subject_named_just_before(extract):
    text = ("« Nous ne reculerons pas », a déclaré le porte-parole du Kremlin, Dmitri Peskov.\n"
            "Le secrétaire général de l'Otan, Mark Rutte, doit s'exprimer lundi. L'ancien Premier ministre "
            "néerlandais a déjà prévenu qu'il ne fallait rien exclure.")
    assert by_content(extract(text), "rien exclure").speaker == "Mark Rutte"


def test_pour_x_with_a_relative_clause(extract):
    text = ("Pour Bruxelles, qui surveille de près les aides publiques accordées aux constructeurs, "
            "le nouveau plan de soutien est une mauvaise nouvelle.")
    a = by_content(extract(text), "plan de soutien")
    assert a.content.text == "le nouveau plan de soutien est une mauvaise nouvelle"
    assert a.speaker == "Bruxelles"


def test_relative_subject_is_the_head_of_the_noun_phrase(extract):
    text = "Ils ont reçu plusieurs députés de la majorité, qui réclament un geste envers les classes moyennes."
    a = by_content(extract(text), "classes moyennes")
    assert a.speaker == "plusieurs députés de la majorité"


def test_company_noun_is_the_company_named_before(extract):
    text = ("Le constructeur automobile Stellantis va fermer deux usines en Italie, a annoncé le groupe mardi. "
            "« Ces départs se feront sur la base du volontariat », s'indigne Giuseppe Rossi, délégué syndical.")
    atts = extract(text)
    assert by_content(atts, "fermer deux usines").speaker == "Stellantis"
    assert by_content(atts, "volontariat").speaker == "Giuseppe Rossi"


def test_d_apres_a_plural_source(extract):
    text = "D'après les analystes de la banque, le groupe cherche à réduire ses coûts de cinq milliards d'euros."
    a = by_content(extract(text), "réduire ses coûts")
    assert a.speaker == "les analystes de la banque"


def test_bare_infinitive_after_a_verb_of_saying(extract):
    text = ("La jeune femme dit avoir reconnu son agresseur sur les images de vidéosurveillance. "
            "La régie assure de son côté avoir transmis les enregistrements aux enquêteurs.")
    atts = extract(text)
    first = by_content(atts, "reconnu son agresseur")
    assert first.content.text == "avoir reconnu son agresseur sur les images de vidéosurveillance"
    assert first.cue.text == "dit"
    assert len([a for a in atts if "agresseur" in a.content.text]) == 1  # « reconnu » is no report of its own
    assert by_content(atts, "transmis").content.text == "avoir transmis les enregistrements aux enquêteurs"


def test_pronoun_and_description_go_to_an_unnamed_subject(extract):
    text = ("Une étudiante de 22 ans a porté plainte lundi. Elle raconte avoir été suivie par un homme "
            "sur plusieurs stations.\n"
            "« Je veux qu'il soit arrêté », insiste la jeune femme.")
    atts = extract(text)
    assert by_content(atts, "suivie").speaker.lower() == "une étudiante de 22 ans"  # as the article words it
    a = by_content(atts, "arrêté")
    assert a.speaker.lower() == "une étudiante de 22 ans"
    assert a.anonymous and a.extra["gender"] == "female"


def test_sports_titles_link_to_the_person_named_before(extract):
    text = ("Du côté londonien, Mikel Arteta savourait. « C'est une victoire qui compte », a déclaré le manager "
            "des Gunners.")
    assert by_content(extract(text), "victoire qui compte").speaker == "Mikel Arteta"


def test_aside_between_auxiliary_and_participle(extract):
    text = ("« C'est une trahison », a réagi Harjeet Singh, de l'organisation Climate Action Network. "
            "Le représentant de l'Inde a lui aussi dénoncé un montant « dérisoire ». "
            "Le commissaire européen Wopke Hoekstra a au contraire salué « le début d'une nouvelle ère ».")
    atts = extract(text)
    assert by_content(atts, "trahison").speaker == "Harjeet Singh"
    assert by_content(atts, "dérisoire").speaker == "Le représentant de l'Inde"  # « lui aussi »: someone else
    assert by_content(atts, "nouvelle ère").speaker == "Wopke Hoekstra"


def test_hyphenated_surname_cut_by_the_recogniser_is_one_person(extract):
    text = ("Le directeur du musée, Hélène Lafont-Couturier, s'est félicitée d'une « bonne nouvelle ». "
            "« Nous attendions ce signal depuis longtemps », a-t-elle confié à l'AFP.")
    atts = extract(text)
    assert {a.speaker for a in atts} == {"Hélène Lafont-Couturier"}


def test_gender_from_a_feminine_adjective_on_the_title(extract):
    text = ("Son prédécesseur, Dominique Abdul Malak, a salué l'initiative. "
            "L'ancienne ministre estime que 50 millions d'euros « ne suffiront pas ».")
    a = by_content(extract(text), "ne suffiront pas")
    assert a.speaker == "Dominique Abdul Malak"
    assert (a.extra["gender"], a.extra["gender_evidence"]) == ("female", "ancienne ministre")


def test_document_speaks_for_who_published_it_and_later_mentions_follow(extract):
    text = ("« Nous suspendons nos activités en Russie », indique le communiqué publié jeudi par le groupe Renault. "
            "La décision « n'a pas été facile », précise le texte.")
    atts = extract(text)
    assert by_content(atts, "suspendons").speaker == "Renault"
    assert by_content(atts, "pas été facile").speaker == "Renault"


def test_person_named_right_after_an_outlet(extract):
    text = ("La fermeture de la maternité inquiète les élus. « Les femmes devront faire plus d'une heure de route "
            "pour accoucher », a expliqué à France Bleu Jura Marie Vuillemin, présidente de l'association.")
    a = by_content(extract(text), "heure de route")
    assert a.speaker == "Marie Vuillemin"


def test_pour_an_honorific_and_a_name(extract):
    text = "Pour Me Anne Murris, avocate de plusieurs parties civiles, ce procès est « indispensable » aux familles."
    a = by_content(extract(text), "ce procès")
    assert a.speaker == "Anne Murris"
    assert a.extra["role"] == "avocate de plusieurs parties civiles"


def test_person_after_the_verb_whatever_the_parse(extract):
    text = "“Ils nous ont volés pendant des années”, a écrit Donald Trump sur son réseau Truth Social."
    assert by_content(extract(text), "volés").speaker == "Donald Trump"


def test_incise_only_verb_before_a_colon_needs_a_quotation(extract):
    atts = extract("Les marchés ont mal réagi : le CAC 40 a perdu 2 % dans la journée de lundi.")
    assert atts == []
    a = by_content(extract("Le maire Paul Roux a réagi : « Nous ne laisserons pas faire »."), "laisserons")
    assert a.speaker == "Paul Roux"


def test_bare_infinitive_of_etre_before_a_quote_and_the_pronoun_after(extract):
    text = ("Interrogé sur BFMTV, un agriculteur de l'Aveyron a confié être « à bout ». "
            "Il explique travailler 70 heures par semaine pour un revenu inférieur au Smic.")
    atts = extract(text)
    assert by_content(atts, "à bout").content.text == "être « à bout »"
    assert by_content(atts, "70 heures").speaker == "un agriculteur de l'Aveyron"


def test_role_without_the_possessive(extract):
    text = "La FNSEA a jugé les annonces insuffisantes. Son président, Arnaud Rousseau, a appelé à amplifier la mobilisation."
    assert by_content(extract(text), "amplifier").extra["role"] == "président"


def test_selon_tail_governs_a_clause_with_its_own_report(extract):
    text = ("Pékin, de son côté, a appelé « toutes les parties à la retenue », selon un porte-parole de la "
            "diplomatie chinoise, Lin Jian.")
    atts = extract(text)
    outer = by_content(atts, "Pékin, de son côté")
    assert outer.content.text == "Pékin, de son côté, a appelé « toutes les parties à la retenue »"
    assert outer.speaker == "Lin Jian"
    inner = next(a for a in atts if a.content.text == "toutes les parties à la retenue")
    assert inner.speaker == "Pékin"


def test_complement_starts_after_a_day(extract):
    a = by_content(extract("Le ministre Paul Roux a dénoncé mercredi une « provocation » inacceptable."), "provocation")
    assert a.content.text.startswith("une « provocation »")


def test_quantified_group_and_one_of_them(extract):
    text = ("Deux mois après sa nomination, le directeur Alexander Neef dresse un bilan. « Je suis arrivé dans une "
            "maison en crise », confie-t-il.\n"
            "Certains musiciens, qui ont requis l'anonymat, jugent ce discours « convenu ». « On nous parle "
            "d'ouverture, mais les moyens ne suivent pas », regrette l'un d'eux.")
    atts = extract(text)
    assert by_content(atts, "convenu").speaker == "Certains musiciens"
    a = by_content(atts, "moyens ne suivent pas")
    assert a.speaker == "l'un d'eux" and a.anonymous


def test_on_with_a_place_before_or_after(extract):
    text = ("Dans son entourage, on assure que les premiers chantiers démarreront dès la rentrée. "
            "« Tout est prêt », indique-t-on au conseil régional. On dit que le projet coûtera cher.")
    atts = extract(text)
    assert by_content(atts, "chantiers").speaker == "son entourage"
    assert by_content(atts, "Tout est prêt").speaker == "conseil régional"
    assert not any("coûtera" in a.content.text for a in atts)  # a bare « on » is no source


def test_a_planning_verb_with_an_infinitive_is_no_report(extract):
    # « prévoir que P » reports a forecast; « prévoir de faire » is a plan (GUIDE.md: not a cue)
    assert extract("L'entreprise prévoit de fermer trois usines d'ici 2025.") == []
    a = by_content(extract("Le FMI prévoit que la croissance ralentira nettement l'an prochain."), "croissance")
    assert a.content.text == "la croissance ralentira nettement l'an prochain"


def test_a_complement_keeps_the_figure_that_counts_it(extract):
    a = by_content(extract("La ministre Rachida Dati a promis 50 millions d'euros pour les musées."), "millions")
    assert a.content.text.startswith("50 millions d'euros")
    a = by_content(extract("Le syndicat a dénoncé mercredi une « provocation » du patronat."), "provocation")
    assert not a.content.text.startswith("mercredi")


def test_content_runs_over_a_coordinated_phrase_but_not_a_new_clause(extract):
    a = by_content(extract('Le syndicat a dénoncé "une provocation" et "un mépris total" des salariés.'), "provocation")
    assert a.content.text == '"une provocation" et "un mépris total" des salariés'
    a = by_content(extract("Mario Rossi a réclamé du temps aux marchés pour former son équipe et mettre en œuvre un "
                           "programme."), "former")
    assert a.content.text.endswith("et mettre en œuvre un programme")
    a = by_content(extract("Le gouvernement a promis de baisser les impôts et les syndicats ont aussitôt protesté."),
                   "impôts")
    assert a.content.text == "baisser les impôts"
    a = by_content(extract("Le ministre a promis de réduire les impôts et les charges des entreprises."), "impôts")
    assert a.content.text == "réduire les impôts et les charges des entreprises"
    a = by_content(extract("Elle a demandé à rencontrer le maire et celui-ci a accepté."), "maire")
    assert a.content.text == "rencontrer le maire"  # the conjunct has a subject of its own: the author's clause


def test_straight_marks_with_spaces_inside_open_and_close_as_paired(extract):
    a = by_content(extract("Mark Rutte a déjà prévenu qu'il ne fallait \" rien exclure \"."), "fallait")
    assert a.content.text == "il ne fallait \" rien exclure \"" and a.kind == "mixed"


def test_a_cue_verb_the_tagger_took_for_a_noun(extract):
    atts = extract("L'opposition juge que le budget est insincère et réclame une commission d'enquête.")
    a = by_content(atts, "budget")
    assert (a.content.text, a.speaker) == ("le budget est insincère", "opposition")
    assert by_content(atts, "commission").speaker == "opposition"
    assert extract("Le juge que nous avons rencontré est parti.") == []  # a noun with its determiner


def test_selon_an_entourage_and_selon_after_an_adverb(extract):
    a = by_content(extract("Selon son entourage, le ministre n'a pas l'intention de démissionner."), "démissionner")
    assert a.speaker == "son entourage" and a.anonymous
    a = by_content(extract("Toujours selon le parquet, le suspect était connu des services de police."), "suspect")
    assert a.content.text == "le suspect était connu des services de police" and a.speaker == "parquet"


def test_a_selon_clause_stops_at_the_period_before_a_quote(extract):
    atts = extract("Éric Coquerel a dénoncé des prévisions. Selon lui, la croissance sera deux fois plus faible. "
                   "« Le gouvernement nous ment », a-t-il ajouté.")
    assert by_content(atts, "croissance").content.text == "la croissance sera deux fois plus faible"


def test_an_inverted_subject_the_parser_hung_aside(extract):
    # in French typography the parser reads « tonne » as a noun and hangs « le maire » beside it
    atts = extract("« C'est inadmissible », tonne le maire. « Nous porterons plainte. »")
    assert by_content(atts, "inadmissible").speaker == "le maire"


def test_a_concession_is_no_que_clause(extract):
    assert extract("L'administration semble vouloir garantir une continuité, quelles que soient les évolutions "
                   "politiques du pays.") == []
    a = by_content(extract("Le ministre a garanti que les salaires seraient versés à temps."), "salaires")
    assert a.content.text == "les salaires seraient versés à temps"


def test_a_prosecutor_requires_a_sentence(extract):
    a = by_content(extract("Le procureur a requis dix ans de prison contre l'accusé."), "prison")
    assert a.content.text == "dix ans de prison contre l'accusé" and a.speaker == "Le procureur"


def test_a_content_keeps_the_sign_of_its_last_figure(extract):
    a = by_content(extract("Selon l'Insee, les prix ont augmenté de 5,2 %."), "prix")
    assert a.content.text == "les prix ont augmenté de 5,2 %"


def test_a_writing_of_a_month_is_no_author_and_its_mention_ends_on_its_noun(extract):
    a = by_content(extract("Le rapport de février indique que les effectifs ont baissé de 10 %."), "effectifs")
    assert a.speaker == "rapport" and a.speaker_mention.text == "Le rapport"


@pytest.mark.parametrize("text,needle,speaker", [
    ("Pour l'économiste Thomas Piketty, la hausse des inégalités est « un choix politique ».", "inégalités",
     "Thomas Piketty"),
    ("Pour l'économiste Jean Martin, spécialiste des mobilités à l'université de Nantes, l'effet sur la "
     "fréquentation sera « réel mais limité ».", "fréquentation", "Jean Martin"),
])
def test_pour_a_title_and_a_name_is_an_opinion(extract, text, needle, speaker):
    a = by_content(extract(text), needle)
    assert a.speaker == speaker and a.content.text.startswith(("la hausse", "l'effet"))


# -- round 4 ------------------------------------------------------------------------------

def test_a_day_that_dates_the_saying_ends_the_complement(extract):
    a = by_content(extract("Le maire a dénoncé une attaque inacceptable dimanche soir."), "attaque")
    assert a.content.text == "une attaque inacceptable"
    # a day inside the reported clause stays in it
    a = by_content(extract("Le ministre a affirmé que le texte serait voté mardi."), "texte")
    assert a.content.text == "le texte serait voté mardi"


def test_a_quotation_hung_on_the_verb_is_its_complement(extract):
    a = by_content(extract("Les syndicats ont aussitôt dénoncé « un passage en force »."), "passage")
    assert (a.content.text, a.speaker) == ("un passage en force", "Les syndicats")


def test_an_object_with_its_attribute_is_an_opinion_not_an_anaphor(extract):
    a = by_content(extract("Jean Dupont estime la situation préoccupante."), "situation")
    assert (a.content.text, a.speaker) == ("la situation préoccupante", "Jean Dupont")
    assert extract("Le maire a confirmé la nouvelle hier.") == []


def test_a_place_in_the_complement_of_a_relative_antecedent_does_not_speak(extract):
    text = ("Le président du conseil départemental de la Gironde, qui a pris la parole, a estimé que la route "
            "devait rouvrir. Le juge du tribunal de Lyon qui a estimé que les faits étaient prescrits a été muté.")
    a = by_content(extract(text), "prescrits")
    assert a.speaker == "Le juge du tribunal de Lyon"


@pytest.mark.parametrize("text, needle, speaker", [
    # a description tagged MISC by the recogniser is still an unnamed person in focus
    ("Le ministre de l'Intérieur, Gérald Darmanin, a annoncé des contrôles. « Nous ne laisserons rien passer », "
     "a-t-il déclaré. Un policier en poste à Calais se montre sceptique. « On manque déjà de monde », confie-t-il.",
     "manque", "Un policier en poste à Calais"),
    # everyday people (lexicon/source_nouns.txt)
    ("Le président du club, Jean-Michel Aulas, a salué la victoire. Un supporter, venu de Vienne, exulte : "
     "« C'est le plus beau jour de ma vie. » Il ajoute qu'il reviendra la semaine prochaine.", "reviendra",
     "Un supporter"),
])
def test_an_unnamed_person_who_takes_the_focus_keeps_it(extract, text, needle, speaker):
    a = by_content(extract(text), needle)
    assert a.speaker.startswith(speaker), a.extra.get("speaker_evidence")


def test_a_one_word_name_after_a_title_is_a_person(extract):
    text = ("Le rappeur Booba a annoncé un concert au Stade de France. « Ce sera historique », a promis l'artiste "
            "sur Instagram.")
    a = by_content(extract(text), "historique")
    assert a.speaker == "Booba" and a.speaker_type == "person", a.extra.get("speaker_evidence")


@pytest.mark.parametrize("text, needle, speaker", [
    ("Pour les syndicats, cette réforme est une erreur.", "réforme", "les syndicats"),
    ("Pour la gauche, il s'agit d'un « recul historique ».", "recul", "gauche"),
])
def test_pour_a_body_is_an_opinion(extract, text, needle, speaker):
    a = by_content(extract(text), needle)
    assert a.speaker == speaker and not a.content.text.startswith("Pour")


@pytest.mark.parametrize("text, content", [
    ("La droite juge le projet « trop timide ».", "le projet « trop timide »"),
    ("Le maire juge le projet trop timide.", "le projet trop timide"),  # « juge » tagged a noun
    ("Le syndicat salue le plan mais juge l'enveloppe très insuffisante.", "l'enveloppe très insuffisante"),
])
def test_a_verb_of_thinking_with_an_object_and_its_attribute(extract, text, content):
    assert content in [a.content.text for a in extract(text)]


def test_what_was_learnt_has_the_source_it_was_learnt_from(extract):
    a = by_content(extract("Trois suspects ont été interpellés dans la nuit, a-t-on appris auprès du parquet de "
                           "Marseille."), "suspects")
    assert a.speaker == "parquet de Marseille"
    # the outlet's own reporting (GUIDE.md) is no attribution
    assert extract("Trois suspects ont été interpellés dans la nuit, a appris Le Monde.") == []
    assert extract("Trois suspects ont été interpellés dans la nuit, a-t-on appris dimanche.") == []


def test_a_complement_stops_before_a_conjoined_verb(extract):
    atts = extract("Les signataires dénoncent un « abandon » de l'hôpital public et réclament des moyens "
                   "supplémentaires.")
    assert sorted(a.content.text for a in atts) == ["des moyens supplémentaires", "un « abandon » de l'hôpital public"]
    a = by_content(extract("Le maire a dénoncé la fermeture de l'usine et les licenciements annoncés."), "usine")
    assert a.content.text == "la fermeture de l'usine et les licenciements annoncés"


@pytest.mark.parametrize("text, speaker", [
    ("« On a fait un grand match », a savouré Kylian Mbappé.", "Kylian Mbappé"),  # a verb no list knows
    ("« On a fait un grand match », a savouré l'attaquant du PSG.", "l'attaquant du PSG"),
    ("« C'est le plus beau jour de ma vie », exulte Jean Dupont.", "Jean Dupont"),  # cue_verbs.tsv, incise only
])
def test_an_incise_after_an_auxiliary_whatever_its_verb(extract, text, speaker):
    a = by_content(extract(text), "a")
    assert a.speaker == speaker, a.extra.get("speaker_evidence")


def test_a_participle_about_the_source_of_selon_is_no_content(extract):
    a = by_content(extract("Le juge Marc Trévidic a été entendu par la commission. Selon le magistrat, interrogé par "
                           "le député Éric Ciotti, les moyens de la justice antiterroriste sont insuffisants."), "moyens")
    assert a.content.text == "les moyens de la justice antiterroriste sont insuffisants"
    assert a.speaker == "Marc Trévidic", a.extra.get("speaker_evidence")
    # a participle that agrees with the content's subject is the content's
    a = by_content(extract("Selon le ministre, interrogés par la police, les suspects ont avoué."), "suspects")
    assert a.content.text.startswith("interrogés")


def test_an_incise_locution_of_quebec(extract):
    text = ("Le premier ministre François Legault a présenté son plan. La ministre a parlé ensuite. « On a atteint "
            "notre capacité d'accueil », a-t-il laissé tomber en point de presse.")
    a = by_content(extract(text), "capacité")
    assert a.speaker == "François Legault" and a.extra["speaker_evidence"].startswith("pronoun")


@pytest.mark.parametrize("text, speaker", [
    ("Les Français estiment que la réforme est injuste.", "Les Français"),
    ("Selon les Québécois interrogés, le système de santé est en crise.", "les Québécois interrogés"),
])
def test_a_people_is_a_group_as_the_article_words_it(extract, text, speaker):
    (a,) = extract(text)
    assert a.speaker == speaker and a.anonymous, a.extra.get("speaker_evidence")


def test_a_quotation_that_completes_a_persons_verb_is_that_persons_not_a_continued_report(extract):
    text = ("Philippe Vansteenkiste salue le courage des témoins. « Parler, c'est déjà se reconstruire », "
            "explique-t-il. L'ancien militaire espère « que justice sera rendue très vite ».")
    a = by_content(extract(text), "justice")
    assert a.content.text == "que justice sera rendue très vite" and a.speaker == "Philippe Vansteenkiste"
    # a sentence about a thing goes on reporting the source before it
    a = by_content(extract("« Les travaux reprendront lundi », a indiqué Paul Martin, maire de Brest. Une décision "
                           "qui « permettra de rattraper le retard accumulé depuis l'hiver dernier »."), "rattraper")
    assert a.content.text.startswith("Une décision") and a.speaker == "Paul Martin"


def test_selon_the_words_reported_by_an_agency_is_no_source_of_its_own(extract):
    text = ("Le président turc Recep Tayyip Erdogan a menacé de bloquer l'adhésion de la Suède. « Nous ne dirons pas "
            "oui », a-t-il martelé, selon des propos rapportés par l'agence Anadolu.")
    atts = extract(text)
    assert [a.speaker for a in atts] == ["Recep Tayyip Erdogan", "Recep Tayyip Erdogan"]


def test_a_prefixed_military_title_is_a_title(extract):
    text = ("Le porte-parole du Pentagone, John Kirby, a indiqué que la situation était suivie. « Nous n'avons aucune "
            "indication d'une menace imminente », a ajouté le contre-amiral.")
    a = by_content(extract(text), "indication")
    assert a.speaker == "John Kirby", a.extra.get("speaker_evidence")


def test_speaking_of_quoted_words_is_a_report_speaking_of_a_topic_is_not(extract):
    a = by_content(extract("Jean Dupont parle d'une « trahison » du gouvernement envers les agriculteurs."), "trahison")
    assert a.speaker == "Jean Dupont" and a.kind == "mixed"
    assert extract("Les ministres ont parlé de la réforme des retraites pendant deux heures.") == []


def test_a_relative_after_a_person_in_a_complement_is_that_persons(extract):
    a = by_content(extract("Le club a officialisé l'arrivée de l'attaquant, qui se dit « heureux de rejoindre un "
                           "grand club »."), "heureux")
    assert a.speaker == "l'attaquant", a.extra.get("speaker_evidence")


def test_an_institution_keeps_its_complement_as_its_name(extract):
    a = by_content(extract("D'après les chiffres du ministère du Travail, le chômage a reculé de 0,3 point."), "chômage")
    assert a.speaker == "ministère du Travail", a.extra.get("speaker_evidence")


def test_selon_a_body_named_by_what_it_is_a_body_of(extract):
    a = by_content(extract("La police a arrêté trois suspects. Selon le corps de police, les suspects sont âgés de "
                           "18 à 22 ans."), "âgés")
    assert a.speaker == "corps de police"
    assert extract("Selon les conditions générales de vente, le remboursement est impossible.") == []


@pytest.mark.parametrize("text, reported", [
    ("La Banque d'Angleterre prévoit une chute historique de 14 % du produit intérieur brut.", True),  # a forecast
    ("Le plan de sortie de crise prévoit notamment le retrait des forces armées des villes.", False),  # a plan
    ("Les nouvelles mesures prévoient un protocole spécial à hauteur de 350 000 euros.", False),  # a provision
    ("L'Insee prévoit que la croissance ralentira au second semestre.", True),
])
def test_a_forecast_is_a_report_a_plan_is_not(extract, text, reported):
    assert bool(extract(text)) == reported


@pytest.mark.parametrize("text, content, speaker", [
    ("Pour Me Samuel Madistin, président de la fondation, ces promesses ne valent rien.",
     "ces promesses ne valent rien", "Samuel Madistin"),
    ("Selon Me Anne Murris, avocate de la famille, la plainte sera déposée lundi.",
     "la plainte sera déposée lundi", "Anne Murris"),
])
def test_the_apposition_of_a_source_after_an_honorific_is_no_content(extract, text, content, speaker):
    (a,) = extract(text)
    assert (a.content.text, a.speaker) == (content, speaker)


def test_a_discourse_phrase_after_the_verb_is_no_content(extract):
    a = by_content(extract("Un délégué syndical dénonce au contraire « une répartition injuste »."), "répartition")
    assert a.content.text == "une répartition injuste"


def test_hammering_home_a_noun_phrase_is_a_report(extract):
    a = by_content(extract("Le Premier ministre a martelé sa volonté de ne pas augmenter les impôts."), "volonté")
    assert a.content.text == "sa volonté de ne pas augmenter les impôts"


@pytest.mark.parametrize("text, speaker", [
    ("De passage à Paris, le 24 novembre, Axel Weber avait le premier avancé l'idée que les fonds pourraient être "
     "augmentés.", "Axel Weber"),
    ("Le chef de file du parti de gauche a plusieurs fois dénoncé un procès politique à son encontre.",
     "Le chef de file du parti de gauche"),
])
def test_a_subject_the_parser_hung_on_the_auxiliary(extract, text, speaker):
    (a,) = extract(text)
    assert a.speaker == speaker, a.extra.get("speaker_evidence")


def test_two_adverbs_in_the_verb_group_of_an_incise(extract):
    (a,) = extract("« Nous avons un candidat », a immédiatement et prudemment réagi l'entourage du Premier ministre.")
    assert a.speaker == "l'entourage du Premier ministre"


def test_a_circumstance_before_a_noun_is_not_in_its_description(extract):
    atts = extract("Pour la première fois les électeurs de droite préféreraient François Fillon. « Nous voulons du "
                   "changement. »")
    assert atts[-1].speaker == "les électeurs de droite"


# (what the case shows, text, words of the content, speaker)
SPEAKER_CASES = [
    ("« L'exploitant » after « Un agriculteur » and a minister named since: the unnamed one, by a noun the lexicon "
     "says calls back the other (title_synonyms.tsv)",
     "Un agriculteur de la Beauce, qui a vu sa récolte détruite par la grêle, ne cache pas son désarroi. « On a tout "
     "perdu en dix minutes », raconte-t-il.\n\nLe ministre de l'Agriculture, Marc Fesneau, a promis une aide "
     "d'urgence. L'exploitant reste sceptique. « Les aides arrivent toujours trop tard », juge-t-il.", "trop tard",
     "Un agriculteur de la Beauce"),
    ("« La riveraine, elle, … » after « Une habitante » and a mayor who spoke since: the unnamed one, and « elle » "
     "set apart is no pronoun of the mayor's",
     "Une habitante du quartier a assisté à la scène. « Ils sont arrivés à trois, cagoulés », témoigne-t-elle.\n\n"
     "La maire, Anne Vignot, a condamné « des violences inacceptables ». La riveraine, elle, dit ne plus oser sortir "
     "le soir. « J'ai peur pour mes enfants », confie-t-elle.", "peur", "Une habitante du quartier"),
    ("a quotation after a colon whose lead-in names no person: the body its subject calls back",
     "Renault a vendu l'usine de Flins. Le maire a dénoncé « une trahison ».\n\nLa direction n'a pas caché sa "
     "satisfaction : « C'est une excellente nouvelle. »", "excellente", "Renault"),
    ("« Même constat chez les commerçants : « … » »: where the words were heard", "Le maire a parlé.\n\nMême constat "
     "chez les commerçants : « Les clients ne viennent plus. »", "clients", "les commerçants"),
    ("« sa direction »: a part of the body named before speaks for it",
     "Le constructeur automobile Renault va supprimer environ 3 000 postes dans ses centres d'ingénierie d'ici 2026, "
     "a annoncé lundi sa direction aux syndicats.", "3 000 postes", "Renault"),
    ("a known first name and a surname the recogniser called a body, the subject of a verb, is a person: the one a "
     "new title describes",
     "Le Ballon d'or africain Achraf Hakimi s'est montré plus enthousiaste : « Avec ce public, on peut battre "
     "n'importe qui. »\n\nEn face, Pep Guardiola ne cachait pas sa déception. « Nous avons perdu le contrôle du "
     "match », a reconnu le technicien catalan.", "contrôle", "Pep Guardiola"),
    ("« cette source » says nothing of the gender of the unnamed man it calls back, nor « elle » after it",
     "Selon un proche de l'enquête, le suspect avait déjà été condamné pour violences. Cette source indique qu'il "
     "était connu des services de renseignement. Le procureur de la République, Rémy Heitz, n'a pas souhaité "
     "confirmer. D'après elle, une perquisition a eu lieu jeudi au domicile du suspect.", "perquisition",
     "un proche de l'enquête"),
    ("an unnamed person's apposition (« chauffeur de taxi ») called back by its noun is that person, not a new one",
     "Ce père de quatre enfants, chauffeur de taxi, fait la queue chaque matin. « On se lève à 4 heures », "
     "raconte-t-il.\n\nLe préfet, François-Xavier Bieuville, a promis des unités de dessalement. « Nous mettons tous "
     "les moyens », a-t-il assuré.\n\nLe chauffeur n'y croit guère. Il affirme que les promesses se succèdent depuis "
     "2016.", "promesses", "Ce père de quatre enfants"),
    ("the subject whose apposition has a relative clause the parser joined the main verb to",
     "« Nous mettons tous les moyens », a assuré le préfet.\n\nSa voisine, une infirmière qui souhaite garder "
     "l'anonymat, partage sa colère. Selon elle, les cas de gastro-entérite ont doublé.", "gastro", "Sa voisine"),
    ("« elle » with no one who fits is not the unnamed man quoted last",
     "« Ils viennent et ils repartent », souffle le chauffeur.\n\nLa pluie tombe. Selon elle, les cas de "
     "gastro-entérite ont doublé.", "gastro", None),
    ("a participle joined to a name's apposition gives a role (« détenue à la prison d'Evin » → « la prisonnière »)",
     "La militante Narges Mohammadi, lauréate du prix Nobel de la paix et détenue à la prison d'Evin, a dénoncé ces "
     "exécutions. Sa sœur, Homa Mohammadi, qui vit en exil à Oslo, a lu le texte. « Ils tuent pour survivre », y "
     "écrit la prisonnière.", "survivre", "Narges Mohammadi"),
    ("« a raconté à RFI Amira », one body for the recogniser: the medium, then the person",
     "« On n'a plus d'eau », a raconté à RFI Amira, une enseignante de 41 ans.", "plus d'eau", "Amira"),
    ("« le groupe » calls back a body named in the plural (« Les Forces de soutien rapide »)",
     "Les Forces de soutien rapide (FSR) ont accusé l'armée. Le groupe affirme avoir « repoussé une attaque ».",
     "repoussé", "Forces de soutien rapide"),
    ("« Incendie de Wintzenheim : « … » »: a headline's event and its place before a colon say nothing",
     "Incendie de Wintzenheim : « On a entendu des cris, puis plus rien »\n\nUne résidente du foyer a accepté de "
     "témoigner.", "des cris", None),
    ("a person noun the tagger made an adjective of the verb after a quotation is its subject",
     "« Je pense à ceux qui ne sont plus là », souffle la quinquagénaire, qui a perdu deux amis dans le drame.",
     "ceux qui", "la quinquagénaire"),
    ("« La résidente, elle, … » after « Une résidente du foyer » and a woman named since: the one that noun described "
     "first, set apart by the pronoun",
     "Une résidente du foyer a accepté de témoigner. « L'alarme n'a pas sonné », affirme-t-elle.\n\nLa préfète, "
     "Josiane Chevalier, s'est rendue sur place. Elle a salué « l'engagement » des pompiers.\n\nLa résidente, elle, "
     "ne décolère pas. « On nous avait promis des travaux », lâche-t-elle.", "travaux", "Une résidente du foyer"),
    ("a first name followed by an age between commas is a person, the subject of its sentence, whom the "
     "description after the quotation calls back",
     "Réfugiée dans une école avec ses quatre enfants, Marie-Ange, 38 ans, n'a rien pu emporter. « Ils ont brûlé "
     "toute la rue », raconte la marchande, la voix brisée.", "brûlé", "Marie-Ange"),
    ("a noun no list knows, after the words it said, describes a person (not an organisation)",
     "« Ils ont brûlé toute la rue », raconte la marchande.", "brûlé", "la marchande"),
    ("a name between commas that the parser hung on the title's complement is the titled person's",
     "Le conseiller d'État chargé du Territoire, Antonio Hodgers, a expliqué devant la presse que « trop de "
     "locataires sont poussés dehors ».", "locataires", "Antonio Hodgers"),
    ("« L'Asloca »: a capitalised word no list calls a people, given to no one, is a name, not an epithet",
     "Le conseiller d'État, Antonio Hodgers, a présenté le projet.\n\nL'Asloca, de son côté, salue un « premier "
     "pas ».", "premier", "Asloca"),
    ("« l'entourage du club » is people taken together, never the person just quoted",
     "Le président John Textor a démenti lundi : « Pierre a toute ma confiance. » Mais l'entourage du club reconnaît "
     "que les deux prochains matches seront « décisifs ».", "matches", "l'entourage du club"),
    ("« Mais dans son entourage, on reconnaît que P » after a quotation: the place before « on » is the source",
     "Le président John Textor a démenti lundi : « Pierre a toute ma confiance. » Mais dans son entourage, on "
     "reconnaît que les deux prochains matches seront « décisifs ».", "matches", "son entourage"),
    ("the subject of a verb the parser joined to the relative clause before it is the new subject",
     "« L'État ne laissera pas tomber ses planteurs », a promis Yves Brahima Koné.\n\nUn négociant basé à Abidjan, "
     "qui s'exprimait sous couvert d'anonymat, se montre plus sceptique. D'après lui, les broyeurs locaux manquent "
     "déjà de fèves.", "broyeurs", "Un négociant"),
    ("a title the recogniser joined to the surname (« ministre Roy ») is not part of the name, nor the surname a "
     "first name that gives a gender",
     "Le ministère conteste ces chiffres, a affirmé Pierre Dumas.\n\nLa ministre Roy n'a pas exclu de recourir à une "
     "loi spéciale. Elle a toutefois répété préférer « une entente négociée ».", "entente", "Roy"),
    ("« elle » is never a man whom his first name says is one",
     "Le ministère conteste ces chiffres, a affirmé Pierre Dumas.\n\nLa pluie tombe. Elle a toutefois répété "
     "préférer « une entente négociée ».", "entente", None),
    ("a name the parser made a conjunct of the subject is the subject",
     "L'entraîneur du FC Nantes, Antoine Kombouaré, ne cache pas sa déception. « On a été trop naïfs », a reconnu le "
     "technicien.", "naïfs", "Antoine Kombouaré"),
    ("a title the tagger called an adjective is a title",
     "Le ministre des Finances, Eric Girard, a déposé son budget mardi. Le grand argentier du Québec prévoit un déficit "
     "de 11 milliards.", "déficit", "Eric Girard"),
    ("a verb of thinking after a subject the parser made a list",
     "Son principal opposant, Tidjane Thiam, juge la candidature « illégale ».", "candidature", "Tidjane Thiam"),
    ("the subject before an aside between dashes",
     "Fondée en 2002, l'association Terre Commune - qui signifie « notre terre » en breton - prône le retour des haies "
     "dans le bocage.", "haies", "Terre Commune"),
    ("a writing that points out quoted words, the tagger took its verb for an adjective",
     "Selon un rapport de la Cour des comptes, la dette atteindra 115 % du PIB. Le document pointe « un manque de "
     "maîtrise » des dépenses.", "maîtrise", "Cour des comptes"),
    ("a pronoun after a stand-alone quote sees who spoke it",
     "Le PDG d'Airbus, Guillaume Faury, s'est félicité des commandes record. Un analyste de la banque Natixis tempère : "
     "« La chaîne d'approvisionnement reste fragile. » Il estime que les livraisons pourraient prendre du retard.",
     "livraisons", "Un analyste de la banque Natixis"),
    ("a verb by which the speaker goes on keeps the last speaker, whoever the sentence before made its subject",
     "Un haut responsable américain, qui a requis l'anonymat, a jugé la situation « préoccupante ». Le président Joe "
     "Biden doit se rendre à Kiev. « Nous ne laisserons pas tomber nos alliés », a-t-il ajouté.", "alliés",
     "Un haut responsable américain"),
    ("a participle clause with no speaker before goes with the subject of its main verb",
     "Le dirigeant a exclu toute démission, jugeant que ce serait « une fuite ».", "fuite", "Le dirigeant"),
    ("the noun before « que » is what the relative clause is about, not who judges",
     "Le préfet a pris un arrêté interdisant la manifestation. Une décision que les organisateurs jugent "
     "« liberticide ».", "liberticide", "les organisateurs"),
    ("a discourse phrase inside the verb group of an incise is no complement of the name after it",
     "Nous ne céderons jamais face à la menace, a de son côté martelé le Premier ministre.", "menace",
     "le Premier ministre"),
    ("a participle hung on the object of the main verb goes with that verb's subject",
     "L'agence de notation Moody's a abaissé la note de la France, invoquant la dégradation des finances publiques.",
     "dégradation", "Moody's"),
    ("a plural title before a name is not that person's title: the title it complements is",
     "La patronne des patrons Emma Marcegaglia a insisté sur la nécessité de relancer l'économie.", "nécessité",
     "Emma Marcegaglia"),
    ("a title complemented by a singular title and a name: the name is the complement's, in the description",
     "Un porte-parole du commissaire européen Olli Rehn a jugé que le diagnostic ne changeait pas.", "diagnostic",
     "Un porte-parole du commissaire européen Olli Rehn"),
    ("a body that acted is what a type noun calls back, not the one acted upon",
     "Greenpeace a déposé plainte contre TotalEnergies. Le géant pétrolier conteste toute faute. L'ONG accuse "
     "l'entreprise de « greenwashing ».", "greenwashing", "Greenpeace"),
    ("the people of a place with an indefinite article is somebody described, not a name",
     "« Tout est détruit », dit un Ukrainien de 45 ans.", "détruit", "un Ukrainien de 45 ans"),
    ("one of a people is a person a pronoun can mean",
     "Le président Kaïs Saïed a limogé le gouvernement. Une Tunisoise de 30 ans regrette cette décision. « On "
     "recule », estime-t-elle.", "recule", "Une Tunisoise de 30 ans"),
    ("a people the tagger called singular is the group a plural pronoun means",
     "Le Premier ministre israélien a promis de poursuivre l'offensive. Les Gazaouis, eux, manquent de tout. « Nous "
     "n'avons plus d'eau », racontent-ils.", "plus d'eau", "Les Gazaouis"),
    ("an executive is a person the article describes (« cadre »)",
     "Le PDG de Total, Patrick Pouyanné, a défendu les résultats. Un ancien cadre du groupe est plus critique. Il "
     "estime que l'entreprise a trop tardé à se diversifier.", "trop tardé", "Un ancien cadre du groupe"),
    ("a quotation the parser hung beside a que-clause is part of it",
     "Joe Biden a reçu Volodymyr Zelensky. Il a ajouté que Washington restait « pleinement engagé ».",
     "pleinement engagé", "Joe Biden"),
    ("a subject with a comma-enclosed apposition holding « que » is the subject, not the content of an incise",
     "L'UE, convaincue que Rome n'atteindra pas son objectif en 2013, a demandé de nouvelles mesures de rigueur.",
     "mesures de rigueur", "UE"),
    ("a pronoun whose own sentence has a subject before it: not the subject of the sentence before",
     "Le président italien a désigné Mario Monti pour succéder à Silvio Berlusconi, qui a démissionné samedi. Le "
     "premier ministre désigné devrait constituer une équipe de technocrates, même s'il a souligné qu'il aimerait y "
     "inclure des « politiques ».", "politiques", "Mario Monti"),
    ("« le président élu »: the one the article said was elected",
     "Joe Biden a été élu face à Donald Trump. Le président élu a promis de rassembler le pays.", "rassembler",
     "Joe Biden"),
    ("a quotation after a colon whose lead-in names one person, in a complement",
     "Même son de cloche chez Marie Durand, infirmière à Lyon : « On est épuisés, on n'en peut plus. »",
     "épuisés", "Marie Durand"),
    ("the topic of a report is not its author; who published it is",
     "Oxfam a publié un rapport sur les inégalités. Le texte estime que les milliardaires ont doublé leur fortune.",
     "milliardaires", "Oxfam"),
    ("who a body is « dirigé par » is its « patron »",
     "Le groupe Stellantis, dirigé par Carlos Tavares, a annoncé des suppressions de postes. Son patron assure que "
     "les usines françaises ne fermeront pas.", "usines françaises", "Carlos Tavares"),
    ("who trains a team is « l'entraîneur »",
     "Didier Deschamps entraîne l'équipe de France depuis 2012. L'entraîneur a estimé que ses joueurs avaient "
     "« manqué de lucidité ».", "lucidité", "Didier Deschamps"),
    ("a name the recogniser glued to the title's complement (« l'Économie Bruno Le Maire »)",
     "Le ministre de l'Économie Bruno Le Maire a rencontré la patronne du Medef. Selon le ministre, les discussions "
     "ont été « constructives ».", "constructives", "Bruno Le Maire"),
    ("a title the recogniser called a person is no name; a surname it tagged an adverb is no adverb",
     "Le président de la République Emmanuel Macron a estimé que la France devait se réarmer.", "réarmer",
     "Emmanuel Macron"),
    ("a name with a particle after the title's complement (« Renault Luca de Meo »)",
     "Le patron de Renault Luca de Meo a affirmé que la marque allait se redresser.", "redresser", "Luca de Meo"),
    ("whose trial it is is « le prévenu »",
     "Le procès de Jawad Bendaoud s'est ouvert mardi. « Je ne savais pas », a répété le prévenu.", "savais",
     "Jawad Bendaoud"),
    ("a person named by the initials of a name the article gives",
     "Dominique Strauss-Kahn a démissionné du FMI. DSK affirme qu'il est innocent.", "innocent",
     "Dominique Strauss-Kahn"),
    ("initials over hyphenated names, tagged a proper noun",
     "Le chef du Parti québécois, Paul St-Pierre Plamondon, a pris la parole. PSPP réclame une commission "
     "d'enquête indépendante.", "commission", "Paul St-Pierre Plamondon"),
    ("an outlet whose name starts with capitals is one name (« TVA Nouvelles »), after an incise verb",
     "Les négociations achoppent sur les salaires, a rapporté TVA Nouvelles jeudi soir.", "achoppent",
     "TVA Nouvelles"),
    ("« selon ce que rapporte X »: the one who reports it",
     "La situation est sous contrôle, selon ce que rapporte Radio-Canada.", "sous contrôle", "Radio-Canada"),
    ("capitalised words after an article are a thing, not a person (« le Grand Chelem »)",
     "Les Bleus de Fabien Galthié visaient le Grand Chelem. « On a été dominés dans tous les secteurs », a reconnu "
     "le sélectionneur.", "dominés", "Fabien Galthié"),
    ("a definite description of a kind of person right after a named person spoke is that person",
     "« Nous n'avions jamais observé une fonte aussi rapide », explique Matthias Huss, glaciologue. Le scientifique "
     "estime que la plupart des glaciers auront disparu d'ici 2050.", "glaciers auront disparu", "Matthias Huss"),
    ("… but the one the article described so before, when it did",
     "Un habitant a vu les flammes. « Tout est parti très vite », a dit Marie Dupont, la maire. L'habitant estime que "
     "les secours sont arrivés trop tard.", "secours sont arrivés", "Un habitant"),
    ("a type noun after a body just quoted whose kind the article did not say: that body, not an older one of "
     "the kind",
     "SUD-Rail dénonce « le mépris » de la direction. Le syndicat réclame des négociations sur les salaires. La "
     "CGT-Cheminots, elle, appelle à « élargir la mobilisation ». Selon le syndicat, plus de 60 % des contrôleurs "
     "seraient en grève samedi.", "60 %", "CGT-Cheminots"),
    ("an unnamed person the article opens on is not the person named later with another title",
     "Un agriculteur de la Beauce, qui cultive 200 hectares de blé, ne décolère pas. « On nous impose des normes "
     "impossibles », lance-t-il. Le ministre Marc Fesneau a annoncé un plan de soutien.", "normes impossibles",
     "Un agriculteur de la Beauce"),
    ("a kind of person the last named speaker is not (he holds another title): the unnamed one quoted before",
     "Un agriculteur de la Beauce ne décolère pas. « On nous impose des normes impossibles », lance-t-il. Le "
     "ministre Marc Fesneau a annoncé un plan de soutien. Mais pour l'exploitant, ces mesures arrivent « trop "
     "tard ». Il affirme qu'il songe à vendre sa ferme.", "songe à vendre", "Un agriculteur de la Beauce"),
    ("a description with an adjective's complement keeps it (« présent sur les lieux »)",
     "Un pompier présent sur les lieux affirme que l'immeuble présentait de nombreuses infractions.",
     "nombreuses infractions", "Un pompier présent sur les lieux"),
    ("« le quadragénaire »: the person named in the sentence before, whatever the parser made of that sentence",
     "Sandrine, 42 ans, vit dans la cité. « Ici, on est oubliés », soupire-t-elle. Son voisin Karim, chauffeur de bus, "
     "acquiesce. « Les ascenseurs sont en panne depuis trois mois », raconte le quadragénaire.", "ascenseurs",
     "Karim"),
    ("a type noun of a kind no body of the article has: the body just quoted; a person the recogniser called an "
     "organisation is no body",
     "L'Organisation mondiale de la santé (OMS) a déclenché son plus haut niveau d'alerte. Son directeur général, Tedros "
     "Adhanom Ghebreyesus, a jugé la situation « très préoccupante ». L'OMS s'inquiète de la propagation d'un "
     "nouveau variant. Selon l'agence onusienne, plus de 500 personnes sont mortes depuis janvier.", "500 personnes",
     "Organisation mondiale de la santé"),
    ("a company the recogniser called a person (one word, nothing personal), that a type noun calls back",
     "Stellantis a annoncé mardi la fermeture de son usine de Poissy. Le constructeur automobile affirme que les "
     "salariés se verront proposer un reclassement. Le groupe franco-italien invoque « une surcapacité "
     "structurelle ».", "surcapacité", "Stellantis"),
    ("a restrictive relative clause between the subject and its verb is part of the description",
     "Les habitants qui ont été évacués dénoncent l'absence totale de l'État.", "absence totale",
     "Les habitants qui ont été évacués"),
    ("… but not one that is the report itself",
     "Les gendarmes qui recommandent de ne prendre son véhicule qu'en cas de nécessité sont mobilisés.",
     "ne prendre son véhicule", "Les gendarmes"),
    ("a noun inside a relative clause the parser made hold the main verb is no subject: the noun the clause is about",
     "Les représentants des éleveurs qui ont boycotté la rencontre l'ont qualifiée de « simulacre de concertation ».",
     "simulacre", "Les représentants des éleveurs qui ont boycotté la rencontre"),
    ("a measure is no author of a writing (« cet enregistrement de 28 secondes »), nor lends one to another writing",
     "Sur cet enregistrement de 28 secondes, on voit un homme courir. Selon le rapport de police, l'homme aurait "
     "été abattu sans sommation.", "abattu sans sommation", "rapport de police"),
    ("a subject of two conjuncts speaks as both (« Des éleveurs et des agriculteurs »)",
     "Des éleveurs et des agriculteurs ont dénoncé un « simulacre de concertation ».", "simulacre",
     "Des éleveurs et agriculteurs"),
    ("… and the second conjunct is never the subject alone",
     "Le maire de Lyon et la présidente de la région ont dénoncé un « abandon » de l'État.", "abandon",
     "Le maire de Lyon"),
    ("a title the tokenizer cut at its hyphen is one title (« le troisième-ligne »)",
     "Le capitaine Grégory Alldritt ne cachait pas sa déception. « On a pris une claque. Il faut l'accepter », a lâché "
     "le troisième-ligne rochelais.", "claque", "Grégory Alldritt"),
    ("a capitalised article after a noun for an outlet is part of its name (« le quotidien L'Équipe »)",
     "Selon le quotidien L'Équipe, Fabien Galthié pourrait procéder à plusieurs changements.", "plusieurs changements",
     "L'Équipe"),
    ("a defendant is a person a pronoun can mean, not an organisation",
     "Le prévenu, qui comparaissait libre, a nié avoir frappé la victime. « Je n'ai jamais levé la main sur elle », "
     "a-t-il assuré.", "levé la main", "Le prévenu"),
    ("a title with its article that the recogniser took for a name with the person's (« Le Premier ministre X »)",
     "Des gangs ont attaqué le commissariat de Delmas 33.\nLe Premier ministre Ariel Henry a condamné une attaque "
     "« lâche et barbare ».", "attaque", "Ariel Henry"),
    ("a pronoun after a sentence whose subject is a title with the name in apposition: that person, not the last "
     "speaker",
     "Un pompier affirme que l'immeuble présentait de nombreuses infractions. Il assure que les inspecteurs avaient "
     "signalé le problème.\nLe propriétaire de l'immeuble, Marc Tremblay, rejette ces accusations. « Tout était "
     "conforme », a-t-il déclaré.", "conforme", "Marc Tremblay"),
    ("a name no first-name list knows, after a noun for a person, whatever label the recogniser gave it",
     "Pour l'économiste haïtien Kesner Pharel, la crise sécuritaire « paralyse toute l'activité du pays ».",
     "paralyse", "Kesner Pharel"),
    ("a description in apposition is no name: the described person is the pronoun's antecedent",
     "Son avocat, Me Laurent Franck, a plaidé la relaxe.\nLa victime, un livreur de 24 ans, souffre toujours de "
     "séquelles. « Il m'a frappé alors que j'étais menotté », a-t-elle raconté à la barre.", "menotté",
     "La victime"),
    ("an unnamed person the article opens on is not the one named later with another role",
     "Le tribunal a condamné mardi un ancien policier à deux ans de prison avec sursis.\nÀ l'audience, le prévenu a "
     "reconnu avoir porté « un coup de trop ». Son avocat, Me Laurent Franck, a plaidé la relaxe, estimant que son "
     "client avait agi « dans l'urgence ».", "coup de trop", "le prévenu"),
    ("initials of a role the article gave one person are that person",
     "La directrice des ressources humaines, Claire Moulin, a reçu les syndicats. Selon la DRH, aucun licenciement "
     "« n'est envisagé » avant la fin de l'année.", "licenciement", "Claire Moulin"),
    ("an epithet goes to the person the article called so, not to one it called otherwise",
     "Le Belge Thomas Meunier a ouvert le score avant que l'Italien Marco Verratti n'égalise. « Nous avons manqué "
     "de lucidité », a regretté le Belge.", "lucidité", "Thomas Meunier"),
    ("an epithet never goes to a person it does not agree with, nor to one called by another epithet",
     "Marie Dubois a perdu en finale face à l'Allemande Anna Weber devant le public de Jean Moreau. « J'ai manqué "
     "de fraîcheur », a reconnu la Française.", "fraîcheur", "Marie Dubois"),
    ("a body's name opening the sentence with its type noun in apposition: the name",
     "Les vols reprennent.\nGenève Aéroport, la société qui exploite la plateforme, affirme que les retards seront "
     "résorbés.", "retards", "Genève Aéroport"),
    ("the same with a type noun and its complement",
     "Les bus circulent.\nLyon Mobilités, l'autorité organisatrice des transports, estime que la grève coûte cher.",
     "grève", "Lyon Mobilités"),
    ("a place opening the sentence is no body's name",
     "Le projet avance.\nÀ Lyon, la mairie, prudente, affirme que la situation empire.", "situation", "mairie"),
    ("a verb the tagger took for a noun after an apposition: the noun phrase that opens the chain speaks",
     "L'ancienne ministre de la Culture Aurélie Filippetti, autrice d'un roman salué par la critique, juge la "
     "réforme « vouée à l'échec ».", "vouée", "Aurélie Filippetti"),
    ("« ce dernier »: the person the article spoke of last, also by a counterpart noun",
     "Le ministre de la Santé, Yannick Neuder, a reçu lundi son homologue belge, Frank Vandenbroucke. À l'issue de la "
     "rencontre, le ministre français a estimé que l'échange avait été « constructif ». Son interlocuteur a, pour sa "
     "part, salué « un dialogue franc ». Ce dernier a rappelé que la Belgique avait déjà réformé son système de santé.",
     "Belgique", "Frank Vandenbroucke"),
    ("a name after « au micro de », « entretien accordé à » is a medium's, for « la radio » later",
     "Le maire s'est exprimé dans un entretien accordé à Littoral Provence. La radio locale rapporte par ailleurs "
     "que le conseil municipal se réunira jeudi.", "conseil municipal", "Littoral Provence"),
    ("… but a person the recogniser saw there, with a first name, stays a person",
     "Le ministre a répondu au micro de Léa Salamé. Selon la présentatrice, le ministre « a esquivé » la question.",
     "esquivé", "Léa Salamé"),
    ("a person noun the tagger took for a participle (« l'accusé ») is the new subject a pronoun means",
     "Les proches des victimes ont écouté en silence. « Nous voulons la vérité », a lancé Samia, qui a perdu son "
     "frère.\nInterrogé à la barre mardi, l'accusé avait demandé pardon aux familles. « Je pense à elles chaque "
     "jour », avait-il déclaré.", "chaque jour", "l'accusé"),
    ("a quotation standing alone after « Pour X, P »: the subject inside P is no one who speaks",
     "Le maire a annoncé un plan d'aide.\nPour Marie Dufour, commerçante, ces mesures arrivent trop tard. « Nous "
     "avons déjà perdu la moitié de nos clients. »", "moitié de nos clients", "Marie Dufour"),
    ("a pronoun after « Selon X, P »: a person P makes its subject is no new subject of the author's",
     "Du côté des éducatrices, on dénonce des conditions de travail qui font fuir le personnel. Selon la présidente "
     "de la Fédération des intervenantes en petite enfance du Québec (FIPEQ-CSQ), Valérie Grenon, près d'une "
     "éducatrice sur trois quitte la profession au cours de ses cinq premières années. « On ne pourra pas ouvrir de "
     "places sans personnel », prévient-elle.", "sans personnel", "Valérie Grenon"),
    ("« a confié au Devoir X »: the medium said to is no part of the speaker's name, whatever the recogniser "
     "glued",
     "« Rien n'est réglé », a confié au Devoir Marc Lavoie, porte-parole du syndicat.", "Rien n'est réglé",
     "Marc Lavoie"),
    ("… nor when the recogniser called the whole a miscellany",
     "« On attend depuis deux ans », a indiqué à La Presse Geneviève Tremblay, mère de deux enfants.",
     "On attend depuis deux ans", "Geneviève Tremblay"),
    ("« au micro de X » after a description is where it was said, no part of who said it",
     "« C'est magnifique », s'est exclamé le gardien lillois au micro de Prime Video.", "magnifique",
     "le gardien lillois"),
    ("« X, lui, … »: the name a stressed pronoun sets apart is the subject a title later calls back",
     "Le maire sortant, Paul Girard, a présenté son programme. « Lyon doit rester une ville pionnière », a-t-il "
     "lancé.\nMarc Delorme, lui, mise sur la sécurité. Le candidat soutenu par la droite propose de recruter cent "
     "policiers municipaux.", "cent policiers", "Marc Delorme"),
    ("« Sa présidente, la professeure X »: a title beside the title the name is apposed to is that person's",
     "La préfecture a publié un bilan. Son porte-parole, le commandant Jean-Luc Le Bris, affirme que les secours "
     "« ont fait le maximum ».", "maximum", "Jean-Luc Le Bris"),
    ("a name cut at a hyphen followed by a particle takes back the particle and its word (« Gras-Le Guen »)",
     "Sa présidente, la professeure Christèle Gras-Le Guen, juge que cette étude « confirme ce que les pédiatres "
     "observent au quotidien ».", "pédiatres observent", "Christèle Gras-Le Guen"),
    ("a name apposed to a title with a complement, the comma hung on the name",
     "Pour l'association Greenpeace, ce retard est grave. Sa chargée de campagne nucléaire, Pauline Boyer, réclame "
     "un audit indépendant.", "audit indépendant", "Pauline Boyer"),
    ("« Le négociateur en chef du groupe, le Kényan X »: the title, past the epithet before the name",
     "Le négociateur en chef du Groupe Afrique, le Kényan Ali Mohamed, a qualifié la somme de « bien trop "
     "faible ».", "trop faible", "Ali Mohamed"),
    ("a trade noun for the one the article gave another (« la cinéaste » for « la réalisatrice X »), "
     "a new subject for the pronoun after it",
     "La réalisatrice française Justine Triet a remporté samedi la Palme d'or pour « Anatomie d'une chute ». Elle "
     "devient la troisième femme à recevoir la plus haute récompense du festival.\nSur scène, la cinéaste a livré un "
     "discours très politique. « Ce pays a connu une contestation historique », a-t-elle lancé.",
     "contestation historique", "Justine Triet"),
    ("a compound noun the tokenizer cut at its hyphen is one description (« les marins-pompiers »)",
     "Aucune victime n'est à déplorer, selon les marins-pompiers.", "Aucune victime", "les marins-pompiers"),
    ("a place opening the sentence that the tagger took for a pronoun is a name (« Kiev affirme »)",
     "Kiev affirme avoir repoussé une offensive russe près de Kharkiv.", "offensive russe", "Kiev"),
    ("a capitalised common noun right after a name the recogniser cut ends that name",
     "Du côté de France Urbaine, on reconnaît que les travaux ont pris « un retard certain ».",
     "retard certain", "France Urbaine"),
    ("an unnamed person of an earlier paragraph is not the one meant when the named one speaks in this one",
     "Un porte-parole de la mairie assure que les travaux seront finis en mai.\nPour Paul Girard, architecte, le "
     "chantier a pris du retard. « Les entreprises manquent de bras », observe l'expert.", "manquent de bras",
     "Paul Girard"),
    ("a cue verb hung on the complement of a body's name speaks for the whole name",
     "Selon l'Insee, la croissance ralentit. La Cour des comptes juge « fragile » la trajectoire des finances "
     "publiques et appelle à des économies.", "fragile", "Cour des comptes"),
    ("a cue verb hung on a noun after a preposition: the subject is the name before the verb",
     "Dans un avis publié jeudi, le Haut Conseil des finances publiques juge « optimiste » la prévision de croissance "
     "du gouvernement.", "optimiste", "Haut Conseil des finances publiques"),
    ("« le magistrat » is the judge or prosecutor the article named",
     "Un habitant raconte avoir été réveillé par la fumée. « On est descendus par l'escalier de service », "
     "explique-t-il. Son directeur général, Frédéric Aubry, a promis « une transparence totale ». Le procureur de la "
     "République, Nicolas Bessone, a ouvert une enquête. Le magistrat a précisé que l'origine du feu restait "
     "« indéterminée ».", "origine du feu", "Nicolas Bessone"),
    ("a name in apposition to a type noun is an organisation, that « l'organisme » calls back",
     "Le bailleur, Habitat Lyon Rhône, rejette toute faute. Dans un communiqué, l'organisme affirme que les "
     "ascenseurs étaient « en parfait état ».", "ascenseurs", "Habitat Lyon Rhône"),
    ("a city's people is no other nationality: « la Grenobloise » may be « la Française »",
     "La Française Léa Martin a remporté le slalom de Levi. « J'ai pris tous les risques en deuxième manche », a "
     "raconté la Grenobloise.", "risques", "Léa Martin"),
    ("a ranking published by a body speaks for it",
     "D'après le palmarès publié mardi par l'Observatoire des prix, le gazole a baissé de 3 % en un mois.",
     "gazole", "Observatoire des prix"),
    ("a government named after its leader is that government, and « le gouvernement » calls it back",
     "Le gouvernement Carney a indiqué mardi qu'il déposerait un budget équilibré au printemps.\n\nLe gouvernement "
     "a aussi affirmé que les transferts aux provinces seraient maintenus.", "transferts", "gouvernement Carney"),
    ("« le conseil » right after the lawyer spoke is that lawyer, a woman named « l'avocate » too",
     "L'avocate de la famille, Me Sophie Garnier, a dénoncé « une enquête bâclée ». Le conseil a aussi réclamé une "
     "contre-expertise médicale indépendante.", "contre-expertise", "Sophie Garnier"),
    ("a pronoun after a sentence whose words in marks no report holds: the subject of that sentence",
     "Le groupe Valeo a annoncé la fermeture de son usine de Brest. Son directeur, Marc Petit, a justifié ce choix "
     "par « des pertes colossales ». Il a assuré que les salariés seraient reclassés.", "reclassés", "Marc Petit"),
    ("a present tense the tagger called a participle is the verb of its sentence",
     "Interrogé par l'AFP, un cardiologue de l'hôpital Georges-Pompidou, qui n'a pas participé à l'étude, salue « un "
     "travail solide ».", "travail solide", "un cardiologue de l'hôpital Georges-Pompidou"),
    ("a relative clause after a comma is no part of an unnamed source's description",
     "Un enseignant qui travaille dans un collège de Roubaix, et qui a demandé à ne pas être nommé, juge la réforme "
     "« précipitée ».", "précipitée", "Un enseignant"),
    ("a demonstrative description right after an unnamed speaker is that one, not the last named",
     "L'ancienne ministre Rachida Dati a dénoncé « un plan de communication ». Contacté, un commissaire du 18e "
     "arrondissement reconnaît que les effectifs « ne suffisent pas ». « On court derrière les motos, on ne les "
     "rattrape jamais », confie ce policier expérimenté.", "rattrape", "un commissaire du 18e arrondissement"),
    ("« le texte » after a speaker who spoke in a communiqué is that speaker",
     "Le Maroc a accepté l'aide de quatre pays, a annoncé dimanche le ministère de l'Intérieur dans un communiqué. "
     "Les autorités ont retenu les offres de l'Espagne et du Qatar, précise le texte.", "offres",
     "ministère de l'Intérieur"),
    ("a definite counted group is the persons the last attribution joined, as many",
     "Le ministre de la Mobilité, Elke Van den Brandt, et le bourgmestre de Schaerbeek, Vincent Vanhalewyn, ont "
     "appelé la Stib à « revoir sa copie ». Les deux responsables écologistes estiment que la réforme pénalise "
     "« les habitants qui n'ont pas de voiture ».", "pénalise", "Elke Van den Brandt et Vincent Vanhalewyn"),
    ("a title nobody holds goes to no single word named in passing, that may be a place",
     "Un survivant de Nondin, âgé de 32 ans, a raconté avoir perdu sa femme et ses deux fils. Le procureur du "
     "tribunal de grande instance de Ouahigouya avait annoncé en mars l'ouverture d'une enquête.", "enquête",
     "Le procureur du tribunal de grande instance de Ouahigouya"),
    ("a body named in passing is not the one a type noun calls back",
     "Seul un TGV sur deux circulera jeudi, et trois TER sur dix dans certaines régions. À l'origine du mouvement, "
     "l'intersyndicale réclame une hausse des salaires de 400 euros par mois.", "400 euros", "intersyndicale"),
    ("an article before a present participle makes it a noun, with the name in apposition",
     "Sur place, la colère se mêle à la peur. « Ça tire tous les week-ends », déplore une mère de famille qui habite "
     "à deux rues du lieu du drame. Un intervenant jeunesse du quartier, Mohamed Lamine, estime pour sa part que la "
     "répression ne suffira pas.", "répression", "Mohamed Lamine"),
    ("a quotation completing a verb group in a compound tense is its subject's, not the last speaker's",
     "Le maire a annoncé que la piscine fermerait en juin. À gauche, le conseiller municipal Paul Girard a soupiré "
     "« une décision qui pénalise encore les familles ».", "pénalise", "Paul Girard"),
    ("a place with its adjective names a body, with the capital article it has inside a sentence",
     "Interrogée sur France Info, la maire a salué l'accord. Du côté de La France insoumise, on dénonce un « accord "
     "d'appareils ».", "appareils", "La France insoumise"),
    ("a name in apposition to the subject's type noun is a body that acted, of that kind",
     "Le géant suédois de l'ameublement Ikea va augmenter ses prix de 5 % en février. L'enseigne invoque la hausse du "
     "coût des matières premières et du transport maritime.", "matières premières", "Ikea"),
    ("« ce dernier » before a verb the tagger made a noun of (« Ce dernier juge »)",
     "Le député européen Pascal Canfin, président de la commission de l'environnement, a réagi sur son compte X. Ce "
     "dernier juge « indispensable » que la Commission européenne se saisisse du dossier.", "Commission européenne se",
     "Pascal Canfin"),
    ("a title, a party's initials, then the name: the person",
     "À l'inverse, le conseiller national UDC Pascal Schmid estime que la mesure « ne va pas assez loin ».",
     "assez loin", "Pascal Schmid"),
    ("a body the recogniser cut short is named in full where an acronym defines it",
     "L'Organisation suisse d'aide aux réfugiés (OSAR) a vivement critiqué ce tournant. Dans un communiqué, elle "
     "rappelle qu'aucune région d'Ukraine « n'est aujourd'hui sûre ».", "Ukraine",
     "Organisation suisse d'aide aux réfugiés"),
    ("« qui » after a noun and its adjective stands for that noun, not the last speaker",
     "« L'effet sur les taux devrait rester limité », juge l'économiste Philippe Crevel. Un gérant de fonds parisien, "
     "qui s'exprime sous couvert d'anonymat, redoute « une spirale » si les autres agences suivent.", "spirale",
     "Un gérant de fonds parisien"),
    ("a one-word name after a person noun, that the recogniser called MISC, is a person",
     "La chanteuse Angèle a annoncé dimanche l'annulation de sa tournée européenne pour raisons de santé.",
     "tournée", "Angèle"),
    ("a participle clause after a verb of saying goes with that verb's subject, named since the last speaker",
     "« Je suis désolée de décevoir mon public », écrit la chanteuse Angèle. Son producteur, Live Nation, a confirmé "
     "l'information, précisant que les remboursements interviendraient « sous trente jours ».", "remboursements",
     "Live Nation"),
    ("a definite description right after a named person is that person, not somebody new for a pronoun",
     "À 67 ans, Jean-Pierre Lemaire n'a toujours pas été relogé. « On nous avait promis des maisons en six mois », "
     "dit-il.\n\nLe retraité ne cache pas sa colère contre l'État. Selon lui, les aides ont surtout profité « aux "
     "grandes entreprises de travaux publics ».", "grandes entreprises", "Jean-Pierre Lemaire"),
    ("an institution named by a place with a hyphen keeps the whole place",
     "La préfecture des Alpes-Maritimes conteste cette lecture. Elle assure que 85 % des sinistrés ont été relogés.",
     "sinistrés", "préfecture des Alpes-Maritimes"),
    ("« le second » after « le premier »: the order of the names, not of the mentions by order",
     "Le ministre de l'Intérieur, Bruno Retailleau, et le garde des Sceaux, Gérald Darmanin, ont présenté un plan. Le "
     "premier a promis « une guerre totale » contre les réseaux. Le second a annoncé la création de prisons de haute "
     "sécurité.", "prisons", "Gérald Darmanin"),
    ("an unnamed source's description keeps the name of the body in its complement",
     "À la Bourse de Paris, l'action a reculé de 2,3 %. Pour un analyste de la banque Oddo BHF, cet échec « n'est pas "
     "une surprise ».", "surprise", "un analyste de la banque Oddo BHF"),
    ("a person's name is no body's full name because its initials spell a word (only an acronym in parentheses does)",
     "« J'ai la possibilité d'être présidente », a affirmé dimanche Ketly Le Bamba sur BFMTV. « Les Français en ont "
     "marre », a poursuivi la présidente du Rassemblement national.", "en ont marre", "Ketly Le Bamba"),
    ("a description means the unnamed subject of the sentence before, not the last speaker",
     "Le directeur de l'office de tourisme, Paul Mercier, parle d'une « saison record ». Sur le port, un vendeur de "
     "glaces range ses chaises. « Je n'ai jamais vu autant de monde », sourit l'homme.", "autant de monde",
     "un vendeur de glaces"),
    ("a title nobody holds means the unnamed subject of the sentence before who holds another",
     "« Mon client a toujours nié », a plaidé Me Julien Vasseur. Le médecin légiste désigné par le parquet a été "
     "entendu mardi. L'expert a estimé que la victime était morte sur le coup.", "sur le coup", "Le médecin légiste"),
    ("« Me » says a lawyer: a new title in the feminine is not him",
     "« Mon client a toujours nié », a plaidé Me Julien Vasseur. L'avocate générale a requis dix ans de prison contre "
     "l'accusé.", "dix ans", "L'avocate générale"),
    ("a name in the complement of a noun for other people does not hold a new title",
     "Les parents de Chloé Marchand ont témoigné jeudi. L'enquêtrice a assuré que la jeune femme avait été suivie.",
     "suivie", "L'enquêtrice"),
    ("an acronym after « l' » is a body's name, no epithet for the last person named; its full name has no article",
     "Le maire, Paul Mercier, a dénoncé la fermeture. L'agence régionale de santé (ARS) assure que le Samu prendra "
     "le relais. L'ARS promet aussi des renforts dès l'automne.", "renforts", "agence régionale de santé"),
    ("to whom it was said is no part of an unnamed source",
     "Le procès pourrait s'ouvrir en mars, a indiqué une source proche de l'enquête à l'AFP.", "procès",
     "une source proche de l'enquête"),
    ("the lawyer of someone new is not the lawyer named before",
     "« Mon client est innocent », répète Me Claire Dubois. Le conseil d'un autre prévenu estime que le dossier est "
     "vide.", "dossier est vide", "Le conseil d'un autre prévenu"),
    ("a wider trade (« l'universitaire ») for the one a person was given (« la politologue »)",
     "Un militant du parti juge la défaite « injuste ». Pour la politologue Anne Muxel, le scrutin a surtout montré "
     "une forte abstention. L'universitaire rappelle que la participation n'a pas dépassé 40 %.", "participation",
     "Anne Muxel"),
    ("« le nouveau ministre » is the one the article put in the post, and keeps the title after",
     "Le président a limogé lundi le ministre de l'Intérieur, Marc Vidal. Un décret nomme le préfet Luc Arnaud pour le "
     "remplacer. Le nouveau ministre a promis de « rétablir l'ordre ». « Rien ne sera toléré », a déclaré le ministre "
     "de l'Intérieur jeudi.", "toléré", "Luc Arnaud"),
    ("a name after « le court », « la rue » names a place, not a person an epithet may call",
     "Alizé Cornet a battu l'Italienne Sara Errani mardi sur le court Simonne-Mathieu. « J'ai enfin retrouvé mes "
     "jambes », a savouré la Niçoise.", "mes jambes", "Alizé Cornet"),
    ("a subject named by a people calls someone, and a city's people after it is that one",
     "Kristina Mladenovic a été battue par la Tchèque Karolina Muchova. La Française, blessée à la cheville, n'a jamais "
     "trouvé son rythme. « Je n'avais plus de jambes », a regretté la Dunkerquoise.", "plus de jambes",
     "Kristina Mladenovic"),
    ("a title the parser made the subject, apposed to the name before it, is that person",
     "La présidente du tribunal, Anne Morel, a ouvert l'audience. Karim Benali, le frère de la victime, a pris la parole "
     "ensuite. Le témoin a affirmé qu'il n'avait « rien vu venir ».", "rien vu venir", "Karim Benali"),
    ("people around someone (« l'entourage de la ministre ») are not that one",
     "La ministre de la Santé, Claire Dumont, s'est dite « choquée » par ces propos. Selon l'entourage de la ministre, "
     "l'affaire est close.", "affaire est close", "l'entourage de la ministre"),
    ("a name between commas after a title with its complement is a person, whatever the recogniser said",
     "Le secrétaire général de l'ONU a réclamé une trêve. Le représentant permanent du Soudan auprès des Nations unies, "
     "Al-Harith Idriss, a rejeté toute ingérence. Le diplomate a accusé les paramilitaires de « crimes de guerre ».",
     "crimes de guerre", "Al-Harith Idriss"),
    ("a noun that ends like a trade but names a quality is no speaker after the verb",
     "Une voisine de la famille, qui a souhaité garder l'anonymat, dénonce la lenteur de la procédure.", "lenteur",
     "Une voisine de la famille"),
    ("one whose words another reports has not spoken: after them, who reports them is the last speaker",
     "Un gendarme, qui a requis l'anonymat, décrit des équipes épuisées. « On tient comme on peut », explique-t-il. "
     "Selon lui, le préfet de la Drôme, Thierry Devimeux, avait annoncé des renforts pour l'été. « On ne les a jamais "
     "vus », ajoute-t-il.", "jamais vus", "Un gendarme"),
    ("two people joined by « et » are neither the person the article opened on nor a singular pronoun's subject",
     "Un négociateur européen juge le compromis « bancal ». Olaf Scholz et Pedro Sánchez ont pourtant salué "
     "l'accord. « Rien n'est réglé sur le fond », insiste-t-il.", "réglé sur le fond", "Un négociateur européen"),
    ("a family noun that says whose of nobody describes a speaker, not the person named since",
     "Une riveraine raconte avoir été réveillée par l'explosion. « J'ai cru à un séisme », dit-elle. La préfète, Fabienne "
     "Buccio, s'est rendue sur place. « On n'a eu aucune consigne », regrette la mère de famille.", "aucune consigne",
     "Une riveraine"),
    ("« la direction » of a company the recogniser took for a person",
     "Le constructeur Stellantis a annoncé jeudi la fermeture de son usine de Poissy. La direction assure que « tous les "
     "salariés seront reclassés ».", "reclassés", "Stellantis"),
    ("a body's name the recogniser cut before its lower-case complement is whole",
     "L'Union suisse des propriétaires fonciers dénonce une « attaque contre la propriété privée ».", "attaque",
     "Union suisse des propriétaires fonciers"),
    ("a body's article gives its gender: « le rectorat » is no « elle »",
     "Une infirmière du service, qui préfère garder l'anonymat, décrit des équipes épuisées. Le ministère affirme "
     "pourtant que les effectifs sont « suffisants ». « C'est faux, il manque dix postes », rétorque-t-elle.",
     "dix postes", "Une infirmière du service"),
    ("an institution named with its place is the subject a pronoun of the next sentence continues",
     "Une militante écologiste a été interpellée dimanche. Selon elle, les gendarmes l'ont frappée. La préfecture du "
     "Finistère conteste cette version. Elle affirme que les manifestants avaient « jeté des pierres ».",
     "jeté des pierres", "préfecture du Finistère"),
    ("a pronoun after a colon means the new subject of the words before it, not the last speaker",
     "Au marché de Treichville, Moussa Traoré vend du poisson fumé. « Les clients n'ont plus d'argent », constate le "
     "vendeur. Son voisin de stand hoche la tête : selon lui, les ventes ont chuté de moitié depuis la rentrée.",
     "ventes ont chuté", "Son voisin de stand"),
    ("« l'éleveur » is the unnamed one introduced by « un éleveur »",
     "La préfète, Hélène Girardot, a présenté le plan d'aide mardi. Un éleveur du Causse a dénoncé des montants "
     "« dérisoires ». Il a regretté que les aides arrivent « si tard ». La préfète a promis de nouvelles enveloppes. "
     "L'éleveur reste sceptique : il affirme avoir « déjà entendu ce discours ».", "déjà entendu",
     "Un éleveur du Causse"),
    ("a participle after the subject that the parser made a verb of its own leaves the subject to the cue",
     "Un pêcheur venu de Boulogne a dénoncé des quotas « absurdes ».", "absurdes", "Un pêcheur"),
    ("a demonstrative source noun that a pronoun takes up is the unnamed source it called back",
     "Selon un proche du dossier, la société était en difficulté depuis l'été. Cette source précise que les salaires "
     "de novembre n'ont pas été versés. Le liquidateur, Pierre Morel, s'est refusé à tout commentaire. D'après elle, "
     "une offre de reprise a été déposée lundi.", "offre de reprise", "un proche du dossier"),
    ("an unnamed speaker's article gives its gender: « un expert » is no « elle »",
     "La ministre de la Santé, Catherine Vautrin, a visité l'hôpital lundi. Un expert mandaté par l'agence régionale, "
     "qui ne souhaite pas être cité, reconnaît que les urgences sont « saturées ». Elle a annoncé la création de "
     "vingt lits supplémentaires.", "vingt lits", "Catherine Vautrin"),
    ("a person noun the tagger read as an infinitive (« un supporter ») is the subject a pronoun takes up",
     "L'entraîneur du Stade rennais, Julien Stéphan, a salué l'état d'esprit de son équipe. Dans les tribunes, un "
     "supporter de longue date ne cache pas sa déception. « On n'a rien montré », peste-t-il.", "rien montré",
     "un supporter de longue date"),
    ("a quotation that opens on « il » about the subject just before is not that subject's words",
     "Un ami d'enfance a accepté de témoigner. « C'était un garçon généreux », dit-il. Thomas Girard, 29 ans, venait "
     "de perdre son emploi. « Il ne parlait plus à personne », raconte le trentenaire.", "parlait plus",
     "Un ami d'enfance"),
    ("a wider trade (« la soignante ») is the named nurse, not the person her words talk about",
     "Une collègue de la victime, Nadia Benali, infirmière au CHU de Rouen, se souvient d'une femme « lumineuse ». "
     "Claire Dubois avait 41 ans. « Elle aimait ses patients », confie la soignante.", "aimait ses patients",
     "Nadia Benali"),
    ("a title no one named holds is the unnamed person a subject just introduced",
     "Un délégué syndical, qui a souhaité rester anonyme, se dit inquiet. La ministre de la Santé, Agnès Firmin "
     "Le Bodo, doit recevoir les syndicats jeudi. « Elle ne cédera rien », prédit le syndicaliste.",
     "ne cédera rien", "Un délégué syndical"),
    ("an epithet for a city's people goes to the subject, not to the player she beat who has her own epithet",
     "La Française Caroline Garcia a battu jeudi l'Espagnole Paula Badosa en deux sets. « J'ai enfin retrouvé mon "
     "service », a souri la Lyonnaise.", "retrouvé mon service", "Caroline Garcia"),
    ("an epithet the article gave someone (« la Tchèque ») is that person whatever the recogniser made of it",
     "La Française Caroline Garcia a battu la Tchèque Karolina Pliskova. « Elle a mieux servi que moi », a reconnu "
     "la Tchèque.", "mieux servi", "Karolina Pliskova"),
    ("a pronoun between commas after a surname stands for that person (« Pliskova, elle, a regretté »)",
     "La Française Caroline Garcia a battu la Tchèque Karolina Pliskova. « J'ai bien joué », a dit la Française. "
     "Pliskova, elle, a regretté un manque de réussite sur les balles de break.", "manque de réussite",
     "Karolina Pliskova"),
    ("a name apposed to a noun heading a sentence the parser left with no verb is its subject",
     "« On est à bout de souffle », lance Julie Boudreau, infirmière depuis quinze ans. Sa collègue Marie-Ève Cyr "
     "abonde dans le même sens. D'après elle, le recours aux agences privées « vide le réseau public ».",
     "agences privées", "Marie-Ève Cyr"),
    ("a first name and an initial (« Djeneba S. ») are a person the article's roles can call back",
     "Le procès de Djeneba S., jugée pour avoir incendié un entrepôt, s'est ouvert lundi. Une voisine a raconté avoir "
     "vu des flammes. « Tout a brûlé en dix minutes », a-t-elle dit. L'accusée a affirmé qu'elle dormait au moment des "
     "faits.", "dormait", "Djeneba S."),
    ("a people the nationality list names is an epithet, though the recogniser saw a place or a thing",
     "Matej Mohoric a gagné le contre-la-montre de Lausanne. « J'ai pris des risques dans la descente », a souligné le "
     "Slovène.", "descente", "Matej Mohoric"),
    ("a people in the feminine after « selon l' » is an epithet",
     "La skieuse Mikaela Shiffrin a devancé Federica Brignone. Selon l'Américaine, la piste était « très glacée ».",
     "glacée", "Mikaela Shiffrin"),
    ("a region's people (``region_peoples.txt``) is an epithet",
     "Kévin Vauquelin a attaqué dans le dernier col. Le Normand a expliqué qu'il voulait « tenter sa chance ».",
     "tenter sa chance", "Kévin Vauquelin"),
    ("an epithet no one was given goes to the subject before an object named since",
     "Novak Djokovic a battu Jannik Sinner en demi-finale. « Je savais que je devais servir mieux », a confié le Serbe.",
     "servir", "Novak Djokovic"),
    ("a surname the recogniser called a place is a subject mention of the person named in full before",
     "Tadej Pogacar a remporté mercredi la 14e étape du Tour de France à Plateau de Beille, reprenant 1 min 08 s à Jonas "
     "Vingegaard.\n« Je me sentais très bien dans la dernière montée », a expliqué le Slovène à l'arrivée.\nSon "
     "directeur sportif, Matxin Fernández, a salué « une démonstration ». Selon l'Espagnol, l'équipe UAE avait préparé "
     "cette étape « depuis des mois ».\nVingegaard, lui, ne s'avoue pas vaincu. « J'ai fait ma meilleure ascension de "
     "l'année », a reconnu le Danois, tenant du titre.", "meilleure ascension", "Jonas Vingegaard"),
    ("a political family as a noun (« le libéral ») is the mayor named before",
     "Le maire de Namur, Maxime Prévot, rejette la réforme. Le libéral estime que les communes « paieront la facture ».",
     "paieront", "Maxime Prévot"),
    ("a title headed like an unnamed source's description is that source, not a named person who speaks between",
     "Une ancienne juge d'instruction, qui a requis l'anonymat, affirme avoir subi des pressions. « On m'a demandé de "
     "classer », dit-elle. L'avocat du ministre, Me Paul Vidal, dénonce « une fable ». Le ministère n'a pas réagi.\n"
     "L'ancienne juge se dit prête à témoigner.", "témoigner", "Une ancienne juge d'instruction"),
    ("a title no one holds goes to the unnamed source the article quotes, not to a name it only mentions",
     "Un ancien gardien de prison accepte de parler, sous couvert d'anonymat. « Les cellules sont pleines », raconte-t-il. "
     "Il évoque le cas du détenu Marc Rivière, transféré en mars. Selon lui, les fouilles sont « rares ».\n"
     "Le surveillant assure avoir alerté sa hiérarchie. « Personne n'a bougé », déplore-t-il.", "hiérarchie",
     "Un ancien gardien de prison"),
    ("a body's noun that is also a title (« le gendarme ») names the body of its family named before",
     "L'Autorité de sûreté nucléaire a inspecté la centrale de Gravelines. Le gendarme du nucléaire estime que la "
     "maintenance a été « insuffisante ».", "maintenance", "Autorité de sûreté nucléaire"),
    ("an energy company called back by its trade (« l'électricien »)",
     "Engie a publié ses résultats jeudi. Dans un communiqué, l'électricien affirme que ses bénéfices ont doublé.",
     "bénéfices", "Engie"),
    ("an epithet goes to the speaker, not to the subject of the words he reported",
     "« On a été lésés », a pesté Florian Sotoca. L'attaquant estime que l'arbitre, Clément Turpin, « a tout vu ». "
     "Le Nîmois a reconnu que son équipe avait « mal défendu ».", "mal défendu", "Florian Sotoca"),
    ("a type noun goes to the body the article called by that very noun, before another of its kind quoted",
     "Le quotidien Le Figaro rappelle que la loi date de 1905. L'hebdomadaire Le Point a publié une enquête jeudi. "
     "Selon l'hebdomadaire, trois préfectures ignorent la circulaire.", "trois préfectures", "Le Point"),
    ("« le second » after « le premier » is the other of the same pair, whoever a title called back between",
     "Le PDG de Renault, Luca de Meo, et celui de Stellantis, Carlos Tavares, ont parlé mardi. Le premier a dit "
     "vouloir « baisser les prix ». Le patron du constructeur français a reconnu que les marges allaient baisser. Le "
     "second a annoncé « une usine en Espagne ».", "usine en Espagne", "Carlos Tavares"),
    ("two proper nouns the recogniser called a thing, subject of a verb of saying, are a person the article calls back",
     "Le président de la compagnie, Tim Clark, a salué « une bonne année ». « Les prix vont monter », résume Sash Tusa, "
     "de l'agence Agency Partners. L'intéressé estime que la demande restera « très forte ».", "très forte",
     "Sash Tusa"),
    ("a participle that puts someone on trial (« X, jugé depuis lundi ») makes him « l'accusé »",
     "Karim B., jugé depuis mardi devant la cour d'assises du Rhône, a nié avoir frappé Paul Girard.\n« Je ne l'ai "
     "jamais touché », a répété l'accusé.", "jamais touché", "Karim B."),
    ("a relation named by someone's name (« la sœur de X ») is someone the article did not name",
     "« Je n'ai rien vu », a répété le prévenu. Il affirme qu'il dormait « à l'étage ».\nLa mère de Léa Moreau, "
     "partie civile, a dit attendre « des excuses ».", "des excuses", "La mère de Léa Moreau"),
    ("a description of a kind of person goes to the unnamed one quoted, not to a name the sentence before never quoted",
     "Un riverain, qui refuse de donner son nom, raconte la nuit du drame. « On a entendu des cris », dit-il. Le "
     "préfet, Louis Martin, est arrivé vers minuit. « Personne ne nous a aidés », assure l'homme.",
     "Personne ne nous a aidés", "Un riverain"),
    ("a wider trade (« la soignante ») goes to the unnamed one described by a narrower one (« une infirmière »)",
     "Une infirmière du CHU, sous couvert d'anonymat, décrit un service à bout. « On manque de tout », dit-elle. La "
     "directrice, Anne Morel, a été convoquée au ministère. « On nous demande l'impossible », poursuit la soignante.",
     "l'impossible", "Une infirmière du CHU"),
    ("an acronym written as a word (« Fenacci ») defines the full name before it, place included",
     "La Fédération nationale des associations de consommateurs de Côte d'Ivoire (Fenacci) dénonce une décision "
     "« brutale ».", "brutale", "Fédération nationale des associations de consommateurs de Côte d'Ivoire"),
    ("« les deux hommes » are the two persons named just before, their names joined",
     "Plusieurs juristes, dont Dominique Rousseau et Paul Cassia, ont critiqué le texte. Dans une tribune, les deux "
     "hommes estiment que la loi « viole la Constitution ».", "viole la Constitution",
     "Dominique Rousseau et Paul Cassia"),
    ("« les deux militants » after « deux décrocheurs » are those, not persons named as a thing's complement",
     "Ségolène Royal a salué la décision d'un juge qui a relaxé deux « décrocheurs » d'un portrait d'Emmanuel Macron. "
     "Les deux militants dénonçaient « l'inaction climatique » du gouvernement.", "inaction", "Les deux militants"),
    ("a first name alone the recogniser called a thing, subject of a verb of saying, is a person called back",
     "Un commandant, joint par téléphone, a nié les faits. « Nous n'avons plus rien », témoigne Fatima, 34 ans, "
     "jointe par une ONG. La mère de famille dit avoir perdu « sa maison ».", "sa maison", "Fatima"),
    ("« selon le dirigeant portugais, X incarne … »: the name after the source's comma is the content's subject, "
     "not the title's holder",
     "Le club a recruté l'attaquant Hugo Ekitike. Le directeur sportif du club, Luis Campos, se félicite d'une "
     "opération « stratégique ». Selon le dirigeant portugais, Ekitike incarne « la nouvelle génération ».",
     "nouvelle génération", "Luis Campos"),
    ("a wider trade (« le joueur ») for the post a player was given (« le milieu offensif X »)",
     "Le club a officialisé le recrutement du milieu offensif Désiré Doué. « C'est un rêve », a réagi le joueur de 19 "
     "ans.", "C'est un rêve", "Désiré Doué"),
    ("a counterpart whose adjective the title of one person named before says (« son homologue allemand »)",
     "Le président français, Emmanuel Macron, a refusé d'exclure l'envoi de troupes. Le chancelier allemand, Olaf "
     "Scholz, s'y est opposé. « Rien ne doit être exclu », a insisté le chef de l'État. Il a rappelé que la Russie "
     "menaçait l'Europe. Son homologue allemand a répété qu'aucun soldat ne serait « déployé ».", "aucun soldat",
     "Olaf Scholz"),
    ("a bare participle that ends a description is part of it (« l'unité spécialisée »)",
     "Un agent de la brigade spécialisée, qui a requis l'anonymat, décrit des collègues « épuisés ».", "épuisés",
     "Un agent de la brigade spécialisée"),
    ("« Interrogé sur ces propos, le capitaine … » answers the last speaker: someone else takes the title",
     "Antoine Dupont a été ménagé samedi. Il affirme être « en pleine forme ». Le sélectionneur Fabien Galthié avait "
     "expliqué que le joueur avait « besoin de repos ». Interrogé sur ces propos, le capitaine des Bleus estime "
     "que « chacun a son avis ».", "chacun a son avis", "Antoine Dupont"),
    ("« l'homme » after an unnamed resident and a named mayor who spoke since is the resident",
     "Une habitante de la cité, rencontrée devant l'école, est en colère. « On nous a oubliés », lance-t-elle. La "
     "maire, Anne Vignot, a promis une réunion publique jeudi. « On verra bien », ajoute la femme, sceptique.",
     "On verra bien", "Une habitante de la cité"),
    ("a pronoun after that title goes to the same unnamed source",
     "Un ancien gardien de prison accepte de parler, sous couvert d'anonymat. « Les cellules sont pleines », raconte-t-il. "
     "Il évoque le cas du détenu Marc Rivière, transféré en mars. Selon lui, les fouilles sont « rares ».\n"
     "Le surveillant assure avoir alerté sa hiérarchie. « Personne n'a bougé », déplore-t-il.", "Personne n'a bougé",
     "Un ancien gardien de prison"),
    ("a title refined by an adjective after it is the one person the article gave the title (cast._sole_holder_refined)",
     "L'entraîneur Paul Girard a salué le match de son gardien, Luc Fortier, auteur de 35 arrêts. « Ce n'est jamais "
     "assez », a répondu le gardien québécois.", "jamais assez", "Luc Fortier"),
    ("a pronoun after a refined title subject goes to the one who holds the title",
     "« Nous ne céderons pas », a prévenu Julie Moreau, déléguée de la CSN. Le porte-parole de l'usine, Marc Roy, "
     "a répondu que le plan était nécessaire. « Aucun emploi n'est menacé », a-t-il insisté.\n"
     "La déléguée syndicale n'y croit pas. Selon elle, quarante postes disparaîtront d'ici deux ans.",
     "quarante postes", "Julie Moreau"),
    ("a title by the context skips the last one named when an unnamed person spoke since (Cast.by_context)",
     "Le docteur Paul Girard a témoigné mardi. « Elle savait ce qu'elle faisait », a-t-il affirmé.\n"
     "« Mon père est mort pour rien », a confié le fils d'une victime.\nLe président de la cour a annoncé que le "
     "verdict serait rendu vendredi.", "verdict serait rendu", "Le président de la cour"),
    ("a title by the context is not the subject of words reported (Cast.by_context)",
     "Le docteur Paul Girard a témoigné mardi. Selon lui, Anne Morel « savait ce qu'elle faisait ».\n"
     "L'avocate générale a requis vingt ans de réclusion criminelle.", "vingt ans", "L'avocate générale"),
    ("« cet ancien conseiller » after a sentence whose subject is a new person: that one (title_then_name)",
     "« C'est un premier pas », a réagi Momar Diallo, président de l'association. L'économiste Ibrahima Ndiaye se montre "
     "plus prudent. Selon cet ancien conseiller de la banque centrale, la baisse des prix ne règle rien.",
     "la baisse des prix", "Ibrahima Ndiaye"),
    ("a lower-case title the tagger took for a name is a title (syntax.retag_person_nouns)",
     "À gauche, Jean-Luc Mélenchon a estimé que « le combat continue ». Le leader insoumis a appelé les Français à "
     "« ne pas lâcher » et à rejoindre les cortèges.", "ne pas lâcher", "Jean-Luc Mélenchon"),
    ("an unnamed source keeps the past participle after it and its complement",
     "Des habitants joints par téléphone décrivent une nuit de terreur.", "une nuit de terreur",
     "Des habitants joints par téléphone"),
    ("an unnamed source keeps the past participle after it and its agent",
     "Des salariés interrogés par l'institut Elabe estiment que la réforme est injuste.", "la réforme est injuste",
     "Des salariés interrogés par l'institut Elabe"),
    ("an unnamed source does not keep the date its participle gives",
     "Un télégramme daté du 25 août 2009 évoque « le blitz médiatique des officiels français ».",
     "blitz médiatique", "Un télégramme"),
    ("a description with a title and a name apposed after a comma is that person (name)",
     "« Nous avons doublé les effectifs », a rappelé le maire, Louis Aliot. Un troisième candidat, l'écologiste "
     "Pierre Parès, a dénoncé dans un communiqué « un déni de pluralisme ».", "déni de pluralisme", "Pierre Parès"),
    ("a pronoun after such a subject goes to the person named in its apposition (cast._apposed_to_subject)",
     "« Nous avons doublé les effectifs », a rappelé le maire, Louis Aliot. Un troisième candidat, l'écologiste "
     "Pierre Parès, n'avait pas été invité au débat. Il a dénoncé dans un communiqué « un déni de pluralisme ».",
     "déni de pluralisme", "Pierre Parès"),
    ("a title by the context is never one known by another title who is not the very last speaker (Cast.by_context)",
     "Son avocate, Me Laure Hénin, a dénoncé « l'impunité des policiers violents ». Le prévenu a présenté ses excuses. "
     "« Je n'ai jamais voulu lui faire de mal », a-t-il assuré. Le procureur, Paul Astier, a requis trois ans de "
     "prison. La présidente du tribunal a rappelé au condamné qu'il encourait la révocation.", "encourait la révocation",
     "La présidente du tribunal"),
    ("« Joint par RFI, X, qui …, estime »: a participle the tagger took for a name opens an aside (cues._chain_opening)",
     "Joint par RFI, un cadre d'un autre parti, qui a souhaité garder l'anonymat par peur de représailles, estime que "
     "« le pays glisse vers une dictature ».", "le pays glisse", "un cadre d'un autre parti"),
    ("« confie l'un d'eux sous couvert d'anonymat »: how it was said is no part of who (saying_circumstances.txt)",
     "Plusieurs députés se sont émus de cette piste. « Geler les pensions, c'est suicidaire », confie l'un d'eux sous "
     "couvert d'anonymat.", "suicidaire", "l'un d'eux"),
    ("a participle clause after a comma and a broken-up object speaks with the main clause's subject",
     "La junte au pouvoir a suspendu mercredi « jusqu'à nouvel ordre » les activités des partis politiques et des "
     "associations, invoquant des raisons d'ordre public.", "raisons d'ordre public", "junte au pouvoir"),
    ("« le constructeur » is the one-word company the recogniser called a person, named in the sentence, not quoted",
     "Carlos Tavares a démissionné dimanche de la direction générale de Stellantis, a annoncé le constructeur "
     "automobile dans un communiqué.", "Carlos Tavares a démissionné", "Stellantis"),
    ("« Le syndicat, la Fédération … (FIQ), dénonce »: the body's name after its article and before its acronym "
     "(body_apposition)",
     "Le syndicat, la Fédération interprofessionnelle de la santé du Québec (FIQ), dénonce le recours systématique au "
     "temps supplémentaire obligatoire.", "recours systématique", "Fédération interprofessionnelle de la santé du Québec"),
    ("« l'organisme » is the body just quoted, whatever its kind, also one the cast keeps no record of",
     "Une quarantaine d'infirmières de l'Hôpital de Gatineau menacent de démissionner. Le Centre intégré de santé et de "
     "services sociaux de l'Outaouais (CISSSO) reconnaît une situation « difficile ». Dans une déclaration écrite, "
     "l'organisme soutient que des mesures ont été prises pour recruter du personnel.", "des mesures ont été prises",
     "Centre intégré de santé et de services sociaux de l'Outaouais"),
    ("« Pour le troisième-ligne, P »: a hyphenated title is one word (pipeline.keep_hyphenated_nouns_whole)",
     "Son coéquipier Grégory Alldritt a salué « un immense joueur ». Pour le troisième-ligne, l'équipe doit « se "
     "transcender » samedi.", "se transcender", "Grégory Alldritt"),
    ("a new title by the context is the person the sentence before introduces, with no title yet (Cast.by_context)",
     "Emmanuel Macron a appelé à la paix mardi. Il s'est entretenu avec Volodymyr Zelensky. Le président ukrainien a "
     "réclamé davantage d'armes.", "davantage d'armes", "Volodymyr Zelensky"),
    ("a new title is not the unnamed subject before, described by another title (passes._another_office)",
     "Le chef de l'État a reçu Olaf Scholz à l'Élysée. Le chancelier allemand a plaidé pour une réponse européenne "
     "commune.", "réponse européenne commune", "Olaf Scholz"),
    ("a noun after « au » the parser made the subject is a locution, no source (cues.personal_subject)",
     "C'est au contraire parce que sa candidature est évidente que beaucoup au PS réclament une mise en ordre de "
     "bataille plus précoce.", "une mise en ordre de bataille plus précoce", None),
    ("« Le salarié » calls back « un employé » quoted before (title_synonyms.tsv)",
     "Un employé de la centrale, qui témoigne sous couvert d'anonymat, décrit des conditions de travail dégradées. "
     "« On nous demande toujours plus », explique-t-il. La direction, elle, assure respecter toutes les normes. Le "
     "salarié affirme pourtant avoir signalé plusieurs incidents.", "signalé plusieurs incidents",
     "Un employé de la centrale"),
    ("« l'ONG Human Rights Watch »: the name after a type noun written in capitals",
     "Dans son rapport publié mercredi, l'ONG Human Rights Watch accuse l'armée d'avoir visé des civils.",
     "visé des civils", "Human Rights Watch"),
    ("a writing keeps no participle that says who read it (« consultée par Le Monde »)",
     "Selon une note interne consultée par Le Monde, la direction envisage 2 000 suppressions de postes.",
     "suppressions de postes", "une note interne"),
    ("a stand-alone quote after a sentence about a body named by its noun is that body's",
     "Le syndicat appelle à la grève. « Les conditions se dégradent », explique son secrétaire général, Didier Mathis. "
     "Le gouvernement, lui, se veut rassurant. « Le dialogue n'est pas rompu. »", "dialogue n'est pas rompu",
     "gouvernement"),
    ("a stand-alone quote after « X a été interpellé par Y » is Y's",
     "La ministre a été interpellée par une députée de l'opposition. « Vous avez menti aux Français ! »",
     "menti aux Français", "une députée de l'opposition"),
    ("an unnamed source keeps no participle that says who relayed its words (relaying_verbs.txt)",
     "Le texte sera examiné en juin, selon une source parlementaire citée par l'AFP.", "examiné en juin",
     "une source parlementaire"),
    ("« Ils » after a passive whose agent is a group: that group (passes.plural_group_named_otherwise)",
     "Lors de sa visite, le ministre a été accueilli par des manifestants. Ils ont dénoncé « une réforme injuste ».",
     "une réforme injuste", "des manifestants"),
    ("« Ce dernier » is the person described last, when the article described one after the last it named",
     "Le président de la fédération, Marc Durand, a rencontré l'entraîneur mardi. Ce dernier a affirmé qu'il avait "
     "« commis une erreur ».", "commis une erreur", "l'entraîneur"),
    ("« Ce dernier » stays the person named last when no one was described since",
     "Jean Dupont a reçu le maire, Paul Martin. Ce dernier a expliqué que la situation était grave.",
     "la situation était grave", "Paul Martin"),
    ("« Ces derniers » are the people named last (by_order, anaphors.tsv)",
     "L'avocat s'appuie sur les conclusions de deux experts psychiatres. Ces derniers ont estimé que l'accusée "
     "souffrait d'un trouble ancien.", "souffrait", "deux experts psychiatres"),
]


@pytest.mark.parametrize("case, text, needle, speaker", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_who_speaks(extract, case, text, needle, speaker):
    a = by_content(extract(text), needle)
    assert a.speaker == speaker, a.extra.get("speaker_evidence")


REPORT_CASES = [
    ("« a condamné « des violences » »: for a verb whose complement takes no preposition, « des » is an article",
     "La maire, Anne Vignot, a condamné « des violences inacceptables ».", "des violences inacceptables",
     "Anne Vignot"),
    ("« se félicite que P »: a que-clause, without its « que »",
     "La présidente de la région se félicite que le projet ait enfin abouti.", "le projet ait enfin abouti",
     "La présidente de la région"),
    ("« Selon les termes du communiqué, P »: a phrase that opens a source",
     "Selon les termes du communiqué, la société « regrette profondément » l'incident.",
     "la société « regrette profondément » l'incident", "communiqué"),
    ("« qu' » the parser made the relative object of a verb with an object of its own opens the que-clause",
     "Le ministre, Sean Fraser, a confirmé mardi en mêlée de presse qu'Ottawa attendait « un portrait clair » des "
     "dépenses.", "Ottawa attendait « un portrait clair » des dépenses", "Sean Fraser"),
    ("« a dénoncé dans une lettre ouverte un « coup de force » »: the writing it was said in, then the object",
     "M. Conille a dénoncé dans une lettre ouverte un « coup de force ».", "un « coup de force »", "Conille"),
    ("« Pour l'écologiste, P »: a trade no list names, that ends like one, holds an opinion",
     "La ministre de l'Environnement, Alain Maron, dénonce « un recul historique ». Pour l'écologiste, la santé des "
     "Bruxellois est « sacrifiée sur l'autel de l'électoralisme ».",
     "la santé des Bruxellois est « sacrifiée sur l'autel de l'électoralisme »", "Alain Maron"),
    ("« a appelé « chacun à la responsabilité » »: the object and its complement in marks, that the parser hung "
     "elsewhere", "Le PDG, Jean-Pierre Farandou, a appelé « chacun à la responsabilité » sur France Info.",
     "chacun à la responsabilité", "Jean-Pierre Farandou"),
    ("an object that is a pronoun after the verb (« chacun ») is no clitic: the content",
     "Le PDG a appelé chacun à la responsabilité.", "chacun à la responsabilité", "Le PDG"),
    ("« a fustigé devant les caméras des réquisitions « … » »: where it was said, its noun phrase, then the object "
     "with an article the tagger took for a preposition",
     "À la sortie de la salle, la candidate a fustigé devant les caméras des réquisitions « extrêmement violentes ».",
     "des réquisitions « extrêmement violentes »", "la candidate"),
    ("a verb the tagger took for a noun after an aside, an adverb, then an object with its complement and an "
     "attribute in marks",
     "Un diplomate américain, cité par le Wall Street Journal, juge toutefois les chances d'un accord durable « très "
     "minces ».", "les chances d'un accord durable « très minces »", "Un diplomate américain"),
    ("« Selon l'agence X, P » where the parser hung the clause on the source: the clause with its own subject",
     "Selon l'agence onusienne OCHA, plus de 1,2 million de personnes ont déjà fui leur domicile.",
     "plus de 1,2 million de personnes ont déjà fui leur domicile", "OCHA"),
    ("a verb joined to the cue by the parser, in the tense and number of the que-clause's verb, is the clause's",
     "Son porte-parole a déclaré à l'AFP que les FSR avaient « pris pour cible des civils » et occupaient des "
     "hôpitaux.", "les FSR avaient « pris pour cible des civils » et occupaient des hôpitaux", "Son porte-parole"),
    ("« selon une étude publiée mercredi dans la revue X » at the end of the sentence: the participle's complement "
     "that the parser hung on the noun is part of the source; the content is the clause before it",
     "Près d'un enfant sur dix infecté par le Covid-19 présenterait encore des symptômes six mois après l'infection, "
     "selon une étude publiée mercredi dans la revue The Lancet Child & Adolescent Health.",
     "Près d'un enfant sur dix infecté par le Covid-19 présenterait encore des symptômes six mois après l'infection",
     "une étude"),
    ("a sentence the parser cut before a small letter is one with the part before it",
     "Covid long : une étude de l'Inserm confirme des séquelles durables chez les enfants\n\nPrès d'un enfant sur "
     "dix infecté par le Covid-19 présenterait encore des symptômes six mois après l'infection, selon une étude "
     "publiée mercredi dans la revue The Lancet Child & Adolescent Health.",
     "Près d'un enfant sur dix infecté par le Covid-19 présenterait encore des symptômes six mois après l'infection",
     "une étude"),
    ("« , au terme d'une rencontre » after the quotation that ends a que-clause is when it was said",
     "Le premier ministre Justin Trudeau a réaffirmé dimanche que l'oléoduc « sera construit », au terme d'une "
     "rencontre d'urgence avec ses homologues.", "l'oléoduc « sera construit »", "Justin Trudeau"),
    ("a present the tagger and the lemmatiser took for an adjective, before its prepositional complement",
     "Le syndicat insiste sur la nécessité de négocier avec la direction.",
     "la nécessité de négocier avec la direction", "syndicat"),
    ("a present the tagger took for an adjective, then « , lui, » and its object",
     "Un commerçant déplore, lui, une montée de la délinquance.", "une montée de la délinquance", "Un commerçant"),
    ("« a dénoncé sur les réseaux sociaux « … » »: where the words were said is not part of them",
     "La maire de Rennes, Nathalie Appéré, a dénoncé sur les réseaux sociaux « un acte lâche et odieux ».",
     "un acte lâche et odieux", "Nathalie Appéré"),
    ("« fait état d'au moins douze morts »: the complement the parser hung on the locution's noun",
     "Plus de 3 000 personnes ont abandonné leurs maisons depuis lundi, selon l'Organisation internationale pour "
     "les migrations (OIM). L'agence onusienne fait état d'au moins douze morts.\n\nRéfugiée dans une école avec "
     "ses quatre enfants, Marie-Ange, 38 ans, n'a rien pu emporter.", "au moins douze morts",
     "Organisation internationale pour les migrations"),
    ("« mais juge le plafond encore trop élevé »: the noun the parser made the subject is the object of a "
     "verb joined to the first, whose subject speaks",
     "L'association salue un « premier pas » mais juge le plafond encore trop élevé.",
     "le plafond encore trop élevé", "association"),
    ("« ne … que » is no que-clause: the content runs past it (infinitive)",
     "Le planteur dit n'avoir récolté que la moitié de sa production habituelle.",
     "n'avoir récolté que la moitié de sa production habituelle", "Le planteur"),
    ("« ne … que » is no que-clause: the content runs past it (que-clause)",
     "Le planteur affirme qu'il n'a récolté que la moitié de sa production.",
     "il n'a récolté que la moitié de sa production", "Le planteur"),
    ("« N, qu'il juge « … » » after the complement: « qu' » is a relative pronoun, not a que-clause",
     "Le chercheur plaide depuis des années pour une diversification agricole, qu'il juge « vitale ».",
     "une diversification agricole", "Le chercheur"),
    ("a duration before the prepositional complement is not part of it",
     "Le chercheur plaide depuis longtemps pour une diversification agricole.",
     "une diversification agricole", "Le chercheur"),
    ("« On y rappelle » after « Au cabinet du ministre, on … »: the place the sentence before named",
     "Au cabinet du ministre des Pouvoirs locaux, on se refuse à tout commentaire. On y rappelle toutefois que la "
     "Région « a tiré les leçons » du dossier.", "la Région « a tiré les leçons » du dossier",
     "cabinet du ministre des Pouvoirs locaux"),
    ("a present of saying the tagger took for an adjective, with its subject",
     "Une éducatrice raconte avoir perdu trois collègues depuis septembre.",
     "avoir perdu trois collègues depuis septembre", "Une éducatrice"),
    ("a present of saying the tagger took for an adjective qualifying the noun of a relative clause",
     "Dans une garderie de Rosemont, une éducatrice qui a requis l'anonymat raconte avoir perdu trois collègues "
     "depuis septembre.", "avoir perdu trois collègues depuis septembre", "une éducatrice"),
    ("« juge que P » with « juge » taken for a noun and « que » made a fixed word of it",
     "La Société française de pédiatrie (SFP) recommande depuis plusieurs années de bannir les écrans avant trois ans. "
     "Sa présidente, la professeure Christèle Gras-Le Guen, juge que cette étude « confirme ce que les pédiatres "
     "observent au quotidien ».", "cette étude « confirme ce que les pédiatres observent au quotidien »",
     "Christèle Gras-Le Guen"),
    ("a word cut at its hyphen (« hold-up ») never ends a sentence, nor the content in marks",
     "Le député a qualifié la réforme de « hold-up ».", "la réforme de « hold-up »", "Le député"),
    ("« Pour beaucoup de X, P »: the noun the quantity counts holds the opinion, a group unnamed",
     "Pour beaucoup de parents, la fermeture de l'école est « une erreur ».",
     "la fermeture de l'école est « une erreur »", "beaucoup de parents"),
    ("a que-clause stops before « , tandis que » and the author's clause",
     "La direction a fait savoir qu'elle ne reculerait pas, tandis que les salariés prévoient une grève « dure ».",
     "elle ne reculerait pas", "direction"),
    ("« selon X » right after a relative pronoun governs the relative clause, to its comma",
     "Le nouveau stade, qui selon la mairie coûtera au moins 300 millions d'euros, inquiète les riverains.",
     "coûtera au moins 300 millions d'euros", "mairie"),
    ("a noun-phrase object after where the words were said (« a confirmé dans un communiqué le transfert de X »)",
     "Le ministère a annoncé dans un communiqué la fermeture de l'usine de Douai.", "la fermeture de l'usine de Douai",
     "ministère"),
    ("an object and its attribute in marks, then « mais » and a verb of its own",
     "Le syndicaliste Marc Ravel juge la réforme « inacceptable » mais salue le dialogue.",
     "la réforme « inacceptable »", "Marc Ravel"),
    ("a present tense the tagger made a participle, then a discourse phrase before the quoted object",
     "La Fédération salue à l'inverse « un texte équilibré ».", "un texte équilibré", "Fédération"),
    ("a que-clause after an aside with a participle (« dans un entretien accordé au Monde, que P »)",
     "La ministre a assuré jeudi, dans une interview accordée à France Inter, que les crédits seraient « maintenus ».",
     "les crédits seraient « maintenus »", "La ministre"),
    ("a cue taken for a noun, then « quant à lui » before « que »",
     "Un ancien juge de ligne, interrogé par RMC, juge quant à lui que le but était « valable ».",
     "le but était « valable »", "Un ancien juge de ligne"),
    ("« on » after a place the parser cut off as a sentence of its own (« À Matignon, on fait valoir que P »)",
     "À Bercy, on fait valoir que les dépenses ont été « tenues ».", "les dépenses ont été « tenues »", "Bercy"),
    ("« Pour X (ACR), P »: the acronym between the body and the comma",
     "Pour l'Institut national de la statistique (Insee), la croissance devrait ralentir en 2025.",
     "la croissance devrait ralentir en 2025", "Institut national de la statistique"),
    ("a que-clause that ends before words in marks the parser hung on the cue taken for a noun",
     "Le syndicat juge que les négociations sont « au point mort ».", "les négociations sont « au point mort »",
     "syndicat"),
    ("an incise after a short quotation the parser made its subject",
     "La mairie a fermé les fontaines. « Chaque litre compte », a rappelé le maire, Paul Garnier, lors du conseil.",
     "Chaque litre compte", "Paul Garnier"),
    ("an incise whose auxiliary and verb a time phrase separates",
     "La France n'a pas vocation à accueillir toute la misère du monde, avait un jour lancé Michel Rocard.",
     "La France n'a pas vocation à accueillir toute la misère du monde", "Michel Rocard"),
    ("an incise verb the tagger took for an adverb after « une nouvelle fois »",
     "Nous ne céderons rien, a une nouvelle fois martelé le Premier ministre devant les députés.",
     "Nous ne céderons rien", "le Premier ministre"),
    ("« quant à lui » inside the verb group",
     "Le ministre a quant à lui confirmé que la réforme serait votée.", "la réforme serait votée", "Le ministre"),
    ("a present tense the tagger took for a participle hung on its subject",
     "Un policier décrit une situation intenable.", "une situation intenable", "Un policier"),
    ("a present tense the tagger hung on the relative clause before it",
     "Un policier du commissariat, qui a souhaité rester anonyme, décrit une situation intenable.",
     "une situation intenable", "Un policier du commissariat"),
    ("a verb with its own infinitive complement after a comma is no incise",
     "Le prévenu, qui comparaissait libre, a nié avoir frappé la victime.", "avoir frappé la victime", "Le prévenu"),
    ("a bare day after the object dates the saying: the complement stops before it",
     "Le maire a dénoncé une gestion catastrophique des finances jeudi.", "une gestion catastrophique des finances",
     "Le maire"),
    ("an apposition after the name of a « selon » source is no content",
     "Selon Jean Dupont, le maire de la commune, la situation est sous contrôle.", "la situation est sous contrôle",
     "Jean Dupont"),
    ("quoted words a comma joins to the complement, with no clause of the author's, are part of it",
     "Dans un communiqué, Nicolas Sarkozy remercie les présidents du Brésil et de la Syrie, pour leur « rôle actif "
     "en faveur de la libération de notre compatriote ».",
     "les présidents du Brésil et de la Syrie, pour leur « rôle actif en faveur de la libération de notre "
     "compatriote »", "Nicolas Sarkozy"),
    ("a « selon » aside after a clause of its own governs that clause, not the words after it",
     "Le suspect aurait agi seul, selon les enquêteurs, qui n'excluent pas d'autres complicités.",
     "Le suspect aurait agi seul", "les enquêteurs"),
    ("a « selon » aside inside a clause whose verb's complement comes after it: the clause around it",
     "Le gouvernement envisage, selon Le Figaro, de supprimer deux jours fériés.",
     "Le gouvernement envisage, selon Le Figaro, de supprimer deux jours fériés", "Le Figaro"),
    ("« selon X, qui … » at the end: the relative clause is about the source, the clause before is the content",
     "Le chômage a reculé au troisième trimestre selon l'Insee, qui publiait jeudi ses chiffres trimestriels.",
     "Le chômage a reculé au troisième trimestre", "Insee"),
    ("a « selon » aside inside a participle's phrase: that phrase, around the aside",
     "Les autorités ont saisi des œufs d'esturgeon, revendus, selon les enquêteurs, dix fois leur prix à Moscou.",
     "revendus, selon les enquêteurs, dix fois leur prix à Moscou", "les enquêteurs"),
    ("a « selon » aside after a date apposed to the clause: the clause before",
     "Un millier de migrants sont arrivés depuis l'annonce du confinement, le 23 mars, selon un décompte de "
     "l'agence PA, avec au moins 145 arrivées le 8 mai.",
     "Un millier de migrants sont arrivés depuis l'annonce du confinement, le 23 mars", "PA"),
    ("a quotation opened by « car » after a reported complement is part of it",
     "La dirigeante a insisté sur la nécessité de relancer l'économie, « car un pays sans croissance ne peut pas "
     "tenir ses engagements ».",
     "la nécessité de relancer l'économie, « car un pays sans croissance ne peut pas tenir ses engagements »",
     "La dirigeante"),
    ("two subjects joined by « et » inside a que-clause: the report inside it does not cut it",
     "Le ministre a déclaré que les États-Unis et leurs alliés s'engageaient à renforcer leur aide.",
     "les États-Unis et leurs alliés s'engageaient à renforcer leur aide", "Le ministre"),
    ("an adjective the tagger made of a cue verb before a quotation is no part of the subject",
     "Le médecin déplore « un manque criant de moyens » à l'hôpital.", "« un manque criant de moyens » à l'hôpital",
     "Le médecin"),
    ("a quoted object comes before a clause opened by « si »",
     "Le collectif redoute « une catastrophe sanitaire » si rien n'est fait.", "une catastrophe sanitaire",
     "collectif"),
    ("expressing quoted words is a report (frame Q)",
     "Le maire a exprimé sa « profonde colère » face aux dégradations.",
     "sa « profonde colère » face aux dégradations", "Le maire"),
    ("paying tribute with quoted words is a report",
     "Le président a rendu hommage à « un grand serviteur de l'État ».", "un grand serviteur de l'État",
     "Le président"),
    ("a subject after a circumstance, with its own article, after an incise verb",
     "Il n'y aura pas de fermeture, a promis devant la presse la directrice de l'usine.",
     "Il n'y aura pas de fermeture", "la directrice de l'usine"),
    ("the name that closes a title after an incise verb",
     "Trois personnes ont été tuées, a déclaré à l'AFP son ministre chargé de la gestion des catastrophes "
     "naturelles Javed Khan.", "Trois personnes ont été tuées", "Javed Khan"),
    ("the name after « de » is not the title holder's",
     "Rien n'est décidé, a déclaré le porte-parole de Vladimir Poutine.", "Rien n'est décidé",
     "le porte-parole de Vladimir Poutine"),
    ("a cue verb the tagger took for a noun at the root, with a subject before and an object after",
     "Le rapport de la Cour des comptes, publié mercredi, pointe un dérapage des dépenses publiques.",
     "un dérapage des dépenses publiques", "Cour des comptes"),
    ("a cue verb the tagger made a modifier of the subject, with its own object",
     "L'Insee a revu sa prévision. L'institut de la statistique pointe le ralentissement de la consommation des "
     "ménages.", "le ralentissement de la consommation des ménages", "Insee"),
    ("a cue verb the tagger took for a noun after an aside, with a prepositional object",
     "La Banque de France, elle, table toujours sur une croissance de 0,9 %.", "une croissance de 0,9 %",
     "Banque de France"),
    ("rejecting criticism is a report of words",
     "La députée a rejeté du revers de la main les critiques de l'opposition sur son budget.",
     "les critiques de l'opposition sur son budget", "La députée"),
    ("quoted words that the parser hung on the verb are part of the noun phrase they finish",
     "Le Premier ministre Ariel Henry a condamné une attaque « lâche et barbare ».",
     "une attaque « lâche et barbare »", "Ariel Henry"),
    ("a second verb of saying coordinated to the first one ends its que-clause and shares its subject",
     "Le maire estime que la décision est injuste et rappelle que la commune a déjà beaucoup investi.",
     "la décision est injuste", "Le maire"),
    ("… and reports what comes after it, for the same speaker",
     "La ministre a affirmé que le budget serait tenu et a ajouté que les impôts n'augmenteraient pas.",
     "les impôts n'augmenteraient pas", "La ministre"),
    ("a verb of saying coordinated inside the que-clause of someone who could say it stays there",
     "Le maire affirme que le préfet a menti et a déclaré que la commune porterait plainte.",
     "le préfet a menti et a déclaré que la commune porterait plainte", "Le maire"),
    ("« Pour X, » before a clause whose own subject says it: who speaks for X, not X's opinion",
     "Pour le Rassemblement national, Jordan Bardella a estimé que le président « avait perdu le contact avec les "
     "campagnes ».", "le président « avait perdu le contact avec les campagnes »", "Jordan Bardella"),
    ("« un de ses partisans » after an incise verb: one of a group, in the article's words",
     "« C'est une victoire du peuple sénégalais », s'est réjoui un de ses partisans, rencontré devant le siège de "
     "campagne.", "C'est une victoire du peuple sénégalais", "un de ses partisans"),
    ("a verbless sentence before an incise whose subject, a person, comes after the verb",
     "Lendix a levé 50 millions d'euros. Une opération qui doit lui permettre de se développer en Europe, explique "
     "son fondateur, Olivier Goy.", "Une opération qui doit lui permettre de se développer en Europe", "Olivier Goy"),
    ("a cue verb the tagger took for an adjective before a colon and a quotation (« tempère » of « tempérer »)",
     "Un banquier d'affaires parisien, qui préfère rester anonyme, tempère : « Les levées de fonds masquent une "
     "réalité plus dure. »", "Les levées de fonds masquent une réalité plus dure.",
     "Un banquier d'affaires parisien"),
    ("of two subjects the parser found (« start - up », then a name), the named body",
     "La start-up nantaise Lendix a annoncé mardi une levée de fonds de 50 millions d'euros.",
     "une levée de fonds de 50 millions d'euros", "Lendix"),
    ("a locution's prepositional object the parser called an object (« a fait part de sa « profonde inquiétude » »)",
     "Le syndicat a fait part de sa « profonde inquiétude » face aux suppressions de postes.",
     "sa « profonde inquiétude » face aux suppressions de postes", "syndicat"),
    ("a gerund's subject is its main clause's, whoever spoke before",
     "« Nous vivons dans la peur », a lâché un habitant. Le Réseau national de défense des droits humains a salué "
     "ces arrestations, tout en réclamant « une enquête indépendante » sur les violences.",
     "« une enquête indépendante » sur les violences", "Réseau national de défense des droits humains"),
    ("« Pour l'organisation, » is the body the article named so",
     "Le Réseau national de défense des droits humains a salué ces arrestations. Pour l'organisation, l'État haïtien "
     "« a failli à sa mission de protection ».", "l'État haïtien « a failli à sa mission de protection »",
     "Réseau national de défense des droits humains"),
    ("a bare noun in apposition between a « pour » source and its words; a body named by its kind and a place",
     "Les habitants avaient manifesté. Et pour le collectif des citoyens de Mayotte, association loi 1901, « personne "
     "n'est à l'abri de la crise sécuritaire ».", "personne n'est à l'abri de la crise sécuritaire",
     "collectif des citoyens de Mayotte"),
    ("« selon ce qu'a appris La Presse »: the outlet, not an epithet for the last person named",
     "Le ministre François Bonnardel a parlé. Selon ce qu'a appris La Presse, le bureau de projet aurait déjà dépensé "
     "45 millions.", "le bureau de projet aurait déjà dépensé 45 millions", "La Presse"),
    ("« Du côté de X, on assure que P »: X",
     "Du côté de Renault, on assure que les salariés seront reclassés.", "les salariés seront reclassés", "Renault"),
    ("« c'est ce qu'affirme X »: the sentence before, never the words after the verb",
     "L'avion aurait été abattu par deux missiles. C'est du moins ce qu'affirme le New York Times dans son édition "
     "de mardi.", "L'avion aurait été abattu par deux missiles", "New York Times"),
    ("the writing where it was said is no part of the description of who said it",
     "« Nous ne lâcherons rien », écrit le militant dans une lettre ouverte.", "Nous ne lâcherons rien",
     "le militant"),
    ("a cue verb the tagger took for a noun right after a body's name, with a prepositional object",
     "L'Insee table sur une croissance de 1 % du PIB cette année.", "une croissance de 1 % du PIB cette année",
     "Insee"),
    ("… that the recogniser ran into the body's name (« La Cour des comptes chiffre à … »)",
     "La Cour des comptes chiffre à 2 milliards d'euros le coût de la mesure.",
     "2 milliards d'euros le coût de la mesure", "Cour des comptes"),
    ("singling out a noun phrase is a report (« épingler »)",
     "La Cour des comptes épingle la gestion calamiteuse du musée par son ancien directeur.",
     "la gestion calamiteuse du musée par son ancien directeur", "Cour des comptes"),
    ("decreeing a que-clause is a report (« décréter »)",
     "Le ministre a décrété que les frontières seraient fermées dès lundi.", "les frontières seraient fermées dès lundi",
     "Le ministre"),
    ("« tirer la sonnette d'alarme sur P »",
     "Les associations ont tiré la sonnette d'alarme sur la hausse de la pauvreté chez les jeunes.",
     "la hausse de la pauvreté chez les jeunes", "Les associations"),
    ("a writing's author named after its kind (« le rapport annuel de l'ONG Amnesty International »)",
     "Selon le rapport annuel de l'ONG Amnesty International, les exécutions ont augmenté de 30 % en 2023.",
     "les exécutions ont augmenté de 30 % en 2023", "Amnesty International"),
    ("a cue verb the tagger took for a noun before a quoted partitive object, after an apposition to a writing",
     "Le rapport, rédigé par trois inspecteurs des finances, pointe « de graves dysfonctionnements » dans la "
     "gestion du fonds.", "« de graves dysfonctionnements » dans la gestion du fonds",
     "trois inspecteurs des finances"),
    ("a participle after a « selon » source agrees with the noun of its complement (« d'experts mandatés »)",
     "Selon un rapport d'experts mandatés par la justice, l'accident était évitable.", "l'accident était évitable",
     "experts mandatés par la justice"),
    ("a participle after a « selon » source on which the parser hung the clause ends at its comma",
     "Selon plusieurs témoins cités par la presse locale, le tireur a crié avant d'ouvrir le feu.",
     "le tireur a crié avant d'ouvrir le feu", "plusieurs témoins"),
    ("a bare infinitive after the one it was said to (« a confié au Parisien avoir perdu … »)",
     "La chanteuse Nana Mouskouri a confié au Parisien avoir perdu « un frère ».", "avoir perdu « un frère »",
     "Nana Mouskouri"),
    ("a negated bare infinitive is what is said (« expliquait ne pas vouloir … »)",
     "Dans un entretien, le chanteur expliquait ne pas vouloir « s'arrêter tant que la voix suivra ».",
     "ne pas vouloir « s'arrêter tant que la voix suivra »", "le chanteur"),
    ("« X, pour qui P, … »: the relative clause is X's opinion, up to its comma",
     "Le ministre, pour qui la réforme est « indispensable », refuse tout report.",
     "la réforme est « indispensable »", "Le ministre"),
    ("« X, selon qui P, … »", "Les syndicats, selon qui la réforme est injuste, appellent à la grève.",
     "la réforme est injuste", "Les syndicats"),
    ("« Ainsi que l'a rappelé X, P » as « comme »",
     "Ainsi que l'a rappelé le préfet, la baignade reste interdite sur toutes les plages.",
     "la baignade reste interdite sur toutes les plages", "le préfet"),
    ("« De source proche de l'enquête, P »: a source phrase as « selon »",
     "De source proche de l'enquête, les investigations se concentrent sur une décharge de La Ciotat.",
     "les investigations se concentrent sur une décharge de La Ciotat", "source proche de l'enquête"),
    ("« P, de sources concordantes »",
     "Le ministre devrait démissionner dans la soirée, de sources concordantes.",
     "Le ministre devrait démissionner dans la soirée", "sources concordantes"),
    ("a quotation that opens on a verb of saying whose subject stands right before the mark",
     "La préfecture « invite tous les automobilistes à la plus grande prudence sur les routes ».",
     "invite tous les automobilistes à la plus grande prudence sur les routes", "préfecture"),
    ("… also a present the tagger took for a participle, after a participle aside that hides the subject",
     "Sollicité, Eiffage « conteste fermement les conclusions de l'expertise ».",
     "conteste fermement les conclusions de l'expertise", "Eiffage"),
    ("a que-clause ends before « , avant de » and a verb of saying, which has the same speaker",
     "Le ministre a affirmé que la réforme serait votée, avant de préciser que le calendrier restait à fixer.",
     "la réforme serait votée", "Le ministre"),
    ("… also after a locution (« a laissé tomber que »), whoever the que-clause's subject",
     "La ministre Dumas a laissé tomber que le parti est lié à ces firmes qui le « financent », avant de préciser "
     "qu'il s'agissait plutôt de ses dirigeants.", "il s'agissait plutôt de ses dirigeants", "Dumas"),
    ("a noun-phrase content stops before « et » and a verb group (« et s'est dit »)",
     "Le maire a dénoncé la fermeture de la maternité de Lannion et s'est dit prêt « à saisir la justice ».",
     "la fermeture de la maternité de Lannion", "Le maire"),
    ("… whose verb shares the subject of the verb before « et »",
     "Alain Dupont a mis en garde contre Boko Haram et s'est dit prêt « à partager tous les renseignements ».",
     "prêt « à partager tous les renseignements »", "Alain Dupont"),
    ("an aside between commas inside the verb group (« a, elle, dénoncé »)",
     "L'opposition d'extrême droite de l'AfD a, elle, dénoncé une politique « suicidaire ».",
     "une politique « suicidaire »", "opposition d'extrême droite de l'AfD"),
    ("a circumstance the parser put before the object is no content",
     "Angela Merkel a défendu jeudi devant le Bundestag sa politique migratoire.", "sa politique migratoire",
     "Angela Merkel"),
    ("an acronym in parentheses after a « selon » source is no content",
     "Selon l'Agence régionale de santé (ARS), les piqûres de ces méduses sont douloureuses mais rarement "
     "dangereuses.", "les piqûres de ces méduses sont douloureuses mais rarement dangereuses",
     "Agence régionale de santé"),
    ("« Pour X, » before a clause whose subject is a writing is X's opinion",
     "Pour Maria Zakharova, les déclarations de l'OTAN révèlent une volonté délibérée de prolonger le conflit.",
     "les déclarations de l'OTAN révèlent une volonté délibérée de prolonger le conflit", "Maria Zakharova"),
    ("an object and words in marks that a verb of thinking gives it",
     "Le maire juge ces reproches « sans objet ».", "ces reproches « sans objet »", "Le maire"),
    ("an object and a bare participle that a verb of thinking gives it, the verb hung on a name as a list",
     "L'avocate de la commune, Me Claire Roy, juge ces critiques infondées.", "ces critiques infondées",
     "Claire Roy"),
    ("a present tense the tagger took for a participle hung on a relative clause, with a que-clause",
     "Une infirmière de nuit, qui a requis l'anonymat, dit que les équipes sont épuisées.",
     "les équipes sont épuisées", "Une infirmière de nuit"),
    ("a present tense the tagger took for a participle, hung on the verb of a relative clause",
     "Un ancien salarié, qui a travaillé à l'usine pendant dix ans, décrit une ambiance de peur.",
     "une ambiance de peur", "Un ancien salarié"),
    ("an object, an aside between commas, then the infinitive of « accuser X de P »",
     "Des dizaines de chauffeurs accusent les plateformes numériques, souvent basées sous des cieux fiscaux "
     "cléments, de casser les prix.",
     "les plateformes numériques, souvent basées sous des cieux fiscaux cléments, de casser les prix",
     "Des dizaines de chauffeurs"),
    ("« Selon des chiffres publiés par X, P »: the participle's phrase ends at its comma, though the parser hung "
     "P's subject on it",
     "Selon des données publiées par l'Insee, plus de 9 millions de personnes vivent sous le seuil de pauvreté.",
     "plus de 9 millions de personnes vivent sous le seuil de pauvreté", "Insee"),
    ("a phrase between commas inside the verb group (« a, dans son adresse à la nation, appelé »)",
     "Le président a, dans son discours du Nouvel An, appelé les Français à l'unité et au courage.",
     "les Français à l'unité et au courage", "Le président"),
    ("… also a clause with « comme » (« a, comme il l'avait promis, annoncé »)",
     "Le maire a, comme il l'avait promis, annoncé la fermeture définitive du site.",
     "la fermeture définitive du site", "Le maire"),
    ("whom the words were said to ends no noun-phrase content (« à nos confrères du Parisien »)",
     "Le directeur a confirmé la suppression de quarante postes à nos confrères de La Provence.",
     "la suppression de quarante postes", "Le directeur"),
    ("… while « aux familles » stays: those it is for, not those it was said to",
     "Le maire a promis une aide d'urgence aux familles sinistrées.", "une aide d'urgence aux familles sinistrées",
     "Le maire"),
    ("the object the parser hung on the day after the verb (« a annoncé jeudi la suppression de … »)",
     "Le constructeur Renault a annoncé jeudi la suppression de 2 300 emplois en France, principalement sur le site "
     "historique de Guyancourt, dans les Yvelines.", "la suppression de 2 300 emplois en France, principalement sur "
     "le site historique de Guyancourt, dans les Yvelines", "Renault"),
    ("« que » after the object and a comma is a relative pronoun, no que-clause; the relative is the author's",
     "La procureure avait également demandé une interdiction de gérer de dix ans, que le tribunal n'a pas retenue.",
     "une interdiction de gérer de dix ans", "La procureure"),
    ("a relative clause after a comma at the end of a noun-phrase content is the author's aside",
     "Le gouvernement a annoncé un plan de 2 milliards d'euros, qui sera présenté mardi en conseil des ministres.",
     "un plan de 2 milliards d'euros", "gouvernement"),
    ("an apposition after a « Pour X, » source that the parser made a complement ends at its comma",
     "Certains experts restent prudents. Pour Laurence Devillers, professeure à la Sorbonne et spécialiste de "
     "l'éthique de l'IA, « la course aux financements ne doit pas faire oublier les risques ».",
     "la course aux financements ne doit pas faire oublier les risques", "Laurence Devillers"),
    ("« s'engager à P » is a promise (frame E: only the reflexive form)",
     "À l'issue de la rencontre, le préfet s'est engagé à transmettre les revendications au ministère.",
     "transmettre les revendications au ministère", "le préfet"),
    ("a content stops before a participle of saying that opens a report of its own",
     "Le ministère s'était engagé à ne plus réintroduire de loups, invoquant « la colère des éleveurs ».",
     "ne plus réintroduire de loups", "ministère"),
    ("a day, then a circumstance between commas, then the object the parser lost",
     "Le président Abdelmadjid Tebboune a annoncé dimanche soir, lors d'une rencontre avec des médias nationaux, son "
     "intention de soumettre une nouvelle révision constitutionnelle à référendum.",
     "son intention de soumettre une nouvelle révision constitutionnelle à référendum", "Abdelmadjid Tebboune"),
    ("an acronym before a word that is also a first name stays in the body's name (« MG France »)",
     "Le syndicat MG France demande que les doses soient disponibles dans les cabinets dès octobre.",
     "les doses soient disponibles dans les cabinets dès octobre", "MG France"),
    ("« Aux yeux de X, P »: an opinion with its source, as « Pour X, P »",
     "Aux yeux de la députée Clémentine Autain, ce budget est « une faute politique ».",
     "ce budget est « une faute politique »", "Clémentine Autain"),
    ("« De l'avis de X, P », the source after a contracted article",
     "De l'avis des géologues, la falaise pourrait encore reculer de dix mètres.",
     "la falaise pourrait encore reculer de dix mètres", "géologues"),
    ("a que-clause whose subject a participle describes runs to its real verb, that the parser hung elsewhere",
     "Les syndicats relèvent que le budget consacré à la formation a été divisé par deux en cinq ans.",
     "le budget consacré à la formation a été divisé par deux en cinq ans", "Les syndicats"),
    ("a judging verb hung on a body's name stops before the verb conjoined to it",
     "La Cour des comptes juge « fragile » la trajectoire des finances publiques et appelle à des économies.",
     "« fragile » la trajectoire des finances publiques", "Cour des comptes"),
    ("a relative clause right after a warning's complement, that the parser hung on the verb",
     "L'économiste met toutefois en garde contre « les lenteurs administratives » qui ont fait échouer les plans "
     "précédents.", "« les lenteurs administratives » qui ont fait échouer les plans précédents", "L'économiste"),
    ("a negated « manquer de » affirms the verb of saying after it",
     "Le chef de la diplomatie russe n'a pas manqué de souligner que Moscou restait « ouvert au dialogue ».",
     "Moscou restait « ouvert au dialogue »", "Le chef de la diplomatie russe"),
    ("a report coordinated by « mais » to the one before has its speaker, and ends the first content",
     "La ministre a reconnu que le texte avait suscité « beaucoup d'incompréhension » mais a jugé nécessaire de "
     "poursuivre les réformes.", "le texte avait suscité « beaucoup d'incompréhension »", "La ministre"),
    ("« qu' » right before a quotation mark opens the que-clause",
     "Son cabinet a fait savoir qu'« aucune option n'était exclue ».", "aucune option n'était exclue",
     "Son cabinet"),
    ("a dateline is no part of the content that opens the dispatch",
     "Port-au-Prince - Au moins 70 personnes ont été tuées jeudi lors d'une attaque à Pont-Sondé, ont annoncé les "
     "autorités haïtiennes.", "Au moins 70 personnes ont été tuées jeudi lors d'une attaque à Pont-Sondé",
     "les autorités haïtiennes"),
    ("a long apposition after the source of « pour », its first word tagged an adjective",
     "Pour Philippe Moati, économiste et cofondateur de l'Observatoire société et consommation (ObSoCo), cette "
     "décision illustre « un retournement » du marché.", "cette décision illustre « un retournement » du marché",
     "Philippe Moati"),
    ("encouraging someone to do something reports it",
     "Le ministre du Travail encourage les entreprises à embaucher davantage d'apprentis.",
     "les entreprises à embaucher davantage d'apprentis", "Le ministre du Travail"),
    ("a que-clause after a noun the tagger gave a verb, whose subject is a participle made a noun",
     "Le procureur de la République de Nantes, Antoine Leroy, a indiqué lors d'un point presse que le mis en cause "
     "avait « reconnu les faits » en garde à vue.", "le mis en cause avait « reconnu les faits » en garde à vue",
     "Antoine Leroy"),
    ("a day after the object of a verb in the present dates what is called for, not the saying",
     "La syndicaliste appelle désormais à une mobilisation « massive » samedi après-midi.",
     "une mobilisation « massive » samedi après-midi", "La syndicaliste"),
    ("a « selon » aside between a verb and its object, that the parser left unattached: the clause around it",
     "La préfecture n'avait pas démontré, selon le juge, l'existence de « risques sérieux de troubles ».",
     "La préfecture n'avait pas démontré, selon le juge, l'existence de « risques sérieux de troubles »", "le juge"),
    ("when and where the words were said, after a comma, ends the content",
     "Le président congolais Félix Tshisekedi a accusé lundi le Rwanda de vouloir « s'emparer des richesses » de l'est "
     "du pays, lors d'un discours devant le Parlement réuni en congrès.",
     "le Rwanda de vouloir « s'emparer des richesses » de l'est du pays", "Félix Tshisekedi"),
    ("when and where the words were said ends a que-clause too",
     "Le ministre a affirmé que la réforme serait votée avant l'été, lors d'une conférence de presse à Bercy.",
     "la réforme serait votée avant l'été", "Le ministre"),
    ("« selon X, qui cite … , P » that the parser cut into sentences at the first comma",
     "Selon le New York Times, qui cite deux responsables américains sous couvert d'anonymat, la Maison Blanche "
     "envisagerait de réduire le partage de renseignements avec Kiev.",
     "la Maison Blanche envisagerait de réduire le partage de renseignements avec Kiev", "New York Times"),
    ("a condition right after a threat is part of it",
     "Le secrétaire d'État américain, Marco Rubio, a menacé mardi de suspendre l'aide militaire à l'Ukraine si Kiev "
     "refusait de signer l'accord sur les minerais.",
     "suspendre l'aide militaire à l'Ukraine si Kiev refusait de signer l'accord sur les minerais", "Marco Rubio"),
    ("a content that opens its paragraph on a noun phrase and a dash keeps it: no dateline",
     "La ville - qui compte 3000 habitants - sera évacuée dès demain, a indiqué le préfet.",
     "La ville - qui compte 3000 habitants - sera évacuée dès demain", "le préfet"),
    ("a noun after « une nouvelle » that the tagger took for a verb stays in the content",
     "Le syndicat assure avoir reçu une nouvelle offre jeudi après-midi.",
     "avoir reçu une nouvelle offre jeudi après-midi", "syndicat"),
    ("a verb after the comma of a reported clause goes on with it: no incise with a subject that cannot speak",
     "La maire a assuré que la part des produits locaux, désormais à 40 % des achats, justifiait cette hausse.",
     "la part des produits locaux, désormais à 40 % des achats, justifiait cette hausse", "La maire"),
    ("« selon X » right after a colon reports the words after it, not itself",
     "Le gérant hausse les épaules : selon lui, la fréquentation a baissé de moitié depuis l'été.",
     "la fréquentation a baissé de moitié depuis l'été", "Le gérant"),
    ("a hyphenated noun the tokenizer cut at its hyphen is one word of the source",
     "Selon les marins-pompiers, deux personnes ont été légèrement blessées.",
     "deux personnes ont été légèrement blessées", "les marins-pompiers"),
    ("an attribute before « de » and an infinitive is part of what is judged",
     "La rectrice estime urgent de rouvrir les classes fermées.", "urgent de rouvrir les classes fermées",
     "La rectrice"),
    ("« juge nécessaire de » that the tagger read as the noun « juge »",
     "Le sénateur Claude Malhuret juge pour sa part nécessaire de « reprendre la main » sur le dossier.",
     "nécessaire de « reprendre la main » sur le dossier", "Claude Malhuret"),
    ("a noun joined by « et » to the subject's complement leaves the subject whole",
     "Les délégués des pêcheurs et conchyliculteurs ont dénoncé des quotas « intenables ».", "des quotas « intenables »",
     "Les délégués des pêcheurs et conchyliculteurs"),
    ("the name after a title in an unnamed source's complement is part of its description",
     "Un conseiller du ministre Jean-Noël Barrot a assuré que la visite était maintenue.",
     "la visite était maintenue", "Un conseiller du ministre Jean-Noël Barrot"),
    ("a share of a group is a source (« selon 75 % des X »)",
     "Selon 62 % des infirmiers interrogés, les conditions de travail se sont dégradées.",
     "les conditions de travail se sont dégradées", "62 % des infirmiers interrogés"),
    ("a share of a people is a source (« la moitié des Belges »)",
     "D'après la moitié des Belges, la réforme des pensions est injuste.",
     "la réforme des pensions est injuste", "la moitié des Belges"),
    ("« Une des X » opening a sentence, that the tagger called a determiner, is the source",
     "Une des infirmières du service de réanimation de l'hôpital Bichat affirme que trois lits ont été fermés.",
     "trois lits ont été fermés", "Une des infirmières du service de réanimation de l'hôpital Bichat"),
    ("« selon l'un d'eux » is a source",
     "Selon l'un d'eux, la grève pourrait durer jusqu'à Noël.", "la grève pourrait durer jusqu'à Noël", "l'un d'eux"),
    ("a share noun with no group after it is what it is otherwise (« selon la majorité », a political side)",
     "Selon la majorité, le budget sera voté sans difficulté.", "le budget sera voté sans difficulté", "majorité"),
    ("the defence at a trial speaks as one (« selon la défense »)",
     "Selon la défense, le prévenu ignorait tout du trafic.", "le prévenu ignorait tout du trafic", "défense"),
    ("a body's name whose noun follows a capitalised adjective goes on over « pour » and its complement",
     "Selon le Haut Conseil pour le climat, la stratégie nationale est insuffisante.",
     "la stratégie nationale est insuffisante", "Haut Conseil pour le climat"),
    ("« juge que X « … » » read as a noun, with « que » hung on the clause's subject: the clause to the sentence's end",
     "Un ancien coéquipier, qui a longtemps joué à ses côtés, juge que Griezmann « doit retrouver de la sérénité ».",
     "Griezmann « doit retrouver de la sérénité »", "Un ancien coéquipier"),
    ("a complement that stops at a comma inside the quotation it opened runs to its closing mark",
     "Sa tante décrit un garçon « gentil, serviable ».", "un garçon « gentil, serviable »", "Sa tante"),
    ("a negated infinitive keeps its clitic pronoun",
     "Le témoin a dit ne pas en vouloir à son ancien associé.", "ne pas en vouloir à son ancien associé", "Le témoin"),
    ("a relative clause set apart by commas between the cue and « que » is no clause of the cue's",
     "Son président, Marc Tein, a affirmé depuis la France, où il est assigné à résidence, que « la lutte continuera "
     "par d'autres moyens ».", "la lutte continuera par d'autres moyens", "Marc Tein"),
    ("a writing « communiqué par X » speaks for X (authoring_verbs.txt)",
     "Au moins douze personnes ont été tuées dans la nuit, selon un bilan provisoire communiqué par la Police "
     "nationale d'Haïti.", "Au moins douze personnes ont été tuées dans la nuit", "Police nationale d'Haïti"),
    ("« …, l'accusant d'avoir P »: a present participle the tagger took for a noun (syntax.retag_present_participles)",
     "Le maire de Marseille s'en est pris au gouvernement, l'accusant d'avoir « abandonné » la ville.",
     "avoir « abandonné » la ville", "Le maire de Marseille"),
    ("« affirme n'avoir « jamais vu » … »: the negation around the infinitive",
     "Sa collègue, en poste depuis vingt ans, affirme n'avoir « jamais vu une telle détresse ».",
     "n'avoir « jamais vu une telle détresse »", "Sa collègue"),
    ("« Pour X, la présidente du groupe, P »: a title after the name is the source's, not the content's",
     "Pour Mathilde Panot, la présidente du groupe LFI, le gouvernement « s'attaque aux plus fragiles ».",
     "le gouvernement « s'attaque aux plus fragiles »", "Mathilde Panot"),
    ("« Pour la climatologue X, de l'Université McGill, P »: where the person works is the source's",
     "Pour la climatologue Catherine Potvin, de l'Université McGill, « ce que nous vivons était prévisible ».",
     "ce que nous vivons était prévisible", "Catherine Potvin"),
    ("« OTTAWA — Le gouvernement fédéral a annoncé »: the dateline is never the subject (syntax.detach_datelines)",
     "Incendies au Canada : Ottawa débloque une aide d'urgence\nOTTAWA — Le gouvernement fédéral a annoncé jeudi une "
     "aide d'urgence de 500 millions de dollars pour les provinces touchées par les feux de forêt.",
     "une aide d'urgence de 500 millions de dollars pour les provinces", "gouvernement fédéral"),
    ("a cue in a clause opened by « quand » reports up to the comma that closes it",
     "Quand Jean Castex a annoncé le confinement du pays, Olivier Véran était à ses côtés.",
     "le confinement du pays", "Jean Castex"),
    ("« qu'elle ferait appel »: a « que » the parser made the relative object of a verb with a locution's noun",
     "L'entreprise a fait savoir dans un communiqué qu'elle ferait appel de la décision.",
     "elle ferait appel de la décision", "entreprise"),
    ("a content that opened a quotation runs to its closing mark, where the parser ended the clause inside it",
     "Son président, Bart De Wever, juge que le gouvernement « repousse les problèmes à plus tard ».",
     "le gouvernement « repousse les problèmes à plus tard »", "Bart De Wever"),
    ("« a plaidé la relaxe »: what is pleaded, a noun phrase",
     "Son conseil, Me Thomas Bidet, a plaidé la relaxe pour une partie des faits.",
     "la relaxe pour une partie des faits", "Thomas Bidet"),
    ("« plaide pour que P »: what a verb of pleading for something pleads for",
     "La chercheuse plaide pour que les zones inondables soient rendues à la rivière.",
     "les zones inondables soient rendues à la rivière", "La chercheuse"),
    ("« D'après l'Union des commerçants et industriels du pays (Unacois), P »: nouns joined inside the source's name",
     "D'après l'Union nationale des commerçants et industriels du Mali (Unacim), la mesure risque de fragiliser les "
     "petits détaillants.", "la mesure risque de fragiliser les petits détaillants",
     "Union nationale des commerçants et industriels du Mali"),
]


@pytest.mark.parametrize("case, text, content, speaker", REPORT_CASES, ids=[c[0] for c in REPORT_CASES])
def test_report(extract, case, text, content, speaker):
    """Each row: the content found, whole, and who says it."""
    a = by_content(extract(text), content)
    assert a.content.text == content
    assert a.speaker == speaker, a.extra.get("speaker_evidence")


def test_a_verb_repeated_inside_a_quotation_is_no_incise(extract):
    found = extract("« Ils promettent, promettent, promettent, mais les familles attendent toujours », a lancé la "
                    "députée Anne Leroy.")
    assert [(a.kind, a.speaker) for a in found] == [("direct", "Anne Leroy")]


def test_a_participle_agreeing_with_a_noun_shares_no_auxiliary(extract):
    found = extract("EDF a annoncé mardi un nouveau report de la mise en service du réacteur EPR de Flamanville, "
                    "désormais prévue au printemps 2025.")
    assert [a.cue.text for a in found] == ["a annoncé"]


def test_engaging_is_a_cue_only_as_a_commitment_of_ones_own(extract):
    assert extract("Le parquet a engagé des poursuites contre l'ancien maire de la commune.") == []
    found = extract("Le ministre a déclaré que ses alliés s'engageaient à renforcer leur aide militaire.")
    assert [(a.cue.text, a.speaker) for a in found] == [("a déclaré", "Le ministre")]


NOTHING_REPORTED = [
    ("« que » after « à condition » opens no reported clause",
     "Elle a accepté de raconter son quotidien, à condition que son nom ne soit pas publié."),
    ("quoted words opening on a verb after a work: a work tells no words",
     "Le maire a inauguré le musée. Le film « raconte une histoire vraie »."),
    ("a participle that describes the subject", "Le suspect, décrit comme dangereux, a été arrêté."),
    ("a participle that describes the subject, with an agent",
     "Un homme, décrit par ses voisins comme un solitaire, a été interpellé."),
    ("« aux yeux de » before no one's opinion", "Aux yeux de la loi, le suspect reste présumé innocent."),
    ("« aux yeux de » inside a clause", "Il a agi aux yeux de tous, sans se cacher de quiconque."),
    ("a penalty passed, whoever gets it, is no report",
     "La cour d'assises a condamné vendredi à quinze ans de réclusion un homme de 45 ans pour le meurtre de son voisin."),
    ("asking not to be named says how one speaks, not what",
     "Un cadre de l'entreprise a demandé à ne pas être nommé par crainte de représailles."),
    ("citing sources names who speaks, not what",
     "Le quotidien, qui cite des sources diplomatiques, n'a publié aucun document."),
]


@pytest.mark.parametrize("case, text", NOTHING_REPORTED, ids=[c[0] for c in NOTHING_REPORTED])
def test_nothing_reported(extract, case, text):
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "Le maire a exprimé son soutien aux familles des victimes.",  # Q: no quotation, no report
    "La police a lancé un avis de recherche.",
])
def test_a_verb_of_expression_without_quoted_words_reports_nothing(extract, text):
    assert extract(text) == []


def test_the_author_s_apposition_in_marks_after_a_complement_stays_out(extract):
    """« a annoncé la fermeture de l'usine, un « coup dur » pour la région »: the author's words."""
    a = by_content(extract("Le groupe a annoncé la fermeture de son usine de Flins, un « coup dur » pour toute la "
                           "région."), "fermeture")
    assert "coup dur" not in a.content.text


def test_a_circumstance_after_the_verb_is_no_reported_object(extract):
    """« a évoqué devant des parlementaires, mardi soir, la perspective … »: before whom it was said."""
    found = extract("Nicolas Sarkozy a évoqué devant des parlementaires UMP, mardi soir à l'Élysée, la perspective "
                    "de « deux mandats ».")
    assert not any(a.content.text.startswith("devant") for a in found), [a.content.text for a in found]


def test_a_report_nested_in_a_que_clause_is_a_report_of_its_own_however_long(extract):
    """Its cue inside the outer content, its content after its cue: both are attributions."""
    found = extract("La candidate a déclaré qu'elle avait suggéré au chef de l'État d'en organiser un sur la "
                    "réforme des retraites.")
    assert sorted(a.content.text for a in found) == [
        "au chef de l'État d'en organiser un sur la réforme des retraites",
        "elle avait suggéré au chef de l'État d'en organiser un sur la réforme des retraites"]
    assert {a.speaker for a in found} == {"La candidate"}


def test_an_object_taken_for_the_subject_of_a_coordinated_verb_in_another_number(extract):
    """The verb agrees with its subject: « contestait certaines recommandations » has none after it."""
    found = extract("Le ministère de la Santé a répondu que le gouvernement partageait « le diagnostic » mais "
                    "contestait certaines recommandations, notamment le déremboursement de médicaments.")
    outer = next(a for a in found if a.cue.text == "a répondu")
    assert outer.content.text.endswith("notamment le déremboursement de médicaments")
    inner = next(a for a in found if a.cue.text == "contestait")
    assert (inner.content.text, inner.speaker) == (
        "certaines recommandations, notamment le déremboursement de médicaments", "gouvernement")


def test_a_writing_dated_by_a_year_has_no_author_in_it(extract):
    """« un rapport interne de 1988 »: the year is no author; the writing speaks as the article words it."""
    found = extract("Selon le journal, un rapport interne de 1988 évoquait déjà « des changements climatiques "
                    "significatifs » d'ici 2030.")
    inner = next(a for a in found if a.cue.text == "évoquait")
    assert inner.speaker == "un rapport interne"


def test_an_infinitive_in_marks_then_a_participle_sharing_the_auxiliary(extract):
    """« a indiqué « prendre acte » de la décision et annoncé que P »: two reports, one auxiliary."""
    found = extract("Contactée, la préfecture de police a indiqué « prendre acte » de la décision et annoncé qu'un "
                    "dispositif de sécurité renforcé serait déployé.")
    assert [(a.content.text, a.cue.text) for a in found] == [
        ("« prendre acte » de la décision", "a indiqué"),
        ("un dispositif de sécurité renforcé serait déployé", "annoncé")]


def test_the_authors_own_imperative_reports_nothing(extract):
    assert extract("Rappelons que le délai de recours est de deux mois.") == []


def test_a_law_that_provides_for_something_in_a_relative_clause_reports_nothing(extract):
    assert extract("Le Parlement a adopté une loi qui prévoit que les loyers seront plafonnés.") == []


def test_qui_after_a_feeling_of_a_body_is_the_body(extract):
    found = extract("La réforme a provoqué la colère des syndicats enseignants, qui dénoncent une « trahison ».")
    assert [(a.content.text, a.speaker) for a in found] == [("une « trahison »", "syndicats enseignants")]


def test_a_present_read_as_a_participle_with_its_object_hung_on_the_subject(extract):
    found = extract("Le professeur décrit un élève « brillant, curieux ».")
    assert [(a.content.text, a.speaker, a.cue.text) for a in found] == [
        ("un élève « brillant, curieux »", "Le professeur", "décrit")]


@pytest.mark.parametrize("text, first, second", [
    # the participle the parser hung on the object, and the quotation hung on the first verb
    ("La secrétaire générale du syndicat, Anne Roux, a dénoncé « un déni de démocratie » et appelé à faire du 1er mai "
     "« une journée de mobilisation exceptionnelle ».", "un déni de démocratie",
     "faire du 1er mai « une journée de mobilisation exceptionnelle »"),
    # the second object the parser gave the first verb
    ("Le maire a dénoncé un manque de moyens et réclamé une aide de l'État.", "un manque de moyens",
     "une aide de l'État"),
])
def test_two_verbs_sharing_one_auxiliary_report_two_contents(extract, text, first, second):
    found = extract(text)
    assert [a.content.text for a in found] == [first, second]
    assert len({a.speaker for a in found}) == 1


@pytest.mark.parametrize("form, lemma", [("accusant", "accuser"), ("réagissant", "réagir"), ("disant", "dire"),
                                         ("écrivant", "écrire"), ("rasant", "raser")])
def test_the_infinitive_of_a_present_participle(form, lemma):
    from guillemets.extraction.syntax import _infinitive_of_present
    assert _infinitive_of_present(form, {"accuser", "réagir", "dire", "écrire"}) == lemma


def test_a_hyphenated_noun_for_a_person_is_one_token(nlp):
    assert [t.text for t in nlp("Une aide-soignante et le troisième-ligne, puis le Deuxième-ligne.")][:5] == [
        "Une", "aide-soignante", "et", "le", "troisième-ligne"]


def test_a_content_that_took_only_the_opening_mark_of_the_next_quotation_does_not_run_over_it(extract):
    text = ("François Richier assure que ce n’est pas le cas. L’Elysée, dit-il, a non seulement « été complètement pris "
            "par surprise par la décision du juge », mais a cherché à s’y opposer. « Il y a eu des échanges vifs entre "
            "la présidence française et le garde des sceaux » (à l’époque, Michèle Alliot-Marie), mais « le "
            "gouvernement français ne peut pas revenir sur la décision » judiciaire, observe-t-il.")
    contents = [a.content.text for a in extract(text)]
    assert "Il y a eu des échanges vifs entre la présidence française et le garde des sceaux" in contents
    assert not any("s’y opposer" in c and "échanges vifs" in c for c in contents)
