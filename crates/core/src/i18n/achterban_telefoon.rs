//! Strings of the achterban on a phone (Dutch and English): the invitation QR on an achterban-blad, the
//! phone's page, and taking the answers in on the facilitator's laptop.

use super::Count;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct AchterbanTelefoonTexts {
    // On the blad (screen and paper)
    pub blad_qr_heading: &'static str,
    pub blad_qr_text: &'static str,
    /// The QR's accessible name; `{group}`.
    pub blad_qr_label: &'static str,
    pub address_label: &'static str,
    pub address_local: &'static str,
    pub address_file: &'static str,

    // The phone's page
    pub page_title: &'static str,
    /// `{group}`, `{samenwerking}`.
    pub page_intro: &'static str,
    /// `{date}`.
    pub page_meeting: &'static str,
    pub page_beeld_hint: &'static str,
    pub questions_heading: &'static str,
    pub no_questions: &'static str,
    /// `{ingredient}`.
    pub answer_label: &'static str,
    pub kept_hint: &'static str,
    pub answered: Count,
    pub done_button: &'static str,
    pub nothing_answered: &'static str,
    pub codes_heading: &'static str,
    pub codes_intro: &'static str,
    /// `{i}`, `{n}`.
    pub code_of: &'static str,
    pub code_label: &'static str,
    pub previous_code: &'static str,
    pub next_code: &'static str,
    pub pause: &'static str,
    pub play: &'static str,
    pub share: &'static str,
    pub share_title: &'static str,
    pub download: &'static str,
    pub edit: &'static str,
    pub storage_failed: &'static str,
    pub share_failed: &'static str,

    // Taking answers in (laptop)
    pub intake_heading: &'static str,
    pub intake_intro: &'static str,
    pub intake_file: &'static str,
    /// `{group}`, `{n}` new answers.
    pub intake_added: Count,
    /// `{group}`.
    pub intake_same: &'static str,
    /// `{group}`.
    pub intake_replace_question: &'static str,
    /// `{ingredient}`.
    pub intake_replace_item: &'static str,
    pub intake_old: &'static str,
    pub intake_new: &'static str,
    pub intake_replace: &'static str,
    pub intake_keep: &'static str,
    /// `{have}`, `{of}`.
    pub intake_part: &'static str,
    /// `{group}`.
    pub intake_read: &'static str,
    pub other_meeting: &'static str,
    /// `{ingredient}`.
    pub not_on_agenda: &'static str,
}

pub static NL: AchterbanTelefoonTexts = AchterbanTelefoonTexts {
    blad_qr_heading: "Antwoorden met je telefoon",
    blad_qr_text: "Scan deze code met de camera van je telefoon. Je beantwoordt de vragen op je telefoon en laat daarna de code op je scherm scannen door de procesbegeleider, of je stuurt het antwoordbestand.",
    blad_qr_label: "QR-code: de vragen voor {group} op je telefoon beantwoorden",
    address_label: "Adres in de code:",
    address_local: "Let op: dit adres werkt alleen op deze computer. Telefoons kunnen het niet openen. Zet de app op een webadres (zie ‘Publiceren’ in de handleiding) om de code te gebruiken.",
    address_file: "De app draait nu vanuit een bestand: er is geen adres dat een telefoon kan openen. Gebruik het papieren blad, of zet de app op een webadres.",

    page_title: "Vragen voor je achterban",
    page_intro: "{group} beantwoordt hier de vragen van de samenwerking {samenwerking}.",
    page_meeting: "Voor de bijeenkomst van {date}.",
    page_beeld_hint: "Het beeld dat de groep tot nu toe heeft, staat op het achterban-blad.",
    questions_heading: "Vragen",
    no_questions: "De groep heeft hier geen vragen bij gezet. Wil je toch iets meegeven? Schrijf het hieronder.",
    answer_label: "Antwoord bij {ingredient}",
    kept_hint: "Je antwoorden worden op deze telefoon bewaard terwijl je typt. Ze gaan pas naar de procesbegeleider als je ze laat scannen of het bestand stuurt.",
    answered: Count { one: "1 vraag beantwoord", other: "{n} vragen beantwoord" },
    done_button: "Klaar – toon mijn antwoorden",
    nothing_answered: "Je hebt nog niets ingevuld.",
    codes_heading: "Laat deze code scannen",
    codes_intro: "Houd je telefoon voor de camera van de laptop van de procesbegeleider.",
    code_of: "Code {i} van {n}",
    code_label: "QR-code met de antwoorden van je achterban",
    previous_code: "Vorige code",
    next_code: "Volgende code",
    pause: "Pauzeer",
    play: "Speel af",
    share: "Deel antwoorden",
    share_title: "Antwoorden van de achterban",
    download: "Download antwoordbestand",
    edit: "Antwoorden aanpassen",
    storage_failed: "Je antwoorden kunnen niet op deze telefoon bewaard worden (de opslag is vol of geblokkeerd). Laat ze meteen scannen of download het antwoordbestand voordat je de pagina sluit.",
    share_failed: "Delen lukte niet. Download het antwoordbestand en stuur het zelf.",

    intake_heading: "Antwoorden van telefoons ophalen",
    intake_intro: "Heeft een organisatie de vragen op een telefoon beantwoord? Scan de code op die telefoon met ‘Antwoorden scannen’, of kies het antwoordbestand dat je kreeg. De antwoorden komen hieronder bij die organisatie.",
    intake_file: "Antwoordbestand kiezen",
    intake_added: Count {
        one: "1 antwoord van {group} toegevoegd.",
        other: "{n} antwoorden van {group} toegevoegd.",
    },
    intake_same: "Deze antwoorden van {group} staan er al. Er is niets veranderd.",
    intake_replace_question: "{group} heeft andere antwoorden gestuurd dan er nu staan. Vervangen?",
    intake_replace_item: "Bij {ingredient}",
    intake_old: "Nu:",
    intake_new: "Nieuw:",
    intake_replace: "Vervang door de nieuwe antwoorden",
    intake_keep: "Houd de huidige",
    intake_part: "Code {have} van {of} gelezen. Houd de volgende code voor de camera.",
    intake_read: "De antwoorden van {group} zijn gelezen.",
    other_meeting: "Deze antwoorden horen bij een andere bijeenkomst of samenwerking. Er is niets veranderd.",
    not_on_agenda: "Deze antwoorden gaan over {ingredient}, maar dat staat niet op de agenda van deze bijeenkomst. Er is niets veranderd.",
};

pub static EN: AchterbanTelefoonTexts = AchterbanTelefoonTexts {
    blad_qr_heading: "Answer with your phone",
    blad_qr_text: "Scan this code with your phone’s camera. You answer the questions on your phone and then let the facilitator scan the code on your screen, or you send the answer file.",
    blad_qr_label: "QR code: answer the questions for {group} on your phone",
    address_label: "Address in the code:",
    address_local: "Please note: this address only works on this computer. Phones cannot open it. Put the app on a web address (see ‘Publishing’ in the manual) to use the code.",
    address_file: "The app is now running from a file: there is no address a phone can open. Use the paper sheet, or put the app on a web address.",

    page_title: "Questions for your constituency",
    page_intro: "{group} answers the questions of the collaboration {samenwerking} here.",
    page_meeting: "For the meeting of {date}.",
    page_beeld_hint: "The picture the group has formed so far is on the constituency sheet.",
    questions_heading: "Questions",
    no_questions: "The group has not added any questions here. Would you still like to pass something on? Write it below.",
    answer_label: "Answer on {ingredient}",
    kept_hint: "Your answers are saved on this phone as you type. They only go to the facilitator when you let them scan the code or send the file.",
    answered: Count { one: "1 question answered", other: "{n} questions answered" },
    done_button: "Done – show my answers",
    nothing_answered: "You haven’t filled anything in yet.",
    codes_heading: "Have this code scanned",
    codes_intro: "Hold your phone in front of the camera of the facilitator’s laptop.",
    code_of: "Code {i} of {n}",
    code_label: "QR code with your constituency’s answers",
    previous_code: "Previous code",
    next_code: "Next code",
    pause: "Pause",
    play: "Play",
    share: "Share answers",
    share_title: "Answers from the constituency",
    download: "Download answer file",
    edit: "Change answers",
    storage_failed: "Your answers cannot be saved on this phone (the storage is full or blocked). Let them scan the code straight away or download the answer file before you close the page.",
    share_failed: "Sharing didn’t work. Download the answer file and send it yourself.",

    intake_heading: "Collect answers from phones",
    intake_intro: "Has an organisation answered the questions on a phone? Scan the code on that phone with ‘Scan answers’, or choose the answer file you received. The answers appear below, with that organisation.",
    intake_file: "Choose answer file",
    intake_added: Count {
        one: "1 answer from {group} added.",
        other: "{n} answers from {group} added.",
    },
    intake_same: "These answers from {group} are already there. Nothing has been changed.",
    intake_replace_question: "{group} has sent different answers from the ones here now. Replace them?",
    intake_replace_item: "On {ingredient}",
    intake_old: "Now:",
    intake_new: "New:",
    intake_replace: "Replace with the new answers",
    intake_keep: "Keep the current ones",
    intake_part: "Code {have} of {of} read. Hold up the next code to the camera.",
    intake_read: "The answers from {group} have been read.",
    other_meeting: "These answers belong to a different meeting or collaboration. Nothing has been changed.",
    not_on_agenda: "These answers are about {ingredient}, but that is not on the agenda of this meeting. Nothing has been changed.",
};
