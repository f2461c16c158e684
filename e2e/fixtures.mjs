// Samenwerkingen for the e2e tests, as files to import: grown from the newest fixture of the
// file format (crates/core/tests/fixtures), so they follow the format.
import fs from 'node:fs';
import path from 'node:path';
import { artifacts } from './helpers.mjs';

/** The ids and names in the samenwerking of [`samenwerkingFile`]. */
export const VERSLAG = {
  SW: 'sw-mfx2k1-3h9a0b',
  B1: 'bk-mfy001-a1b2c3',
  B2: 'bk-mfy003-g7h8i9',
  NAME: 'Samen ouder worden in Dorpsstad',
  OV: 'openheid-en-vertrouwen',
  DS: 'duidelijke-spelregels',
  VT: 'voldoende-tijd',
};
const { B1, OV, DS, VT } = VERSLAG;

const text = (n) => [
  'De partners kennen elkaar vooral van naam; vrijwilligers en het wijkteam werken langs elkaar heen.',
  'Er is behoefte aan een vast moment om elkaar te spreken, liefst op een plek waar ouderen zelf ook komen.',
  'Niet iedereen durft te zeggen wat er in de eigen organisatie speelt, zeker niet als de gemeente aan tafel zit.',
].slice(0, n).join(' ');

/**
 * The current fixture, grown into a samenwerking with seven partners (two inwoners), a closed
 * BOB meeting with three ingrediënten, its besluiten and acties (recorded at its close, all
 * open), and a planned BARB meeting with three ingrediënten, its beeld and achterban questions.
 */
export function samenwerkingFile() {
  const file = JSON.parse(fs.readFileSync(path.resolve('crates/core/tests/fixtures/v5.vitaal.json'), 'utf8'));
  const s = file.samenwerking;
  const partner = (id, name, organisation, kind) => ({ id, name, organisation, kind, ring: 'kerngroep' });
  s.partners.push(
    partner('p-gemeente', 'Fatima El Amrani', 'Gemeente Dorpsstad', 'formeel'),
    partner('p-huisarts', '', 'Huisartsen Dorpsstad', 'formeel'),
    partner('p-wijkteam', '', 'Wijkteam Noord', 'formeel'),
    partner('p-pieters', 'Mevrouw Pietersen', '', 'inwoner-oudere'),
  );
  const all = s.partners.map((p) => p.id);
  const item = (ingredient, notes, checks, extra = {}) => ({
    ingredient, notes, checks: { besproken: 'ja', gehoord: 'deels', besloten: 'ja', niet_aan_boord: [], ...checks },
    achterban_vragen: '', achterban: {}, ...extra,
  });
  const [b1, b2] = s.bijeenkomsten;
  b1.attendees = all.filter((id) => id !== 'p-huisarts');
  b1.agenda = [OV, DS, VT].map((id, n) => item(id, {
    beeldvorming: text(3), oordeelsvorming: text(2 + (n % 2)), besluitvorming: text(1),
  }, n === 0 ? { niet_aan_boord: ['p-mfx2kb-2cd3e4'] } : {}));
  b1.besluiten = [
    { id: 'bs-1', ingredient: OV, text: 'Elke maand een koffieochtend voor alle partners.' },
    { id: 'bs-2', ingredient: DS, text: 'De spelregels komen op één A4 en gaan mee naar elke bijeenkomst.' },
    { id: 'bs-3', ingredient: VT, text: 'Elke partner maakt twee uur per maand vrij voor de samenwerking.' },
  ];
  b1.scan = 'sc-mfz010-7n8p9q';
  s.acties = [
    { id: 'ac-mfy004-j1k2l3', wat: 'Eerste koffieochtend organiseren', wie: 'Anna de Vries', wanneer: '2026-10-01', status: 'open', ingredient: OV, bijeenkomst: B1 },
    { id: 'ac-mfy005-m4n5o6', wat: 'Spelregels op één A4 zetten; "concept" delen', wie: 'KBO-PCOB', wanneer: '', status: 'open', ingredient: DS, bijeenkomst: B1 },
    { id: 'ac-3', wat: 'Agenda van de partners naast elkaar leggen en een vaste maandelijkse ochtend voorstellen', wie: 'Gemeente Dorpsstad', wanneer: '2026-12-08', status: 'bezig', ingredient: VT, bijeenkomst: B1 },
  ];
  b1.acties_bij_afronding = s.acties.map((a) => ({ actie: a.id, status: a.status }));
  // Meeting 2: BARB, planned; Huisartsen and Mevrouw Pietersen will not be there.
  Object.assign(b2, {
    status: 'gepland', phase: null, timer: { elapsed_ms: 0, running_since_ms: null }, date: '2026-12-08',
    attendees: all.filter((id) => id !== 'p-huisarts' && id !== 'p-pieters'),
  });
  b2.agenda = [OV, DS, VT].map((id) => item(id, { beeldvorming: text(2) }, { besproken: null, gehoord: null, besloten: null }, {
    achterban_vragen: 'Wat heeft jullie organisatie nodig om hier mee aan de slag te gaan? Wie kan daarvoor tijd vrijmaken?',
  }));
  s.bijeenkomsten = [b1, b2];
  s.werkbladen = [];
  const out = path.join(artifacts, 'verslag-samenwerking.vitaal.json');
  fs.writeFileSync(out, JSON.stringify(file));
  return out;
}

