// An invitation payload as the app writes it (`domain::meedoen::invitation_payload`): "2" and
// base64url (no padding) of the raw-deflated JSON of the invitation, whose ingrediënten are a bit
// set over the model's order (all sixteen: 65535). `encoding: 1` writes the older form (the list
// of ids after "1"), which the app still reads from handouts printed before. Used by the benchmark
// (participant page) and the e2e tests; `node e2e/invitation.mjs` prints an example's payload.
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The sixteen ingrediënten, in the model's order (content/nl.json). */
export const INGREDIENTS = [
  'vermogen-tot-samenwerking', 'openheid-en-vertrouwen', 'gelijkwaardige-inbreng',
  'gezamenlijke-identiteit-en-taal', 'minimale-massa', 'maximale-mix', 'geaccepteerde-trekker',
  'georganiseerd-toeval', 'gedeelde-opgave-ambitie-en-doelen', 'zichtbare-urgentie',
  'duidelijkheid-over-belangen', 'gezamenlijk-belang', 'functionele-organisatie',
  'duidelijke-spelregels', 'voldoende-tijd', 'aandacht-voor-ontwikkeling',
];

export function invitationPayload({
  samenwerking = 'sw-ommen',
  samenwerking_name = 'Ommen: goed ouder worden',
  scan = 'scan-voorjaar',
  scan_title = 'Voorjaarsscan',
  organisations = ['Welzijn Ommen', 'Zorggroep Vecht', 'Gemeente Ommen', 'Ouderenbond'],
  ingredients = INGREDIENTS,
  encoding = 2,
} = {}) {
  const set = encoding === 1 ? ingredients
    : ingredients.reduce((bits, id) => bits | (1 << INGREDIENTS.indexOf(id)), 0);
  const json = JSON.stringify({ samenwerking, samenwerking_name, scan, scan_title, organisations, ingredients: set });
  return `${encoding}${zlib.deflateRawSync(Buffer.from(json), { level: 9 }).toString('base64url')}`;
}

/** The payload part of an invitation URL (`…#/doe-mee/<payload>`), or null. */
export function payloadOf(url) {
  const m = /#\/doe-mee\/([A-Za-z0-9_-]+)$/.exec(url);
  return m ? m[1] : null;
}

/** The invitation in a payload, as JSON (the reverse of invitationPayload). */
export function readPayload(payload) {
  return JSON.parse(zlib.inflateRawSync(Buffer.from(payload.slice(1), 'base64url')).toString());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(invitationPayload());
}
